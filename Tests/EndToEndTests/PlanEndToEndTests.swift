import Foundation
import Testing

/// A development plan from the keyboard, the real binary under tmux: an offer added to the
/// catalogue closes a gap no offer reached, next year's proposal takes it and is kept, a person
/// below the requirement is booked and completes it (a CPD activity appears in the store) and
/// the plan's progress moves.
@Suite struct PlanEndToEndTests {
    /// Communications (the overview's first row) has a Writing for the public gap at level 4
    /// that no offer of the demo catalogue reaches.
    @Test(arguments: [(80, 24), (200, 60)])
    func anOfferIsPlannedBookedAndCompleted(width: Int, height: Int) throws {
        let (_, store) = try Paths.demoStore()
        let size = "\(width)x\(height)"
        let tmux = try Tmux("\(Paths.binary) --store \(store) --user 'E2E Planner'; echo finished", width: width, height: height)
        #expect(tmux.waitFor("Communications"), "\(tmux.screen())")
        try tmux.send("Enter")
        #expect(tmux.waitFor("1 Maturity"), "\(size): \(tmux.screen())")

        // The offer: title, provider, (kind) hours, cost, places, (for) the skill it brings to level 4
        try tmux.send("L")
        #expect(tmux.waitFor("Learning catalogue · Communications"), "\(size): \(tmux.screen())")
        try tmux.send("n")
        #expect(tmux.waitFor("New learning offer"), "\(size): \(tmux.screen())")
        try tmux.type("Writing masterclass")
        try tmux.send("Tab")
        try tmux.type("E2E College")
        try tmux.send("Tab", "Tab")
        try tmux.type("7")
        try tmux.send("Tab")
        try tmux.type("10")
        try tmux.send("Tab")
        try tmux.type("50")
        try tmux.send("Tab", "Tab", "Left")
        #expect(tmux.waitFor("‹ Writing for the public ›"), "\(size): \(tmux.screen())")
        try tmux.send("C-s")
        #expect(tmux.waitFor("Saved: learning offer \"Writing masterclass\""), "\(size): \(tmux.screen())")

        // Next year's plan is a proposal; it now closes the gap with the new offer; a keeps it.
        try tmux.send("Escape")
        #expect(tmux.waitFor("1 Maturity"), "\(size): \(tmux.screen())")
        try tmux.send("P")
        #expect(tmux.waitFor("Development plan"), "\(size): \(tmux.screen())")
        try tmux.send("]")
        #expect(tmux.waitFor("Proposed by hopdash, not kept yet"), "\(size): \(tmux.screen())")
        #expect(tmux.screen().contains("Writing masterclass"), "\(size): \(tmux.screen())")
        try tmux.send("a")
        // Narrow "done", wide "completed"
        func progress(_ booked: Int, _ done: Int) -> Bool {
            let screen = tmux.screen()
            return screen.contains("Booked \(booked) · done \(done) ") || screen.contains("Booked \(booked) · completed \(done) ")
        }
        #expect(tmux.waitUntil { progress(0, 0) }, "\(size): \(tmux.screen())")
        #expect(tmux.screen().contains("Saved: development plan"), "\(size): \(tmux.screen())")

        // The masterclass's line (Enter on each line in turn until its people list is the
        // masterclass's), the first person booked and then completed
        for _ in 0..<20 {
            try tmux.send("Enter")
            #expect(tmux.waitFor("Booking on "), "\(size): \(tmux.screen())")
            if tmux.screen().contains("Booking on Writing masterclass (L4)") { break }
            try tmux.send("Escape")
            #expect(tmux.waitFor("Development plan 20"), "\(size): \(tmux.screen())")
            try tmux.send("Down")
        }
        #expect(tmux.screen().contains("Booking on Writing masterclass (L4)"), "\(size): \(tmux.screen())")
        try tmux.send("b")
        #expect(tmux.waitFor("Saved: booking booked"), "\(size): \(tmux.screen())")
        try tmux.send("e")
        #expect(tmux.waitFor("‹ booked ›"), "\(size): \(tmux.screen())")
        try tmux.send("Right", "C-s")
        #expect(tmux.waitFor("its CPD activity logged"), "\(size): \(tmux.screen())")
        #expect(tmux.waitFor("Re-assess Writing for the public"), "\(size): \(tmux.screen())")
        try tmux.send("Escape")
        #expect(tmux.waitFor("Not re-assessed: the completion and its CPD activity stay saved."), "\(size): \(tmux.screen())")

        // The plan's progress moved
        try tmux.send("Escape")
        #expect(tmux.waitUntil { progress(0, 1) }, "\(size): \(tmux.screen())")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"))
        let activity = try Shell.run("/usr/bin/env", ["sqlite3", store,
                                                      "SELECT minutes, type FROM cpd_activity WHERE title = 'Writing masterclass'"])
        #expect(activity.output == "420|course\n", "\(activity.output)")
        let log = try Shell.run("/usr/bin/env", ["sqlite3", store,
                                                 "SELECT DISTINCT user FROM change_log WHERE table_name IN ('learning_offer', 'development_plan', 'booking')"])
        #expect(log.output == "E2E Planner\n", "\(log.output)")
    }
}
