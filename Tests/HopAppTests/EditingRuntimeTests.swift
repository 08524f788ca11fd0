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
        _ = try store.saveChecklistEntry(theirs, on: DemoApp.today, by: "pat.other")
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

    func maturity(_ store: Store, id: RowID) throws -> MaturityAssessment? {
        try store.professionData(id: 1, today: DemoApp.today).maturity.first { $0.id == id }
    }

    /// Policy's full-screen maturity pane: area 1 holds L4 of 2026-01-01 (id 2, newest) and L2 of
    /// 2025-01-01 (id 1).
    func maturityHistory(_ store: Store, size: Size = Size(width: 80, height: 24)) -> DemoApp {
        let app = DemoApp(size: size, store: store)
        app.open("POL")
        app.press(.focusPane(.maturity), .open)
        return app
    }

    @Test func aMaturityAssessmentEnteredByMistakeIsCorrectedAndUndoPutsItBack() throws {
        let store = TestStore.make()
        let app = maturityHistory(store)
        // Select the older assessment of area 1 and correct its level from 2 to 3
        app.press(.scrollRight, .editSelected)
        let form = try #require(app.runtime.state.form)
        #expect(form.title.hasPrefix("Maturity assessment of 2025-01-01"))
        #expect(form.field("Level")?.value.hasPrefix("2 ") == true)
        #expect(form.field("Assessor")?.value == "Alex Example")
        app.type("3")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        let corrected = try #require(try maturity(store, id: 1))
        #expect(corrected.level == 3 && corrected.assessor == "Alex Example" && corrected.version == 2)
        #expect(try store.professionData(id: 1, today: DemoApp.today).maturity.count == 3, "corrected, not added")
        #expect(app.runtime.state.notice?.hasSuffix("u undoes.") == true)
        // The change log names the record and who changed it
        let log = try store.changeLog(kind: .maturityAssessment, recordId: "1")
        #expect(log.first?.action == "update" && log.first?.user == DemoApp.user)
        #expect(ChangeLogView.what(try #require(log.first)) == "update maturity assessment area 1, Policy (POL)")
        // Undo puts the mistaken level back, logged as an undo
        app.press(.undo)
        #expect(try maturity(store, id: 1)?.level == 2)
        #expect(try store.changeLog(kind: .maturityAssessment, recordId: "1").first?.action == "undo")
        #expect(app.runtime.state.undoStack.isEmpty)
    }

    @Test func aMaturityAssessmentIsDeletedOnlyAfterAskingAndUndoPutsItBack() throws {
        let store = TestStore.make()
        let app = maturityHistory(store)
        #expect(app.runtime.state.profession?.dashboard?.maturity.areas[0].selfAssessed == 4)
        // d asks, naming the assessment; n keeps it
        app.press(.deleteSelected)
        let question = "Delete the maturity assessment of"
        #expect(app.screen.contains { $0.contains(question) })
        app.press(.cancelDelete)
        #expect(!app.screen.contains { $0.contains(question) })
        #expect(try maturity(store, id: 2) != nil)
        // d then y deletes the newest: the area is then as the one before says
        app.press(.deleteSelected, .confirmDelete)
        #expect(try maturity(store, id: 2) == nil)
        #expect(app.runtime.state.profession?.dashboard?.maturity.areas[0].selfAssessed == 2)
        #expect(app.runtime.state.notice?.contains("deleted. u undoes.") == true)
        #expect(try store.changeLog(kind: .maturityAssessment, recordId: "2").first?.action == "delete")
        // Undo adds it back, whole
        app.press(.undo)
        let back = try #require(try store.professionData(id: 1, today: DemoApp.today).maturity.first {
            $0.area == 1 && $0.level == 4 && $0.rationale == "Workforce plan agreed with HR" })
        #expect(back.date == Day(iso: "2026-01-01") && back.assessor == "Alex Example")
        #expect(app.runtime.state.profession?.dashboard?.maturity.areas[0].selfAssessed == 4)
    }

    @Test func twoEditorsOfOneMaturityAssessmentGetTheConflictPrompt() throws {
        let store = TestStore.make()
        let app = maturityHistory(store)
        app.press(.editSelected)
        app.type("5")
        // Another process corrects the same assessment while the form is open
        var theirs = try #require(try maturity(store, id: 2))
        theirs.rationale = "Corrected by the board"
        let stored = try store.updateMaturityAssessment(theirs, by: "pat.other")
        app.runtime.handle(.tick)
        app.press(.saveForm)
        #expect(app.runtime.state.form?.prompt == .conflict(current: .maturityAssessment(stored)))
        #expect(app.screen.contains { $0.contains("Someone else saved this after you opened it.") })
        // Reload shows theirs, and nothing of mine was saved
        app.press(.reloadRecord)
        #expect(app.runtime.state.form?.field("Rationale")?.value == "Corrected by the board")
        #expect(app.runtime.state.form?.field("Level")?.value.hasPrefix("4 ") == true)
        #expect(try maturity(store, id: 2) == stored)
        app.press(.cancelForm)
        // A delete asked before someone else's correction is refused, and the record stays
        app.press(.deleteSelected)
        var again = stored
        again.level = 3
        let latest = try store.updateMaturityAssessment(again, by: "pat.other")
        app.press(.confirmDelete)
        #expect(app.runtime.state.status?.hasPrefix("Not saved: someone else changed this item first.") == true)
        #expect(try maturity(store, id: 2) == latest)
    }

    @Test func theMaturityHistoryShowsItsSelectionAndAskingAt80x24And200x60() throws {
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let app = maturityHistory(TestStore.make(), size: size)
            app.press(.scrollRight, .deleteSelected)
            // The question is on screen whole, and every row fits the terminal
            let screen = app.screen
            #expect(screen.contains { $0.contains("Delete the maturity assessment of") }, "\(size)")
            #expect(screen.contains { $0.contains("n keeps it.") }, "\(size)")
            #expect(app.backend.screen.lines.allSatisfy { DisplayWidth.of($0) == size.width }, "\(size)")
            #expect(screen.contains { $0.contains("2025-01-01") && $0.contains("L2") }, "\(size)")
        }
    }

    @Test func aFailingStoreKeepsTheFormOpenAndNeverSaysSaved() throws {
        let store = TestStore.make()
        // The store's failure (opened read-only) is injected in front of the real store.
        let client = InstrumentedClient(DemoApp.adapter(store))
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
