import Foundation
import Testing

/// The succession register kept on its screen, the real binary under tmux: a critical post added
/// with a successor ready now, and the coverage moving on the register and on the overview.
@Suite struct SuccessionEndToEndTests {
    /// Communications (the overview's first row) has two posts on the demo register, neither with
    /// a successor ready now.
    @Test func aPostWithAReadyNowSuccessorMovesCoverageAt80x24And200x60() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            let (_, store) = try Paths.demoStore()
            let numbers = try Shell.run("/usr/bin/env", ["sqlite3", store, """
                SELECT s.staff_number FROM staff s JOIN staff_profession m ON m.staff_id = s.id
                JOIN profession p ON p.id = m.profession_id WHERE p.code = 'COMMS'
                AND s.id NOT IN (SELECT staff_id FROM successor) AND s.id NOT IN (SELECT holder_id FROM critical_post WHERE holder_id IS NOT NULL)
                ORDER BY s.staff_number LIMIT 2
                """]).output.split(separator: "\n").map(String.init)
            try #require(numbers.count == 2)
            let tmux = try Tmux("\(Paths.binary) --store \(store) --user 'E2E Planner'; echo finished", width: width, height: height)
            let size = "\(width)x\(height)"
            #expect(tmux.waitFor("Communications"), "\(tmux.screen())")
            let before = tmux.screen().split(separator: "\n").first { $0.contains("Communications") }.map(String.init) ?? ""
            // The Succ cell; a trend column may follow it (wide) or not (80 columns).
            #expect(before.contains("    0% "), "\(size): \(before)")
            try tmux.send("Enter")
            #expect(tmux.waitFor("1 Maturity"), "\(size): \(tmux.screen())")
            try tmux.send("S")
            #expect(tmux.waitFor("2 critical posts, 0% with a successor ready now"), "\(size): \(tmux.screen())")
            // The post, held by the first member
            try tmux.send("n")
            #expect(tmux.waitFor("New critical post"), "\(size): \(tmux.screen())")
            try tmux.type("Head of Campaigns")
            try tmux.send("Tab", "Tab", "Tab")
            try tmux.type(numbers[0])
            try tmux.send("C-s")
            #expect(tmux.waitFor("Saved: critical post"), "\(size): \(tmux.screen())")
            #expect(tmux.waitFor("3 critical posts, 0% with a successor ready now"), "\(size): \(tmux.screen())")
            // The new post is the last; its successor, ready now
            try tmux.send("Down", "Down", "Tab", "n")
            #expect(tmux.waitFor("New successor: Head of Campaigns"), "\(size): \(tmux.screen())")
            try tmux.type(numbers[1])
            try tmux.send("C-s")
            #expect(tmux.waitFor("3 critical posts, 33% with a successor ready now"), "\(size): \(tmux.screen())")
            #expect(tmux.screen().contains("(\(numbers[1])) · Ready now"), "\(size): \(tmux.screen())")
            // The overview's Succ column moves with it
            try tmux.send("Escape", "Escape", "Escape")
            #expect(tmux.waitFor("Cross-profession overview"), "\(size): \(tmux.screen())")
            #expect(tmux.waitUntil { tmux.screen().split(separator: "\n").contains { $0.contains("Communications") && $0.contains("   33% ") } },
                    "\(size): \(tmux.screen())")
            try tmux.send("q")
            #expect(tmux.waitFor("finished"))
            let log = try Shell.run("/usr/bin/env", ["sqlite3", store,
                                                     "SELECT user, action FROM change_log WHERE table_name = 'critical_post' ORDER BY id DESC LIMIT 2"])
            #expect(log.output == "E2E Planner|update\nE2E Planner|insert\n", "\(log.output)")
        }
    }
}
