import Foundation
import Testing

/// Copies of a store with random bits flipped (20, or 100 under HOPDASH_LONG=1), and a store
/// from a newer schema, opened by the real binary for reading and by an editor for writing:
/// each run ends (no hang: a 60 s limit only catches one) with status 0 or 1, never a signal;
/// a failure says in plain words what is wrong with which file; an edit acknowledged as saved
/// is in the file.
@Suite(.serialized) struct CorruptStoreTests {
    /// Runs a command under `timeout`: 124 means it hung, above 128 that a signal ended it.
    func bounded(_ executable: String, _ arguments: [String]) throws -> Shell.Result {
        try Shell.run("/usr/bin/env", ["timeout", "-s", "KILL", "60", executable] + arguments)
    }

    func expectCleanEnd(_ result: Shell.Result, _ what: String) {
        #expect(result.status == 0 || result.status == 1, "\(what): status \(result.status), \(result.error)")
        if result.status != 0 {
            #expect(result.error.hasPrefix("Error: ") && result.error.contains(".sqlite"), "\(what): \(result.error)")
            #expect(!result.error.contains("Fatal error") && !result.error.contains("SQLite error"), "\(what): \(result.error)")
        }
    }

    @Test func twentyBitFlippedCopiesNeverCrashHangOrFalselySave() throws {
        try flip(copies: 20)
    }

    @Test(.enabled(if: Reliability.long, "HOPDASH_LONG=1"))
    func aHundredBitFlippedCopiesNeverCrashHangOrFalselySave() throws {
        try flip(copies: 100)
    }

    func flip(copies: Int) throws {
        let (directory, store) = try StressProcess.freshStore()
        #expect(try StressProcess.run(["edit", "--store", store, "--count", "60"]).status == 0)
        let original = try Data(contentsOf: URL(fileURLWithPath: store))
        // HOPDASH_SEED replays the flips of an earlier run (it prints its seed).
        let seed = ProcessInfo.processInfo.environment["HOPDASH_SEED"].flatMap(Int.init) ?? Int(Date().timeIntervalSince1970)
        srand48(seed)
        print("corrupt copies: seed \(seed)")
        var outcomes: [String: Int] = [:]
        for copy in 1...copies {
            var bytes = original
            for _ in 0..<(1 + Int(drand48() * 16)) {
                let offset = Int(drand48() * Double(bytes.count))
                bytes[offset] ^= UInt8(1 << Int(drand48() * 8))
            }
            let path = directory + "/copy\(copy).sqlite"
            try bytes.write(to: URL(fileURLWithPath: path))
            let what = "copy \(copy) (seed \(seed))"

            let snapshot = try bounded(Paths.binary, ["snapshot", "--store", path, "--screen", "overview", "--today", "2026-10-01"])
            expectCleanEnd(snapshot, what + " snapshot")
            let edit = try bounded(Paths.stress, ["edit", "--store", path, "--from", "60", "--count", "1"])
            expectCleanEnd(edit, what + " edit")
            outcomes[edit.status == 0 ? "saved" : String(edit.error.prefix(40)), default: 0] += 1
            if edit.output.contains("saved A-60") {
                let found = try Shell.run("/usr/bin/env", ["sqlite3", path, "SELECT COUNT(DISTINCT user) FROM change_log WHERE user = 'A-60'"])
                #expect(found.status != 0 || found.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1",
                        "\(what): acknowledged but not in the file")
            }
        }
        print("corrupt copies: \(outcomes)")
    }

    @Test func aNewerSchemaIsRefusedInWordsAndLeftAlone() throws {
        let (_, store) = try StressProcess.freshStore()
        #expect(try Shell.run("/usr/bin/env", ["sqlite3", store, "PRAGMA user_version = 99"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        for (executable, arguments) in [(Paths.binary, ["snapshot", "--store", store, "--screen", "overview"]),
                                        (Paths.stress, ["edit", "--store", store, "--count", "1"])] {
            let result = try bounded(executable, arguments)
            #expect(result.status == 1)
            #expect(result.error.contains("was written by a newer hopdash (schema 99"), "\(result.error)")
            #expect(!result.output.contains("saved"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }
}
