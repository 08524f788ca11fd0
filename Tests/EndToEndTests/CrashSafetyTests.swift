import Foundation
import Testing

/// A process making edits through the public Store API is killed with SIGKILL at random moments.
/// After each kill: SQLite's integrity check passes, every edit it had acknowledged is in the
/// store (and at most the one in flight besides), each edit is whole (all its change-log rows,
/// its records as planned), and the summaries equal a recomputation (`hopdash-stress verify`).
@Suite(.serialized) struct CrashSafetyTests {
    @Test func fifteenKillsAtRandomMomentsLoseNoAcknowledgedEdit() throws {
        try killRepeatedly(kills: 15)
    }

    @Test(.enabled(if: Reliability.long, "HOPDASH_LONG=1"))
    func twoHundredKillsAtRandomMomentsLoseNoAcknowledgedEdit() throws {
        try killRepeatedly(kills: 200)
    }

    func killRepeatedly(kills: Int) throws {
        let (_, store) = try StressProcess.freshStore()
        var committed = 0
        // The moments vary with the machine's load too, so a seed replays the delays, not the run.
        var random = SeededRandom("crash safety kill delays")
        for kill in 1...kills {
            let editor = try StressProcess(["edit", "--store", store, "--writer", "A", "--from", "\(committed)"])
            // Anywhere from while it opens the store to a few dozen edits in.
            usleep(UInt32.random(in: 0...300_000, using: &random))
            _ = editor.kill()
            let acknowledged = committed + editor.acknowledged
            let verified = try StressProcess.verify(store: store, writers: ["A"])
            #expect(verified.problems.isEmpty, "after kill \(kill): \(verified.problems)")
            let now = try #require(verified.committed["A"])
            #expect(now >= acknowledged, "kill \(kill): \(acknowledged) acknowledged, \(now) in the store")
            #expect(now <= acknowledged + 1, "kill \(kill): more in the store (\(now)) than acknowledged plus one in flight (\(acknowledged))")
            #expect(editor.stderr.isEmpty, "\(editor.stderr)")
            committed = now
        }
        // Some kills landed while it was editing, not only while it was starting.
        #expect(committed > 0)
        print("crash safety: \(kills) kills, \(committed) edits committed")
    }
}
