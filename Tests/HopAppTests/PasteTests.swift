import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// A bracketed paste is text for the focused field, never keys (issue: two lines pasted into a
/// form's last field saved the form, then the pasted space cycled checklist item C01).
@Suite struct PasteTests {
    func start(_ store: Store) -> DemoApp {
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.focusPane(.checklist), .open)
        return app
    }

    func entry(_ store: Store, _ item: String) throws -> ChecklistEntry? {
        try store.checklist(professionId: 1).first { $0.itemId == item }
    }

    func paste(_ text: String, _ app: DemoApp) {
        app.runtime.handle(.paste(text))
        app.runtime.render()
    }

    @Test func twoLinesPastedIntoTheLastFieldNeitherSaveNorCycleAnItem() throws {
        let store = TestStore.make()
        let app = start(store)
        let before = try #require(try entry(store, "C01"))
        app.press(.editSelected, .nextField, .nextField, .nextField)
        #expect(app.runtime.state.form?.isOnLastField == true)
        let evidence = try #require(app.runtime.state.form?.field("Evidence")?.value)
        // As a terminal sends it: the line break is a CR, and the second line has a space.
        paste("Minutes of the board\rsigned off by the head", app)
        let form = try #require(app.runtime.state.form, "the form is still open")
        #expect(form.field("Evidence")?.value == evidence + "Minutes of the board signed off by the head")
        #expect(try entry(store, "C01") == before, "nothing was saved, C01 was not cycled")
        #expect(app.runtime.state.undoStack.isEmpty)
        // Saving is still the user's own act.
        app.press(.saveForm)
        #expect(try entry(store, "C01")?.evidence == evidence + "Minutes of the board signed off by the head")
        #expect(try entry(store, "C01")?.status == before.status)
    }

    @Test func aPasteOutsideAFormDoesNothing() throws {
        let store = TestStore.make()
        let app = start(store)
        let before = try #require(try entry(store, "C01"))
        let screen = app.screen
        paste(" q\r?", app)
        #expect(try entry(store, "C01") == before)
        #expect(app.runtime.state.isRunning, "the pasted q did not quit")
        #expect(app.runtime.state.overlay == nil, "the pasted ? did not open help")
        #expect(app.runtime.state.undoStack.isEmpty)
        #expect(app.screen == screen)
    }

    @Test func aPasteIntoAChoiceDoesNothingAndControlsAreStripped() throws {
        let store = TestStore.make()
        let app = start(store)
        app.press(.editSelected)
        let status = app.runtime.state.form?.fields[0].choice
        paste("n/a", app)
        #expect(app.runtime.state.form?.fields[0].choice == status)
        app.press(.nextField)
        let owner = try #require(app.runtime.state.form?.field("Owner")?.value)
        paste("\u{1B}]52;c;aGk=\u{07}Kim\u{9B}2J", app)
        #expect(app.runtime.state.form?.field("Owner")?.value == owner + "]52;c;aGk=Kim2J")
    }

    @Test func aPastePastTheFieldsLimitIsKeptWholeAndRefusedOnSave() throws {
        let store = TestStore.make()
        let app = start(store)
        app.press(.editSelected, .nextField)
        let owner = try #require(app.runtime.state.form?.field("Owner"))
        let limit = try #require(owner.limit).characters
        paste(String(repeating: "x", count: limit * 2), app)
        // Nothing pasted is cut: the field holds all of it, and says it is over its limit.
        let pasted = try #require(app.runtime.state.form?.field("Owner"))
        #expect(pasted.input.text == owner.input.text + String(repeating: "x", count: limit * 2))
        #expect(pasted.validationError() == "at most \(limit) characters")
    }
}

/// A refused undo leaves the undo history as it was.
@Suite struct RefusedUndoTests {
    @Test func anUndoRefusedForWantOfAnInverseKeepsTheHistory() {
        var state = Fixtures.loadedState()
        let entry = ChecklistEntry(professionId: 1, itemId: "C01", status: .done, version: 2)
        var cycled = entry
        cycled.status = .notApplicable
        cycled.version = 3
        let undoable = AppliedChange(change: .saveChecklistEntry(cycled), before: .checklistEntry(entry),
                                     after: .checklistEntry(cycled), origin: .quick)
        let skill = Skill(id: 3, professionId: 1, name: "Drafting", version: 2)
        let without = AppliedChange(change: .deleteSkill(skill), before: .skill(skill, requirements: []), after: nil, origin: .quick)
        state.undoStack = [undoable, without]
        let effects = Reducer.reduce(&state, .command(.undo))
        #expect(effects.isEmpty)
        #expect(state.undoStack == [undoable, without])
        #expect(state.status?.contains("cannot be undone. Nothing was changed.") == true)
    }
}
