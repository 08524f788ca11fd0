import Foundation
import Testing

/// Messages about files: a full disk is said to be the one it is, in words (never Foundation's
/// "NSCocoaErrorDomain Code=640"), a folder at the store path is called a folder, and no message
/// names the temporary file a store or backup is built under.
@Suite(.serialized) struct StoreMessagesEndToEndTests {
    static let isRoot = getuid() == 0

    private func run(_ arguments: [String]) throws -> Shell.Result {
        try Shell.run("/usr/bin/timeout", ["-s", "KILL", "120", Paths.binary] + arguments)
    }

    /// A small tmpfs mounted for `body` (root only); `full` fills it first.
    private func smallDisk(size: String, full: Bool = false, _ body: (String) throws -> Void) throws {
        let mount = try Paths.temporaryDirectory()
        #expect(try Shell.run("/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", mount]).status == 0)
        defer { _ = try? Shell.run("/usr/bin/env", ["umount", mount]) }
        if full { _ = try Shell.run("/usr/bin/env", ["dd", "if=/dev/zero", "of=\(mount)/filler", "bs=4096"]) }
        try body(mount)
    }

    private func contents(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test(.enabled(if: isRoot, "mounting a small tmpfs needs root"))
    func aBackupToAFullDiskSaysTheBackupsDiskIsFull() throws {
        let (_, store) = try Paths.demoStore()
        try smallDisk(size: "128k") { mount in
            let out = mount + "/backup.sqlite"
            let result = try run(["backup", "--store", store, "--out", out])
            #expect(result.status == 1)
            #expect(result.error.contains("Could not write \(out): the disk holding it is full"), "\(result.error)")
            #expect(!result.error.contains("holding the store"), "\(result.error)")
            #expect(!result.error.contains(".backup.sqlite."), "a temporary file named: \(result.error)")
            let left = try contents(mount)
            #expect(left.isEmpty, "left behind: \(left)")
        }
    }

    @Test(.enabled(if: isRoot, "mounting a small tmpfs needs root"))
    func anOutputToAFullDiskIsSaidInWords() throws {
        let (_, store) = try Paths.demoStore()
        try smallDisk(size: "64k", full: true) { mount in
            for arguments in [["report", "--out", mount + "/report.md"], ["export", "--table", "staff", "--out", mount + "/staff.csv"],
                              ["export", "--format", "json", "--out", mount + "/store.json"]] {
                let result = try run(arguments + ["--store", store])
                #expect(result.status != 0, "\(arguments)")
                #expect(result.error.contains("the disk is full"), "\(arguments): \(result.error)")
                #expect(!result.error.contains("NSCocoaErrorDomain") && !result.error.contains("Code="), "\(arguments): \(result.error)")
                let left = try contents(mount)
                #expect(left == ["filler"], "\(arguments) left \(left)")
            }
        }
    }

    @Test(.enabled(if: isRoot, "mounting a small tmpfs needs root"))
    func aFirstRunOnAFullDiskNamesTheStoreNotItsTemporaryFile() throws {
        try smallDisk(size: "256k") { mount in
            let store = mount + "/demo.sqlite"
            let result = try run(["init", "--demo", "--store", store, "--today", "2026-10-01"])
            #expect(result.status != 0)
            #expect(result.error.contains(store), "\(result.error)")
            #expect(!result.error.contains(".demo.sqlite."), "a temporary file named: \(result.error)")
            let left = try contents(mount)
            #expect(left.isEmpty, "left behind: \(left)")
        }
    }

    @Test func aFolderAtTheStorePathIsCalledAFolder() throws {
        let directory = try Paths.temporaryDirectory()
        let store = directory + "/store.sqlite"
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: false)
        let commands = [["snapshot"], ["report"], ["export", "--table", "staff"], ["directory"], ["import", "staff", "/dev/null"],
                        ["import", "staff", "/dev/null", "--dry-run"], ["backup", "--out", directory + "/backup.sqlite"],
                        ["init", "--demo"], ["restore", "/dev/null"]]
        for arguments in commands {
            let result = try run(arguments + ["--store", store])
            #expect(result.status != 0, "\(arguments)")
            // Those that make a new store say it exists; the rest say what it is.
            #expect(result.error.contains(arguments[0] == "init" || arguments[0] == "restore" ? "already exists" : "a folder"),
                    "\(arguments): \(result.error)")
            #expect(!result.error.contains("disk may be full"), "\(arguments): \(result.error)")
        }
        #expect(try contents(store).isEmpty)
    }
}
