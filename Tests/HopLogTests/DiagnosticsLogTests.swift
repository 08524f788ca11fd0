import Foundation
import HopLog
import Testing

/// The log file itself: private, one line per event, levels, rotation by size, and several
/// writers (another process rotating under this one).
@Suite struct DiagnosticsLogTests {
    let directory = NSTemporaryDirectory() + "hopdash-log-" + UUID().uuidString + "/state/hopdash"

    func read(_ suffix: String = "") -> String {
        (try? String(contentsOfFile: directory + "/hopdash.log" + suffix, encoding: .utf8)) ?? ""
    }

    func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    @Test func writesOnePrivateLinePerEventAtItsLevel() throws {
        let log = try DiagnosticsLog(directory: directory, level: .info, now: { Date(timeIntervalSince1970: 1_800_000_000) })
        log.log(.info, "store.opened", [("path", "/srv/hop store.sqlite"), ("mode", "read-write")])
        log.log(.debug, "save.done", [("kind", "saveSkill")])
        log.log(.error, "save.failed", [("reason", "The store is read-only.\nTry again")])
        let lines = read().split(separator: "\n")
        #expect(lines == [
            "2027-01-15T08:00:00Z pid=\(getpid()) info store.opened path=\"/srv/hop store.sqlite\" mode=read-write",
            "2027-01-15T08:00:00Z pid=\(getpid()) error save.failed reason=\"The store is read-only.\\nTry again\"",
        ])
        #expect(try mode(log.path) == 0o600)
        #expect(try mode(directory) == 0o700)
    }

    @Test func offWritesNothingAndAnExistingFileIsMadePrivate() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: directory + "/hopdash.log", contents: Data("old\n".utf8),
                                               attributes: [.posixPermissions: 0o644]))
        let log = try DiagnosticsLog(directory: directory, level: .off)
        log.log(.error, "save.failed")
        #expect(read() == "old\n")
        #expect(try mode(log.path) == 0o600)
    }

    @Test func rotatesBySizeKeepingTheNewestFiles() throws {
        let log = try DiagnosticsLog(directory: directory, level: .info, maxBytes: 1000, keep: 2)
        for index in 0..<100 { log.log(.info, "import.done", [("n", "\(index)")]) }
        let current = read(), first = read(".1"), second = read(".2")
        // Every file stays within the limit, the newest lines are in the current file, the
        // oldest beyond `keep` files are gone, and no line is cut.
        for text in [current, first, second] {
            #expect(!text.isEmpty && text.utf8.count <= 1000)
            #expect(text.hasSuffix("\n"))
        }
        #expect(current.contains("n=99\n"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/hopdash.log.3"))
        #expect(!(current + first + second).contains("n=0\n"))
        let numbers = (second + first + current).split(separator: "\n").map { Int($0.split(separator: "=").last!)! }
        #expect(numbers == Array(numbers.first!...99))
        #expect(try mode(directory + "/hopdash.log.1") == 0o600)
    }

    @Test func aWriterWhoseFileWasRotatedAwayWritesToTheNewOne() throws {
        let first = try DiagnosticsLog(directory: directory, level: .info, maxBytes: 300, keep: 3)
        let second = try DiagnosticsLog(directory: directory, level: .info, maxBytes: 300, keep: 3)
        for index in 0..<10 { second.log(.info, "import.done", [("n", "\(index)")]) }
        first.log(.info, "export.done", [("n", "last")])
        #expect(read().contains("export.done n=last"))
    }

    @Test func aFolderThatCannotBeCreatedIsAnError() throws {
        let file = NSTemporaryDirectory() + "hopdash-log-file-" + UUID().uuidString
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        #expect(throws: (any Error).self) { try DiagnosticsLog(directory: file + "/hopdash", level: .info) }
    }
}
