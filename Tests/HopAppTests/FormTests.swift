import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// Every form flow through the keymap and the reducer: open, type, invalid, fix, save, cancel,
/// failure, conflict (reload and overwrite), and the quick actions.
@Suite struct FormTests {
    func press(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let action = Keymap.resolve(key, state: state) else { return [] }
        return Reducer.reduce(&state, action)
    }

    func type(_ text: String, _ state: inout AppState) {
        for c in text { _ = press(.char(c), &state) }
    }

    func erase(_ count: Int, _ state: inout AppState) {
        for _ in 0..<count { _ = press(.backspace, &state) }
    }

    /// Policy's zoomed checklist with C02 (in progress, unowned, due 2026-09-01) selected.
    func checklistOnC02() -> AppState {
        var state = Fixtures.professionState(pane: .checklist, zoomed: true)
        _ = press(.down, &state)
        return state
    }

    @Test func openTypeInvalidFixAndSaveAChecklistItem() {
        var state = checklistOnC02()
        let original = Fixtures.policy().checklist[1]
        #expect(press(.char("e"), &state) == [])
        #expect(state.form?.field("Status")?.value == "In progress")
        #expect(state.form?.field("Due date")?.value == "2026-09-01")
        #expect(Keymap.scopes(for: state) == [.form])
        _ = press(.tab, &state)
        type("Kim Lee", &state)          // "q", "e" and "u" are letters here, not commands
        _ = press(.tab, &state)
        erase(10, &state)
        type("2026-13-01", &state)
        #expect(press(.ctrl("s"), &state) == [])
        #expect(state.form?.field("Due date")?.error == "must be a date, YYYY-MM-DD")
        #expect(state.form?.focus == 2)
        erase(5, &state)
        type("12-01", &state)
        #expect(state.form?.field("Due date")?.error == nil)
        var expected = original
        expected.owner = "Kim Lee"
        expected.due = Day(iso: "2026-12-01")
        let effects = press(.ctrl("s"), &state)
        #expect(effects == [.apply(.saveChecklistEntry(expected), before: .checklistEntry(original), origin: .form)])
        #expect(state.form != nil, "the form stays open until the store says it saved")
        var saved = expected
        saved.version = 1
        let applied = AppliedChange(change: .saveChecklistEntry(expected), before: .checklistEntry(original),
                                    after: .checklistEntry(saved), origin: .form)
        // One refresh policy: the dashboard reads its profession; the overview is read when next shown.
        #expect(Reducer.reduce(&state, .saved(applied)) == [.loadProfession(1)])
        #expect(state.overview.stale)
        #expect(state.form == nil)
        #expect(state.undoStack == [applied])
        #expect(state.notice?.hasPrefix("Saved: checklist item C02") == true)
    }

    @Test func enterMovesOnAndSavesOnTheLastField() {
        var state = checklistOnC02()
        _ = press(.enter, &state)
        #expect(state.form?.focus == 0)
        _ = press(.char(" "), &state)    // cycles the status choice
        #expect(state.form?.field("Status")?.value == "Done")
        for _ in 0..<3 { #expect(press(.enter, &state) == []) }
        #expect(state.form?.focus == 3)
        _ = press(.backTab, &state)
        #expect(state.form?.focus == 2)
        _ = press(.tab, &state)
        let effects = press(.enter, &state)
        guard case .apply(.saveChecklistEntry(let entry), _, .form)? = effects.first else {
            Issue.record("expected a save, got \(effects)"); return
        }
        #expect(entry.status == .done)
    }

    @Test func cancelClosesAtOnceWhenNothingChanged() {
        var state = checklistOnC02()
        _ = press(.char("e"), &state)
        _ = press(.tab, &state)
        type("x", &state)
        _ = press(.backspace, &state)    // back to what it was: no change
        _ = press(.escape, &state)
        #expect(state.form == nil)
    }

    @Test func cancelWithChangesAsksFirst() {
        var state = checklistOnC02()
        _ = press(.char("e"), &state)
        _ = press(.tab, &state)
        type("Kim", &state)
        _ = press(.escape, &state)
        #expect(state.form?.prompt == .discardChanges)
        #expect(Keymap.scopes(for: state) == [.discardPrompt])
        type("zz", &state)               // ignored while asking
        _ = press(.char("n"), &state)
        #expect(state.form?.prompt == nil)
        #expect(state.form?.field("Owner")?.value == "Kim")
        _ = press(.escape, &state)
        _ = press(.char("y"), &state)
        #expect(state.form == nil)
        #expect(state.undoStack.isEmpty)
    }

    @Test func aFailedSaveKeepsTheFormAndWhatWasTyped() {
        var state = checklistOnC02()
        _ = press(.char("e"), &state)
        _ = press(.tab, &state)
        type("Kim", &state)
        _ = press(.ctrl("s"), &state)
        let message = "The store at /tmp/s.sqlite reported an error: database or disk is full."
        #expect(Reducer.reduce(&state, .saveFailed(.form, message: message)) == [])
        #expect(state.form?.failure == "Not saved. \(message) What you typed is still here.")
        #expect(state.form?.field("Owner")?.value == "Kim")
        #expect(state.notice == nil)
        #expect(state.undoStack.isEmpty)
    }

    @Test func conflictThenReloadShowsWhatIsStoredNow() {
        var state = checklistOnC02()
        _ = press(.char("e"), &state)
        _ = press(.tab, &state)
        type("Kim", &state)
        _ = press(.ctrl("s"), &state)
        var theirs = Fixtures.policy().checklist[1]
        theirs.status = .done
        theirs.owner = "Pat Other"
        theirs.version = 3
        #expect(Reducer.reduce(&state, .saveConflicted(.form, current: .checklistEntry(theirs))) == [])
        #expect(state.form?.prompt == .conflict(current: .checklistEntry(theirs)))
        #expect(Keymap.scopes(for: state) == [.conflictPrompt])
        _ = press(.escape, &state)       // keep editing: nothing lost, nothing saved
        #expect(state.form?.prompt == nil)
        #expect(state.form?.field("Owner")?.value == "Kim")
        _ = press(.ctrl("s"), &state)
        _ = Reducer.reduce(&state, .saveConflicted(.form, current: .checklistEntry(theirs)))
        #expect(press(.char("r"), &state) == [])
        #expect(state.form?.prompt == nil)
        #expect(state.form?.field("Owner")?.value == "Pat Other")
        #expect(state.form?.field("Status")?.value == "Done")
        #expect(state.form?.hasChanges == false)
        #expect(state.form?.subject == .checklistEntry(theirs))
    }

    @Test func conflictThenOverwriteSavesMineOnTopOfTheirs() {
        var state = checklistOnC02()
        _ = press(.char("e"), &state)
        _ = press(.tab, &state)
        type("Kim", &state)
        _ = press(.ctrl("s"), &state)
        var theirs = Fixtures.policy().checklist[1]
        theirs.owner = "Pat Other"
        theirs.version = 3
        _ = Reducer.reduce(&state, .saveConflicted(.form, current: .checklistEntry(theirs)))
        let effects = press(.char("o"), &state)
        var mine = theirs
        mine.owner = "Kim"
        #expect(effects == [.apply(.saveChecklistEntry(mine), before: .checklistEntry(theirs), origin: .form)])
    }

    @Test func spaceCyclesTheSelectedItemsStatus() {
        var state = Fixtures.professionState(pane: .checklist, zoomed: true)
        let c01 = Fixtures.policy().checklist[0]
        var next = c01
        next.status = .notApplicable
        #expect(press(.char(" "), &state) == [.apply(.saveChecklistEntry(next), before: .checklistEntry(c01), origin: .quick)])
        // Not zoomed: space does nothing (the summary has no selectable items).
        var summary = Fixtures.professionState(pane: .checklist, zoomed: false)
        #expect(press(.char(" "), &summary) == [])
    }

    @Test func newMaturityAssessmentWithDigitsForTheLevel() {
        var state = Fixtures.professionState(pane: .maturity)
        _ = press(.down, &state)         // Recruitment, self-assessed L3
        _ = press(.char("n"), &state)
        #expect(state.form?.field("Level")?.value == "3 Defined")
        _ = press(.char("5"), &state)
        #expect(state.form?.field("Level")?.value == "5 Embedded")
        _ = press(.tab, &state)
        #expect(state.form?.field("Assessor")?.value == "Jo Editor")
        erase(20, &state)
        _ = press(.tab, &state)
        _ = press(.tab, &state)
        type("Panel agreed 5", &state)
        #expect(press(.enter, &state) == [])
        #expect(state.form?.field("Assessor")?.error == "required")
        #expect(state.form?.focus == 1)
        type("Sam Assessor", &state)
        let effects = press(.ctrl("s"), &state)
        let expected = MaturityAssessment(professionId: 1, area: 2, level: 5, date: Fixtures.today, assessor: "Sam Assessor",
                                          rationale: "Panel agreed 5")
        #expect(effects == [.apply(.addMaturityAssessment(expected), before: nil, origin: .form)])
    }

    @Test func aReloadWhileAFormIsOpenLeavesTheFormAlone() {
        var state = checklistOnC02()
        _ = press(.char("e"), &state)
        _ = press(.tab, &state)
        type("Kim", &state)
        let before = state.form
        var changed = Fixtures.policy()
        changed.checklist[1].owner = "Someone Else"
        changed.checklist[1].version = 5
        _ = Reducer.reduce(&state, .storeChanged)
        _ = Reducer.reduce(&state, .professionLoaded(changed))
        #expect(state.form == before)
        #expect(state.profession?.dashboard?.checklist.rows[1].entry.owner == "Someone Else")
    }

    @Test func undoWithNothingDoneSaysSo() {
        var state = Fixtures.professionState()
        #expect(press(.char("u"), &state) == [])
        #expect(state.status == "Nothing to undo: no change has been made in this session.")
    }
}
