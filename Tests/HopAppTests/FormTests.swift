import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// Every form flow through the keymap and the reducer: open, type, invalid, fix, save, cancel,
/// failure, conflict (reload and overwrite), and the quick actions.
@Suite struct FormTests {
    /// Sends a key as typed: text into a field, editing keys, a field's own keys.
    func send(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let action = Keymap.resolve(key, state: state) else { return [] }
        return Reducer.reduce(&state, action)
    }

    /// Presses the first key bound to `command` in a scope in force now.
    func press(_ command: Command, _ state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let key = boundKey(command, in: state) else {
            Issue.record("no key is bound to \(command) in \(Keymap.scopes(for: state))", sourceLocation: sourceLocation)
            return []
        }
        return send(key, &state)
    }

    func type(_ text: String, _ state: inout AppState) {
        for c in text { _ = send(.char(c), &state) }
    }

    func erase(_ count: Int, _ state: inout AppState) {
        for _ in 0..<count { _ = send(.backspace, &state) }
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
        #expect(press(.editSelected, &state) == [])
        #expect(state.form?.field("Status")?.value == "In progress")
        #expect(state.form?.field("Due date")?.value == "2026-09-01")
        #expect(Keymap.scopes(for: state) == [.form])
        _ = press(.nextField, &state)
        type("Kim Lee", &state)          // "q", "e" and "u" are letters here, not commands
        _ = press(.nextField, &state)
        erase(10, &state)
        type("2026-13-01", &state)
        #expect(press(.saveForm, &state) == [])
        #expect(state.form?.field("Due date")?.error == "no such day")
        #expect(state.form?.focus == 2)
        erase(5, &state)
        type("12-01", &state)
        #expect(state.form?.field("Due date")?.error == nil)
        var expected = original
        expected.owner = "Kim Lee"
        expected.due = Day(iso: "2026-12-01")
        let effects = press(.saveForm, &state)
        #expect(effects == [.apply(.saveChecklistEntry(expected), before: .checklistEntry(original), origin: .form)])
        #expect(state.form != nil, "the form stays open until the store says it saved")
        var saved = expected
        saved.version = 1
        let applied = AppliedChange(change: .saveChecklistEntry(expected), before: .checklistEntry(original),
                                    after: .checklistEntry(saved), origin: .form)
        // One refresh policy: the dashboard reads its profession; the overview is read when next shown.
        #expect(Reducer.reduce(&state, .saved(applied)) == [.loadProfession(1), ProfessionFeature.historyRead(1)])
        #expect(state.overview.stale)
        #expect(state.form == nil)
        #expect(state.undoStack == [applied])
        #expect(state.notice?.hasPrefix("Saved: checklist item C02") == true)
    }

    /// Forms read dates as imports do (`DayParser`): 14/07/2027 was refused ("must be a date,
    /// YYYY-MM-DD") though an import takes it.
    @Test func aDateFieldTakesDayMonthYear() {
        var state = checklistOnC02()
        let original = Fixtures.policy().checklist[1]
        _ = press(.editSelected, &state)
        _ = press(.nextField, &state)
        _ = press(.nextField, &state)
        erase(10, &state)
        type("14/07/2027", &state)
        var expected = original
        expected.due = Day(iso: "2027-07-14")
        #expect(press(.saveForm, &state) == [.apply(.saveChecklistEntry(expected), before: .checklistEntry(original), origin: .form)])
        #expect(state.form?.field("Due date")?.error == nil)
        erase(10, &state)
        type("1/7/2027", &state)
        #expect(press(.saveForm, &state) == [])
        #expect(state.form?.field("Due date")?.error == "use YYYY-MM-DD or DD/MM/YYYY")
    }

    @Test func enterMovesOnAndSavesOnTheLastField() {
        var state = checklistOnC02()
        _ = press(.editSelected, &state)
        #expect(state.form?.focus == 0)
        _ = send(.char(" "), &state)    // cycles the status choice
        #expect(state.form?.field("Status")?.value == "Done")
        for _ in 0..<3 { #expect(press(.submitField, &state) == []) }
        #expect(state.form?.focus == 3)
        _ = press(.previousField, &state)
        #expect(state.form?.focus == 2)
        _ = press(.nextField, &state)
        let effects = press(.submitField, &state)
        guard case .apply(.saveChecklistEntry(let entry), _, .form)? = effects.first else {
            Issue.record("expected a save, got \(effects)"); return
        }
        #expect(entry.status == .done)
    }

    @Test func cancelClosesAtOnceWhenNothingChanged() {
        var state = checklistOnC02()
        _ = press(.editSelected, &state)
        _ = press(.nextField, &state)
        type("x", &state)
        _ = send(.backspace, &state)    // back to what it was: no change
        _ = press(.cancelForm, &state)
        #expect(state.form == nil)
    }

    @Test func cancelWithChangesAsksFirst() {
        var state = checklistOnC02()
        _ = press(.editSelected, &state)
        _ = press(.nextField, &state)
        type("Kim", &state)
        _ = press(.cancelForm, &state)
        #expect(state.form?.prompt == .discardChanges)
        #expect(Keymap.scopes(for: state) == [.discardPrompt])
        type("zz", &state)               // ignored while asking
        _ = press(.keepEditing, &state)
        #expect(state.form?.prompt == nil)
        #expect(state.form?.field("Owner")?.value == "Kim")
        _ = press(.cancelForm, &state)
        _ = press(.confirmDiscard, &state)
        #expect(state.form == nil)
        #expect(state.undoStack.isEmpty)
    }

    @Test func aFailedSaveKeepsTheFormAndWhatWasTyped() {
        var state = checklistOnC02()
        _ = press(.editSelected, &state)
        _ = press(.nextField, &state)
        type("Kim", &state)
        _ = press(.saveForm, &state)
        let message = "The store at /tmp/s.sqlite reported an error: database or disk is full."
        #expect(Reducer.reduce(&state, .saveFailed(.form, message: message)) == [])
        #expect(state.form?.failure == "Not saved. \(message) What you typed is still here.")
        #expect(state.form?.field("Owner")?.value == "Kim")
        #expect(state.notice == nil)
        #expect(state.undoStack.isEmpty)
    }

    @Test func conflictThenReloadShowsWhatIsStoredNow() {
        var state = checklistOnC02()
        _ = press(.editSelected, &state)
        _ = press(.nextField, &state)
        type("Kim", &state)
        _ = press(.saveForm, &state)
        var theirs = Fixtures.policy().checklist[1]
        theirs.status = .done
        theirs.owner = "Pat Other"
        theirs.version = 3
        #expect(Reducer.reduce(&state, .saveConflicted(.form, current: .checklistEntry(theirs))) == [])
        #expect(state.form?.prompt == .conflict(current: .checklistEntry(theirs)))
        #expect(Keymap.scopes(for: state) == [.conflictPrompt])
        _ = press(.keepEditing, &state)       // keep editing: nothing lost, nothing saved
        #expect(state.form?.prompt == nil)
        #expect(state.form?.field("Owner")?.value == "Kim")
        _ = press(.saveForm, &state)
        _ = Reducer.reduce(&state, .saveConflicted(.form, current: .checklistEntry(theirs)))
        #expect(press(.reloadRecord, &state) == [])
        #expect(state.form?.prompt == nil)
        #expect(state.form?.field("Owner")?.value == "Pat Other")
        #expect(state.form?.field("Status")?.value == "Done")
        #expect(state.form?.hasChanges == false)
        #expect(state.form?.subject == .checklistEntry(theirs))
    }

    @Test func conflictThenOverwriteSavesMineOnTopOfTheirs() {
        var state = checklistOnC02()
        _ = press(.editSelected, &state)
        _ = press(.nextField, &state)
        type("Kim", &state)
        _ = press(.saveForm, &state)
        var theirs = Fixtures.policy().checklist[1]
        theirs.owner = "Pat Other"
        theirs.version = 3
        _ = Reducer.reduce(&state, .saveConflicted(.form, current: .checklistEntry(theirs)))
        let effects = press(.overwriteRecord, &state)
        var mine = theirs
        mine.owner = "Kim"
        #expect(effects == [.apply(.saveChecklistEntry(mine), before: .checklistEntry(theirs), origin: .form)])
    }

    @Test func spaceCyclesTheSelectedItemsStatus() throws {
        var state = Fixtures.professionState(pane: .checklist, zoomed: true)
        let c01 = Fixtures.policy().checklist[0]
        var next = c01
        next.status = .notApplicable
        #expect(press(.cycleStatus, &state) == [.apply(.saveChecklistEntry(next), before: .checklistEntry(c01), origin: .quick)])
        // Not zoomed: space does nothing (the summary has no selectable items).
        var summary = Fixtures.professionState(pane: .checklist, zoomed: false)
        #expect(send(try #require(boundKey(.cycleStatus, in: state)), &summary) == [])
    }

    @Test func newMaturityAssessmentWithDigitsForTheLevel() {
        var state = Fixtures.professionState(pane: .maturity)
        _ = press(.down, &state)         // Recruitment, self-assessed L3
        _ = press(.newAssessment, &state)
        #expect(state.form?.field("Level")?.value == "3 Defined")
        _ = send(.char("5"), &state)
        #expect(state.form?.field("Level")?.value == "5 Embedded")
        _ = press(.nextField, &state)
        #expect(state.form?.field("Assessor")?.value == "Jo Editor")
        erase(20, &state)
        _ = press(.nextField, &state)
        _ = press(.nextField, &state)
        type("Panel agreed 5", &state)
        #expect(press(.submitField, &state) == [])
        #expect(state.form?.field("Assessor")?.error == "required")
        #expect(state.form?.focus == 1)
        type("Sam Assessor", &state)
        let effects = press(.saveForm, &state)
        let expected = MaturityAssessment(professionId: 1, area: 2, level: 5, date: Fixtures.today, assessor: "Sam Assessor",
                                          rationale: "Panel agreed 5")
        #expect(effects == [.apply(.saveMaturityAssessment(expected), before: nil, origin: .form)])
    }

    @Test func aMaturityAssessmentInTheHistoryIsCorrectedAtItsVersionAndUndoIsItsInverse() throws {
        // Policy's full-screen maturity pane: area 1's history, newest first, is L4 (id 2), L2 (id 1)
        var state = Fixtures.professionState(pane: .maturity, zoomed: true)
        let original = try #require(state.profession?.dashboard?.maturity.areas[0].history.first)
        #expect(original.id == 1)
        _ = press(.scrollRight, &state)
        _ = press(.editSelected, &state)
        #expect(state.form?.field("Level")?.value.hasPrefix("2 ") == true)
        #expect(state.form?.field("Date")?.value == "2025-01-01")
        _ = send(.char("3"), &state)
        let effects = press(.saveForm, &state)
        var corrected = original
        corrected.level = 3
        #expect(effects == [.apply(.saveMaturityAssessment(corrected), before: .maturityAssessment(original), origin: .form)])
        // Saved at version 2: undo puts the old values back at that version
        var saved = corrected
        saved.version = original.version + 1
        let applied = AppliedChange(change: .saveMaturityAssessment(corrected), before: .maturityAssessment(original),
                                    after: .maturityAssessment(saved), origin: .form)
        var undone = original
        undone.version = saved.version
        #expect(applied.inverse == .saveMaturityAssessment(undone))
        // A conflict keeps the form, asking; reload shows what is stored now
        let theirs = MaturityAssessment(id: 1, professionId: 1, area: 1, level: 5, date: original.date, assessor: "Pat Other",
                                        version: 7)
        _ = Reducer.reduce(&state, .saveConflicted(.form, current: .maturityAssessment(theirs)))
        #expect(state.form?.prompt == .conflict(current: .maturityAssessment(theirs)))
        _ = press(.reloadRecord, &state)
        #expect(state.form?.field("Assessor")?.value == "Pat Other")
        #expect(state.form?.field("Level")?.value.hasPrefix("5 ") == true)
        guard case .maturityAssessment(let base)? = state.form.map({ $0.subject }) else { Issue.record("not maturity"); return }
        #expect(base.version == 7)
    }

    @Test func aMaturityAssessmentIsDeletedOnlyOnYesAndUndoAddsItBack() throws {
        var state = Fixtures.professionState(pane: .maturity, zoomed: true)
        let newest = try #require(state.profession?.dashboard?.maturity.areas[0].history.last)
        // d asks (only y and n are keys now); n keeps it
        #expect(press(.deleteSelected, &state) == [])
        #expect(Keymap.scopes(for: state).first == .deletePrompt)
        #expect(press(.cancelDelete, &state) == [])
        #expect(state.profession?.pendingDelete == nil)
        // d then y asks the store to delete it, at the version read
        _ = press(.deleteSelected, &state)
        #expect(press(.confirmDelete, &state)
                == [.apply(.deleteMaturityAssessment(newest), before: .maturityAssessment(newest), origin: .quick)])
        // Undo adds it back as a new record with the same values
        let applied = AppliedChange(change: .deleteMaturityAssessment(newest), before: .maturityAssessment(newest), after: nil,
                                    origin: .quick)
        var again = newest
        again.id = 0; again.version = 0
        #expect(applied.inverse == .saveMaturityAssessment(again))
        // Outside the full-screen pane d and e do nothing to maturity
        var grid = Fixtures.professionState(pane: .maturity, zoomed: false)
        #expect(boundKey(.deleteSelected, in: grid) == nil)
        _ = send(.char("e"), &grid)
        #expect(grid.form == nil)
    }

    @Test func aReloadWhileAFormIsOpenLeavesTheFormAlone() {
        var state = checklistOnC02()
        _ = press(.editSelected, &state)
        _ = press(.nextField, &state)
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
        #expect(press(.undo, &state) == [])
        #expect(state.status == "Nothing to undo: no change has been made in this session.")
    }
}
