import Testing
import HopModel
import HopStore
import TerminalUI
import HopStoreAdapter
@testable import HopApp

/// Saves, undo and conflicts through the real runtime over the real store in memory; where the
/// store must fail, the failure is injected in front of it.
@Suite struct EditingRuntimeTests {
    /// Policy's dashboard over the test store, with `pane` focused (and zoomed, for the checklist).
    func start(_ pane: Pane = .checklist, store: Store = TestStore.make()) -> DemoApp {
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.focusPane(pane))
        if pane == .checklist { app.press(.open) }
        return app
    }

    func entry(_ store: Store, _ item: String) throws -> ChecklistEntry? {
        try store.checklist(professionId: 1).first { $0.itemId == item }
    }

    @Test func spaceSavesAndUndoPutsItBackRepeatedly() throws {
        let store = TestStore.make()
        let app = start(store: store)
        let version = try #require(try entry(store, "C01")?.version)
        app.press(.cycleStatus)
        #expect(try entry(store, "C01")?.status == .notApplicable)
        app.press(.cycleStatus)
        #expect(try entry(store, "C01")?.status == .notStarted)
        #expect(app.runtime.state.dashboardEntry("C01")?.status == .notStarted, "the pane shows the save at once")
        app.press(.undo)
        #expect(try entry(store, "C01")?.status == .notApplicable)
        app.press(.undo)
        #expect(try entry(store, "C01")?.status == .done)
        #expect(app.runtime.state.undoStack.isEmpty)
        #expect(app.runtime.state.notice?.hasPrefix("Undone.") == true)
        // Undo writes through the store like any change: four saves, four new versions.
        #expect(try entry(store, "C01")?.version == version + 4)
    }

    @Test func undoOverSomeoneElsesLaterChangeIsRefused() throws {
        let store = TestStore.make()
        let app = start(store: store)
        app.press(.cycleStatus)
        var theirs = try #require(try entry(store, "C01"))
        theirs.owner = "Pat Other"
        try store.saveChecklistEntry(theirs, on: DemoApp.today, by: "pat.other")
        app.press(.undo)
        #expect(app.runtime.state.status == "Cannot undo: someone else has changed that record since. Nothing was changed.")
        #expect(try entry(store, "C01")?.owner == "Pat Other")
        #expect(app.runtime.state.undoStack.isEmpty)
    }

    @Test func maturityAssessmentIsAddedAndUndoWithdrawsIt() throws {
        let store = TestStore.make()
        let app = start(.maturity, store: store)
        app.press(.down, .down, .newAssessment)
        app.type("4")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        let maturity = try store.professionData(id: 1, today: DemoApp.today).maturity
        #expect(maturity.count == 4)
        let added = try #require(maturity.first { $0.area == 3 })
        #expect(added.level == 4)
        #expect(added.assessor == DemoApp.user)
        #expect(app.runtime.state.profession?.dashboard?.maturity.areas[2].selfAssessed == 4)
        app.press(.undo)
        #expect(try store.professionData(id: 1, today: DemoApp.today).maturity.count == 3)
        #expect(app.runtime.state.profession?.dashboard?.maturity.areas[2].selfAssessed == nil)
    }

    @Test func aFailingStoreKeepsTheFormOpenAndNeverSaysSaved() throws {
        let store = TestStore.make()
        // The store's failure (opened read-only) is injected in front of the real store.
        let client = InstrumentedClient(StoreAdapter(store, user: DemoApp.user))
        let app = DemoApp(size: Size(width: 80, height: 24), store: store, client: client)
        app.open("POL")
        app.press(.focusPane(.checklist), .open)
        client.failNext = "The store at /tmp/s.sqlite is open read-only; nothing was changed."
        app.press(.editSelected, .nextField)
        app.type("Kim")
        app.press(.saveForm)
        #expect(app.runtime.state.form?.field("Owner")?.value == "Sam OwnerKim")
        #expect(app.runtime.state.form?.failure?.contains("read-only") == true)
        #expect(app.runtime.state.notice == nil)
        #expect(app.screen.contains { $0.contains("Not saved.") })
        #expect(try entry(store, "C01")?.owner == "Sam Owner")
        // Saving again once the store recovers works.
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        #expect(try entry(store, "C01")?.owner == "Sam OwnerKim")
    }

    @Test func twoEditorsOfOneItemGetTheConflictPrompt() throws {
        let store = TestStore.make()
        let app = start(store: store)
        app.press(.editSelected, .nextField)
        app.type("K")
        // Another process saves the same item while the form is open.
        var theirs = try #require(try entry(store, "C01"))
        theirs.owner = "Pat Other"
        let stored = try store.saveChecklistEntry(theirs, on: DemoApp.today, by: "pat.other")
        app.runtime.handle(.tick)
        app.press(.saveForm)
        #expect(app.runtime.state.form?.prompt == .conflict(current: .checklistEntry(stored)))
        #expect(app.screen.contains { $0.contains("Someone else saved this after you opened it.") })
        app.press(.overwriteRecord)
        #expect(app.runtime.state.form == nil)
        #expect(try entry(store, "C01")?.owner == "Sam OwnerK")
        #expect(try entry(store, "C01")?.version == stored.version + 1)
    }

    @Test func theTerminalCursorSitsInTheFocusedTextField() {
        let app = start()
        app.press(.editSelected)
        #expect(app.backend.cursor == nil, "no cursor on a choice field")
        app.press(.nextField)
        guard let at = app.backend.cursor else { Issue.record("no cursor"); return }
        let row = app.backend.screen.lines[at.y]
        #expect(row.contains("Owner"))
        let drawsBefore = app.backend.drawCalls
        app.send(.left)   // moves the cursor in the text
        #expect(app.backend.drawCalls == drawsBefore + 1, "moving the cursor alone is drawn")
        #expect(app.backend.cursor?.x == at.x - 1)
    }

    /// The focused text field's count against its limit (`FieldLimit`), at 80 columns.
    @Test func aFocusedTextFieldShowsItsCounter() {
        let app = start()
        app.press(.down, .editSelected, .nextField)
        for c in "Kim Lee" { app.send(.char(c)) }
        #expect(app.backend.screen.lines.contains { $0.contains("Owner: 7/80 characters") })
        app.press(.nextField)
        #expect(!app.backend.screen.lines.contains { $0.contains("characters") }, "a date field has no counter")
    }

    @Test func formAt80x24ShowsFieldsErrorsBesideThemAndKeys() {
        let app = start()
        app.press(.down, .editSelected, .nextField, .nextField)
        app.send(.backspace)
        app.press(.saveForm)
        let lines = app.backend.screen.lines
        #expect(lines.contains { $0.contains("Checklist C02") })
        let due = lines.first { $0.contains("Due date") } ?? ""
        #expect(due.contains("2026-09-0"))
        #expect(due.contains("use YYYY-MM-DD or DD/MM/YYYY"))
        #expect(lines.contains { $0.contains("‹ In progress ›") })
        #expect(lines.contains { $0.contains("Esc cancels") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 80 })
    }
}

extension AppState {
    func dashboardEntry(_ item: String) -> ChecklistEntry? {
        profession?.dashboard?.checklist.rows.first { $0.item.id == item }?.entry
    }
}
