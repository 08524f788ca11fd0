import Foundation
import Testing

/// A store in a folder this user cannot write (a read-only share): everything that only reads
/// works (the store is opened as immutable), the file is left as it was, and an edit is refused
/// in words. As root, whom permissions do not stop, the folder is a tmpfs remounted read-only;
/// otherwise a folder made 0555.
@Suite(.serialized) struct ReadOnlyFolderEndToEndTests {
    static let isRoot = getuid() == 0

    private func run(_ arguments: [String]) throws -> Shell.Result {
        try Shell.run("/usr/bin/timeout", ["-s", "KILL", "60", Paths.binary] + arguments)
    }

    /// A demo store in a folder that cannot be written: (folder, store).
    private func readOnlyFolder(_ body: (String, String) throws -> Void) throws {
        let folder = try Paths.temporaryDirectory()
        let store = folder + "/demo.sqlite"
        if Self.isRoot {
            #expect(try Shell.run("/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", folder]).status == 0)
        }
        defer {
            if Self.isRoot { _ = try? Shell.run("/usr/bin/env", ["umount", "-l", folder]) } else { _ = chmod(folder, 0o700) }
        }
        let created = try run(["init", "--demo", "--store", store, "--today", "2026-10-01"])
        #expect(created.status == 0, "\(created.error)")
        if Self.isRoot {
            #expect(try Shell.run("/usr/bin/env", ["mount", "-o", "remount,ro", folder]).status == 0)
        } else {
            #expect(chmod(folder, 0o555) == 0)
        }
        #expect(!FileManager.default.createFile(atPath: folder + "/probe", contents: nil), "the folder can be written")
        try body(folder, store)
    }

    @Test func everyCommandThatReadsWorksAndTheFileIsLeftAsItWas() throws {
        try readOnlyFolder { folder, store in
            let before = FileManager.default.contents(atPath: store)
            let elsewhere = try Paths.temporaryDirectory()
            let csv = elsewhere + "/staff.csv"
            try "Staff number,Name,Grade,Department\nNEW1,New Person,EO,DFA\n".write(toFile: csv, atomically: false, encoding: .utf8)
            let cases: [([String], String)] = [
                (["snapshot"], "Overview"),
                (["report"], "Policy"),
                (["export", "--table", "staff"], "Staff number"),
                (["export", "--format", "json"], "\"profession\""),
                (["backup", "--out", elsewhere + "/backup.sqlite"], "Backed up to"),
                (["import", "staff", csv, "--dry-run"], "Dry run, nothing written: would be 1 inserted"),
            ]
            for (arguments, expected) in cases {
                let result = try run(arguments + ["--store", store])
                #expect(result.status == 0, "\(arguments): \(result.error)")
                #expect(result.output.contains(expected), "\(arguments): \(result.output.prefix(300))")
            }
            #expect(FileManager.default.fileExists(atPath: elsewhere + "/backup.sqlite"))
            // Writing is refused in words.
            let edit = try run(["import", "staff", csv, "--store", store])
            #expect(edit.status != 0)
            #expect(edit.error.contains("cannot be written"), "\(edit.error)")
            #expect(FileManager.default.contents(atPath: store) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["demo.sqlite"])
        }
    }

    @Test func aKioskShowsAStoreOnAReadOnlyShare() throws {
        try readOnlyFolder { folder, store in
            let tmux = try Tmux("\(Paths.binary) kiosk --store \(store) --screens professions --professions POL --interval 600")
            #expect(tmux.waitFor("applicable items done"), "\(tmux.screen())")
            #expect(tmux.screen().contains("Policy (POL)"), "\(tmux.screen())")
        }
    }
}
