import Foundation
import Testing

/// What is at the store path before hopdash opens it: a FIFO, an empty file, a store readable
/// by others, and a first run killed part way.
@Suite struct StoreDoorEndToEndTests {
    /// Runs hopdash under `timeout`: a command waiting for ever (the old one ignored SIGTERM in open) is killed, status 137.
    private func run(_ arguments: [String]) throws -> Shell.Result {
        try Shell.run("/usr/bin/timeout", ["-s", "KILL", "20", Paths.binary] + arguments)
    }

    private func commands(_ store: String, _ directory: String) -> [[String]] {
        [["snapshot"], ["report"], ["export", "--table", "staff"], ["directory"], ["import", "staff", "/dev/null"],
         ["import", "staff", "/dev/null", "--dry-run"], ["backup", "--out", directory + "/backup.sqlite"]]
            .map { $0 + ["--store", store] }
    }

    @Test func aFIFOAtTheStorePathIsRefusedNotWaitedOn() throws {
        let directory = try Paths.temporaryDirectory()
        let fifo = directory + "/store.sqlite"
        #expect(mkfifo(fifo, 0o600) == 0)
        for arguments in commands(fifo, directory) {
            let result = try run(arguments)
            #expect(result.status == 1, "\(arguments): status \(result.status)")
            #expect(result.error.contains("it is a FIFO (named pipe), and hopdash opens only regular files"), "\(arguments): \(result.error)")
        }
    }

    /// One answer from every command, and the file stays empty.
    @Test func anEmptyFileIsNotAStoreAndIsNotWrittenInto() throws {
        let directory = try Paths.temporaryDirectory()
        let empty = directory + "/store.sqlite"
        #expect(FileManager.default.createFile(atPath: empty, contents: nil))
        for arguments in commands(empty, directory) {
            let result = try run(arguments)
            #expect(result.status == 1, "\(arguments): status \(result.status)")
            #expect(result.error.contains("\(empty) is not a hopdash store (an empty file"), "\(arguments): \(result.error)")
        }
        #expect((try FileManager.default.attributesOfItem(atPath: empty)[.size] as? NSNumber)?.intValue == 0)
        #expect(!FileManager.default.fileExists(atPath: empty + "-wal"))
    }

    /// The dashboard and the kiosk, run on a terminal as a user runs them, on an empty file: the
    /// message, a non-zero exit, the terminal's settings as they were (`stty -g` before and
    /// after, inside the pane) and the file still empty, nothing beside it.
    @Test(arguments: ["dashboard", "kiosk"])
    func theDashboardAndKioskOnAnEmptyFileSayWhyAndLeaveTheTerminalAndFile(mode: String) throws {
        let directory = try Paths.temporaryDirectory()
        let empty = directory + "/store.sqlite"
        #expect(FileManager.default.createFile(atPath: empty, contents: nil))
        let command = "stty -g > \(directory)/before; \(Paths.binary) \(mode == "kiosk" ? "kiosk " : "")--store \(empty) "
            + "2> \(directory)/error; echo exit=$? > \(directory)/status; stty -g > \(directory)/after; "
            + "cat \(directory)/error; echo finished"
        let tmux = try Tmux(command, width: 80, height: 24)
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        let read = { (name: String) in (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? "" }
        #expect(read("error").contains("\(empty) is not a hopdash store (an empty file"), "\(read("error"))")
        // On the terminal, wrapped at its 80 columns.
        #expect(tmux.screen().replacingOccurrences(of: "\n", with: "").contains("\(empty) is not a hopdash store"), "\(tmux.screen())")
        #expect(read("status") == "exit=1\n")
        #expect(!read("before").isEmpty && read("before") == read("after"))
        #expect((try FileManager.default.attributesOfItem(atPath: empty)[.size] as? NSNumber)?.intValue == 0)
        let beside = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(beside == ["after", "before", "error", "status", "store.sqlite"])
    }

    /// A store (and a journal) left readable by others is made owner-only when hopdash opens it,
    /// so the -wal and -shm SQLite creates with the store's mode are 0600 too.
    @Test func aStoreReadableByOthersIsMadeOwnerOnly() throws {
        let (directory, store) = try Paths.demoStore()
        #expect(chmod(store, 0o644) == 0)
        #expect(FileManager.default.createFile(atPath: store + "-shm", contents: nil, attributes: [.posixPermissions: 0o644]))
        #expect(chmod(store + "-shm", 0o644) == 0)
        let csv = directory + "/staff.csv"
        try "Staff number,Name,Grade,Department\nNEW1,New Person,EO,DFA\n".write(toFile: csv, atomically: false, encoding: .utf8)
        let imported = try run(["import", "staff", csv, "--store", store])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(try mode(store) == 0o600)
        for file in [store + "-wal", store + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(try mode(file) == 0o600, "\(file)")
        }
    }

    /// `init --demo` killed at any moment leaves either no store or the whole demo, never a store
    /// with part of it (which `init` would then refuse to replace for ever).
    @Test func aFirstRunKilledPartWayLeavesNoHalfStore() throws {
        for delay in [0.05, 0.15, 0.3, 0.6, 1.0] {
            let directory = try Paths.temporaryDirectory()
            let store = directory + "/demo.sqlite"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Paths.binary)
            process.arguments = ["init", "--demo", "--store", store, "--today", "2026-10-01"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: store) else { continue }
            let count = try Shell.run("/usr/bin/env", ["sqlite3", store, "SELECT COUNT(*) FROM profession"])
            #expect(count.output.trimmingCharacters(in: .whitespacesAndNewlines) == "9", "killed after \(delay) s: \(count.output) \(count.error)")
        }
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }
}
