import Foundation
import Testing

/// `--out` writes through what is not a regular file and never names the store.
@Suite struct OutputTargetEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    private func kind(_ path: String) -> String {
        guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType else { return "missing" }
        return type.rawValue
    }

    /// A FIFO is written through (its reader gets the text) and is still a FIFO afterwards.
    @Test func aFIFOIsWrittenThroughNotReplaced() throws {
        let fifo = directory + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reading end, opened without waiting for a writer; the directory fits in the pipe's buffer.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let run = try Shell.run(Paths.binary, ["directory", "--store", store, "--out", fifo])
        #expect(run.status == 0, "\(run.error)")
        #expect(isFIFO(fifo))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &buffer, buffer.count)
        let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
        #expect(text.contains("Head of profession"))
    }

    /// A character device (a /dev/null of our own, made with mknod when root; else /dev/null
    /// through a symbolic link) stays a device, and a link to it stays a link.
    @Test func aCharacterDeviceAndALinkToOneStayAsTheyAre() throws {
        let link = directory + "/null-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        let viaLink = try Shell.run(Paths.binary, ["export", "--table", "staff", "--store", store, "--out", link])
        #expect(viaLink.status == 0, "\(viaLink.error)")
        #expect(kind(link) == FileAttributeType.typeSymbolicLink.rawValue)
        #expect(isCharacterDevice("/dev/null"))

        guard getuid() == 0 else { return }
        let device = directory + "/null"
        #expect(try Shell.run("/bin/mknod", [device, "c", "1", "3"]).status == 0)
        let direct = try Shell.run(Paths.binary, ["report", "--store", store, "--out", device])
        #expect(direct.status == 0, "\(direct.error)")
        #expect(isCharacterDevice(device))
    }

    /// A link to a regular file replaces the file it points to, and the link stays.
    @Test func aLinkToAFileReplacesTheFileNotTheLink() throws {
        let file = directory + "/real.md"
        try "old".write(toFile: file, atomically: false, encoding: .utf8)
        let link = directory + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        let run = try Shell.run(Paths.binary, ["seminar", "--store", store, "--out", link])
        #expect(run.status == 0, "\(run.error)")
        #expect(kind(link) == FileAttributeType.typeSymbolicLink.rawValue)
        #expect((try String(contentsOfFile: file, encoding: .utf8)).contains("Seminar working groups"))
    }

    /// `-` is standard output (here a pipe): no file named "-" is made.
    @Test func dashIsStandardOutput() throws {
        let run = try Shell.run("/bin/sh", ["-c", "cd \"$0\" && exec \"$1\" directory --store \"$2\" --out -",
                                            directory, Paths.binary, store])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Head of profession"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/-"))
    }

    /// `/dev/stdout` and `/dev/fd/1` are standard output: written through, never replaced
    /// (as root a rename would have replaced the system's /dev/stdout link).
    @Test func devStdoutIsStandardOutput() throws {
        for out in ["/dev/stdout", "/dev/fd/1"] {
            let run = try Shell.run(Paths.binary, ["report", "--store", store, "--out", out])
            #expect(run.status == 0, "\(out): \(run.error)")
            #expect(run.output.contains("# "), "\(out)")
        }
        #expect(kind("/dev/stdout") == FileAttributeType.typeSymbolicLink.rawValue)
    }

    /// The store, its -wal and -shm (by name, through a link, or as a hard link) are refused
    /// with a reason, and the store is byte-identical afterwards.
    @Test func theStoreAndItsFilesAreRefused() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let symbolic = directory + "/store-link"
        try FileManager.default.createSymbolicLink(atPath: symbolic, withDestinationPath: store)
        let hard = directory + "/hard.sqlite"
        try FileManager.default.linkItem(atPath: store, toPath: hard)
        let cases: [([String], String)] = [
            (["report", "--out", store], "it is the store"),
            (["export", "--table", "staff", "--out", store + "-wal"], "write-ahead log"),
            (["directory", "--out", store + "-shm"], "shared-memory index"),
            (["seminar", "--out", symbolic], "it is the store"),
            (["export", "--format", "json", "--out", hard], "it is the store"),
            (["backup", "--out", store + "-wal"], "write-ahead log"),
        ]
        for (arguments, reason) in cases {
            let run = try Shell.run(Paths.binary, arguments + ["--store", store])
            #expect(run.status != 0, "\(arguments)")
            #expect(run.error.contains("Refusing to write"), "\(arguments): \(run.error)")
            #expect(run.error.contains(reason), "\(arguments): \(run.error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        #expect(!FileManager.default.fileExists(atPath: store + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: store + "-shm"))
        #expect(kind(symbolic) == FileAttributeType.typeSymbolicLink.rawValue)
    }

    private func isFIFO(_ path: String) -> Bool { fileType(path) == S_IFIFO }
    private func isCharacterDevice(_ path: String) -> Bool { fileType(path) == S_IFCHR }
    private func fileType(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }
}
