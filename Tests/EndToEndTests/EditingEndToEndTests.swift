import Foundation
import Testing

/// Editing with the real binary under tmux: saves survive a restart; two processes editing one
/// record meet the conflict prompt; one process's save shows in the other within 2 seconds.
@Suite(.serialized) struct EditingEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    func dashboard(_ user: String) throws -> Tmux {
        try Tmux("\(Paths.binary) --store \(store) --user '\(user)'; echo finished")
    }

    /// Opens the first profession with its checklist full screen.
    func openChecklist(_ tmux: Tmux) throws {
        try tmux.openFirstProfessionPane(4, titled: "Checklist", showing: "Flags")
    }

    /// Opens the selected item's form and replaces its owner with `owner` (not yet saved).
    func typeOwner(_ owner: String, _ tmux: Tmux) throws {
        try tmux.send("e")
        #expect(tmux.waitFor("Esc cancels"), "\(tmux.screen())")
        try tmux.send("Tab")
        try tmux.send("-N", "90", "BSpace")
        try tmux.type(owner)
        #expect(tmux.waitFor(owner), "\(tmux.screen())")
    }

    @Test func checklistAndMaturityEditsSurviveARestart() throws {
        let first = try dashboard("E2E Assessor")
        try openChecklist(first)
        try typeOwner("E2E Owner", first)
        try first.send("C-s")
        #expect(first.waitFor("Saved: checklist item C01"), "\(first.screen())")
        #expect(first.waitForAbsence("Esc cancels"))
        try first.send("c")
        #expect(first.waitFor("Changes to checklist item C01"), "\(first.screen())")
        #expect(first.waitFor("E2E Assessor  update checklist entry"), "\(first.screen())")
        try first.send("Escape")
        #expect(first.waitForAbsence("Changes to checklist item"))
        try first.send("1")
        #expect(first.waitFor("History (newest first)"), "\(first.screen())")
        try first.send("n")
        #expect(first.waitFor("New maturity assessment"), "\(first.screen())")
        try first.send("5")
        try first.send("C-s")
        #expect(first.waitFor("assessed at L5"), "\(first.screen())")
        try first.send("q")
        #expect(first.waitFor("finished"), "\(first.screen())")

        let second = try dashboard("someone")
        try openChecklist(second)
        #expect(second.waitFor("E2E Owner"), "\(second.screen())")
        try second.send("1")
        #expect(second.waitFor("L5  E2E Assessor"), "\(second.screen())")
        try second.send("q")
        #expect(second.waitFor("finished"))
    }

    @Test func aMaturityAssessmentIsCorrectedDeletedAndPutBackAt80x24And200x60() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            let tmux = try Tmux("\(Paths.binary) --store \(store) --user 'E2E Corrector'; echo finished", width: width, height: height)
            try tmux.openFirstProfessionPane(1, titled: "Maturity", showing: "History (newest first)")
            // The second newest of the first area, corrected to L5
            try tmux.send("l")
            try tmux.send("e")
            #expect(tmux.waitFor("Maturity assessment of"), "\(tmux.screen())")
            try tmux.send("5")
            try tmux.send("C-s")
            #expect(tmux.waitFor("corrected: L5. u undoes."), "\(width)x\(height): \(tmux.screen())")
            // Deleted after the question, then put back by undo
            try tmux.send("d")
            #expect(tmux.waitFor("n keeps it."), "\(width)x\(height): \(tmux.screen())")
            try tmux.send("y")
            #expect(tmux.waitFor("deleted. u undoes."), "\(width)x\(height): \(tmux.screen())")
            try tmux.send("u")
            #expect(tmux.waitFor("Undone. Now: maturity of"), "\(width)x\(height): \(tmux.screen())")
            try tmux.send("q")
            #expect(tmux.waitFor("finished"))
        }
        // Each step is in the change log, by whoever made it
        let log = try Shell.run("/usr/bin/env", ["sqlite3", store, """
            SELECT action FROM change_log WHERE table_name = 'maturity_assessment' AND user = 'E2E Corrector' ORDER BY id
            """])
        #expect(log.output.split(separator: "\n") == ["update", "delete", "undo", "update", "delete", "undo"])
    }

    @Test func twoEditorsOfOneItemSeeTheConflictPromptAndChangesAppearWithinTwoSeconds() throws {
        let alice = try dashboard("alice"), bob = try dashboard("bob")
        try openChecklist(alice)
        try openChecklist(bob)
        try typeOwner("Owner Alice", alice)
        try typeOwner("Owner Bob", bob)
        try alice.send("C-s")
        #expect(alice.waitFor("Saved: checklist item C01"), "\(alice.screen())")
        try bob.send("C-s")
        #expect(bob.waitFor("Someone else saved this after you opened it"), "\(bob.screen())")
        #expect(bob.screen().contains("Owner Alice"), "the prompt says what is stored now")
        try bob.send("o")
        #expect(bob.waitFor("Saved: checklist item C01"), "\(bob.screen())")
        // Alice is not in a form: Bob's save appears on her screen by itself.
        let start = Date()
        #expect(alice.waitFor("Owner Bob", seconds: 2), "\(alice.screen())")
        #expect(Date().timeIntervalSince(start) < 2)
        try alice.send("q")
        try bob.send("q")
        #expect(alice.waitFor("finished"))
        #expect(bob.waitFor("finished"))
    }
}
