import Foundation
import Testing

/// `hopdash kiosk` under tmux: live updates from another process, stray keys and Ctrl-C
/// ignored, the documented sequence and SIGTERM stop it, the terminal comes back intact.
@Suite(.serialized) struct KioskEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    /// Runs the kiosk in a pane; its process id goes to `pid`, its exit status to `status`.
    func kiosk(_ arguments: String) throws -> Tmux {
        let command = "stty -g > \(directory)/before; "
            + "sh -c 'echo $$ > \(directory)/pid; exec \(Paths.binary) kiosk --store \(store) \(arguments)'; "
            + "echo exit=$? > \(directory)/status; stty -g > \(directory)/after; echo finished"
        return try Tmux(command)
    }

    func sql(_ statement: String) throws -> String {
        let result = try Shell.run("/usr/bin/env", ["sqlite3", "-cmd", ".timeout 5000", store, statement])
        #expect(result.status == 0, "\(result.error)")
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func terminalRestored() throws -> Bool {
        let before = try String(contentsOfFile: directory + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: directory + "/after", encoding: .utf8)
        return !before.isEmpty && before == after
    }

    /// "9 of 17 applicable items done" on screen, as (9, 17).
    func checklistFigures(_ screen: String) -> (done: Int, of: Int)? {
        guard let match = screen.firstMatch(of: /(\d+) of (\d+) applicable items done/) else { return nil }
        return (Int(match.1)!, Int(match.2)!)
    }

    @Test func showsAnotherProcesssCommitWithinTwoSecondsIgnoresStrayKeysAndStopsOnTheSequence() throws {
        let tmux = try kiosk("--screens professions --professions POL --interval 600")
        #expect(tmux.waitFor("applicable items done"), "\(tmux.screen())")
        let screen = tmux.screen()
        #expect(screen.contains("Policy (POL)") && screen.contains("read-only") && screen.contains("Slide 1/1"), "\(screen)")
        let before = try #require(checklistFigures(screen))

        // Another process marks the first open checklist item done, straight into SQLite.
        let profession = try sql("SELECT id FROM profession WHERE code = 'POL'")
        let closed = Set(try sql("SELECT item_id FROM checklist_entry WHERE profession_id = \(profession) AND status IN ('done', 'n/a')")
            .split(separator: "\n").map(String.init))
        let item = try #require((1...17).map { String(format: "C%02d", $0) }.first { !closed.contains($0) })
        let started = Date()
        _ = try sql("""
            INSERT INTO checklist_entry (profession_id, item_id, status) VALUES (\(profession), '\(item)', 'done')
            ON CONFLICT (profession_id, item_id) DO UPDATE SET status = 'done'
            """)
        let expected = "\(before.done + 1) of \(before.of) applicable items done"
        #expect(tmux.waitFor(expected, seconds: 2), "not within 2 s:\n\(tmux.screen())")
        print("kiosk showed the commit after \(String(format: "%.2f", Date().timeIntervalSince(started))) s")

        // Stray keys and the usual ways out do nothing.
        for key in ["C-c", "q", "C-z", "C-\\", "C-s", "C-d", "Escape", "Enter", "x"] { try tmux.send(key) }
        try tmux.type("exit")
        try tmux.send("Enter")
        // Then a key whose effect shows: once the kiosk shows it paused, it has read every key
        // sent before it (a Ctrl-Z that had suspended it would leave "p" unread).
        try tmux.send("p")
        #expect(tmux.waitFor("PAUSED (p resumes)"), "\(tmux.screen())")
        #expect(tmux.screen().contains(expected), "\(tmux.screen())")
        #expect(!FileManager.default.fileExists(atPath: directory + "/status"))
        try tmux.send("p")
        #expect(tmux.waitForAbsence("PAUSED"), "\(tmux.screen())")
        // Still live after all that (Ctrl-S froze nothing).
        _ = try sql("UPDATE checklist_entry SET status = 'in-progress' WHERE profession_id = \(profession) AND item_id = '\(item)'")
        #expect(tmux.waitFor("\(before.done) of \(before.of) applicable items done", seconds: 2), "\(tmux.screen())")

        // The documented sequence stops it: Esc, q u i t, Enter.
        try tmux.send("Escape")
        try tmux.type("quit")
        #expect(tmux.waitFor("Exit: press Esc, type quit, press Enter (5 of 6 keys)"), "\(tmux.screen())")
        try tmux.send("Enter")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(try String(contentsOfFile: directory + "/status", encoding: .utf8).contains("exit=0"))
        #expect(try terminalRestored())
    }

    @Test func survivesAMovedStoreAndResizesAndStopsOnSigterm() throws {
        let tmux = try kiosk("")
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        // The store moved away: last figures stay, with the badge; back again: recovered.
        let aside = directory + "/aside.sqlite"
        #expect(rename(store, aside) == 0)
        #expect(tmux.waitFor("DATA UNAVAILABLE SINCE", seconds: 3), "\(tmux.screen())")
        #expect(tmux.screen().contains("Operational Delivery"))
        #expect(!FileManager.default.fileExists(atPath: store))
        #expect(rename(aside, store) == 0)
        #expect(tmux.waitForAbsence("DATA UNAVAILABLE", seconds: 3), "\(tmux.screen())")
        // A projector changing resolution.
        try tmux.resize(width: 60, height: 20)
        #expect(tmux.waitFor("Terminal too small"), "\(tmux.screen())")
        #expect(!tmux.screen().contains("press q"))
        try tmux.resize(width: 160, height: 48)
        #expect(tmux.waitFor("read-only"), "\(tmux.screen())")
        let pid = try #require(Int32(try String(contentsOfFile: directory + "/pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGINT) == 0)
        // A key sent after the signal takes effect: the kiosk is still running and reading keys.
        try tmux.send("p")
        #expect(tmux.waitFor("PAUSED (p resumes)"), "SIGINT stopped the kiosk: \(tmux.screen())")
        #expect(kill(pid, 0) == 0, "SIGINT stopped the kiosk")
        #expect(!FileManager.default.fileExists(atPath: directory + "/status"), "SIGINT stopped the kiosk")
        #expect(kill(pid, SIGTERM) == 0)
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(try terminalRestored())
    }

    /// The store swapped for a FIFO froze the kiosk in SQLite's open and it then ignored SIGTERM:
    /// now it shows the badge over its last figures, and SIGTERM still ends it cleanly.
    @Test func aStoreSwappedForAFIFOIsUnavailableAndSigtermStillStopsIt() throws {
        let tmux = try kiosk("--screens overview")
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        #expect(rename(store, directory + "/aside.sqlite") == 0)
        #expect(mkfifo(store, 0o600) == 0)
        #expect(tmux.waitFor("DATA UNAVAILABLE SINCE", seconds: 5), "\(tmux.screen())")
        let pid = try #require(Int32(try String(contentsOfFile: directory + "/pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTERM) == 0)
        #expect(tmux.waitFor("finished", seconds: 5), "SIGTERM did not stop the kiosk: \(tmux.screen())")
        #expect(try terminalRestored())
    }

    /// Signals whose default action ends the process end the kiosk with the terminal restored.
    @Test(arguments: ["USR1", "USR2", "ALRM", "PIPE"])
    func aSignalThatEndsTheKioskRestoresTheTerminal(signal: String) throws {
        let tmux = try kiosk("--screens overview")
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        let pid = try String(contentsOfFile: directory + "/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Shell.run("/usr/bin/env", ["kill", "-\(signal)", pid]).status == 0)
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(try terminalRestored())
    }

    /// A damaged file dropped in place of the store (and then a newer schema): the last good
    /// figures stay up under the badge; the good store put back, the kiosk recovers by itself.
    @Test func keepsItsLastGoodFrameOverACorruptOrNewerStore() throws {
        let tmux = try kiosk("--screens overview")
        #expect(tmux.waitFor("Operational Delivery"), "\(tmux.screen())")
        let good = directory + "/good.sqlite"
        try FileManager.default.copyItem(atPath: store, toPath: good)
        let newer = directory + "/newer.sqlite"
        try FileManager.default.copyItem(atPath: store, toPath: newer)
        _ = try Shell.run("/usr/bin/env", ["sqlite3", newer, "PRAGMA user_version = 99"])
        let damaged = directory + "/damaged.sqlite"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: store))
        for offset in stride(from: 0, to: bytes.count, by: 97) { bytes[offset] ^= 0x5A }
        try bytes.write(to: URL(fileURLWithPath: damaged))
        for replacement in [damaged, newer] {
            #expect(rename(replacement, store) == 0)
            #expect(tmux.waitFor("DATA UNAVAILABLE SINCE", seconds: 3), "\(tmux.screen())")
            #expect(tmux.screen().contains("Operational Delivery"), "\(tmux.screen())")
            try FileManager.default.copyItem(atPath: good, toPath: directory + "/restore.sqlite")
            #expect(rename(directory + "/restore.sqlite", store) == 0)
            #expect(tmux.waitForAbsence("DATA UNAVAILABLE", seconds: 3), "\(tmux.screen())")
        }
        let pid = try #require(Int32(try String(contentsOfFile: directory + "/pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTERM) == 0)
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(try terminalRestored())
    }

    @Test func tenThousandRandomKeysChangeNothingAndStartNothing() throws {
        try randomKeys(10_000)
    }

    @Test(.enabled(if: Reliability.long, "HOPDASH_LONG=1"))
    func aHundredThousandRandomKeysChangeNothingAndStartNothing() throws {
        try randomKeys(100_000)
    }

    /// Random keys through tmux (named keys, control and meta keys, literal escape sequences;
    /// never a "u", so the exit sequence cannot be typed by chance): the kiosk stays up and
    /// starts no process throughout, and the store's bytes are the same after it exits.
    func randomKeys(_ count: Int) throws {
        let tmux = try kiosk("--interval 5")
        #expect(tmux.waitFor("read-only"), "\(tmux.screen())")
        let checksum = { try Shell.run("/usr/bin/env", ["sha256sum", self.store]).output.prefix(64) }
        let before = try checksum()
        let pid = try #require(Int32(try String(contentsOfFile: directory + "/pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        let named = ["Enter", "Escape", "Tab", "BTab", "BSpace", "Space", "Up", "Down", "Left", "Right", "PageUp", "PageDown",
                     "Home", "End", "IC", "DC"] + (1...12).map { "F\($0)" }
            + "abcdefghijklmnopqrstvwxyz".map { "C-\($0)" } + ["M-a", "M-x", "C-\\"]
        let printable = "abcdefghijklmnopqrstvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{}:,.<>/?|~'\""
        let literal = ["\u{1B}[A", "\u{1B}[200~", "\u{1B}]0;x\u{7}", "\u{1B}[6~", "\u{1B}O2P", "qit", "\u{3}\u{1A}", "é中👩‍👩‍👧"]
        var random = SeededRandom("kiosk random keys end to end")
        var sent = 0
        while sent < count {
            var batch: [String] = []
            for _ in 0..<min(200, count - sent) {
                batch.append(Bool.random(using: &random) ? named.randomElement(using: &random)!
                                                         : String(printable.randomElement(using: &random)!))
            }
            try tmux.send(keys: batch)
            try tmux.type(literal.randomElement(using: &random)!)
            sent += batch.count
            #expect(kill(pid, 0) == 0, "seed \(random.seed): the kiosk stopped after \(sent) keys: \(tmux.screen())")
            let children = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
            let started = try children.map { try String(contentsOfFile: "/proc/\(pid)/task/\($0)/children", encoding: .utf8) }
                .joined().trimmingCharacters(in: .whitespaces)
            #expect(started.isEmpty, "seed \(random.seed): the kiosk started processes \(started) after \(sent) keys")
            if kill(pid, 0) != 0 || !started.isEmpty { break }
        }
        // Still answering: shown, or blanked by a random "b" and shown again by one more.
        if !tmux.waitFor("read-only", seconds: 3) {
            #expect(tmux.screen().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(tmux.screen())")
            try tmux.send("b")
        }
        #expect(tmux.waitFor("read-only"), "\(tmux.screen())")
        #expect(!FileManager.default.fileExists(atPath: directory + "/status"))
        #expect(kill(pid, SIGTERM) == 0)
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(try terminalRestored())
        #expect(try checksum() == before, "seed \(random.seed)")
    }

    @Test func refusesToCreateAStore() throws {
        let missing = directory + "/nothing-here/store.sqlite"
        let result = try Shell.run(Paths.binary, ["kiosk", "--store", missing])
        #expect(result.status != 0)
        #expect(result.error.contains("never creates one"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/nothing-here"))
    }
}
