import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// Saves, undo and conflicts through the real runtime and a fake store.
@Suite struct EditingRuntimeTests {
    func start(_ state: AppState, store: FakeStore) -> (Runtime, MemoryBackend) {
        let backend = MemoryBackend(size: state.size)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: store, today: { Fixtures.today })
        runtime.start()
        runtime.render()
        return (runtime, backend)
    }

    func entry(_ store: FakeStore, _ item: String) -> ChecklistEntry? {
        store.professions[0].checklist.first { $0.itemId == item }
    }

    @Test func spaceSavesAndUndoPutsItBackRepeatedly() {
        let store = FakeStore()
        let (runtime, _) = start(Fixtures.professionState(pane: .checklist, zoomed: true), store: store)
        keys([.char(" ")], runtime)
        #expect(entry(store, "C01")?.status == .notApplicable)
        keys([.char(" ")], runtime)
        #expect(entry(store, "C01")?.status == .notStarted)
        #expect(runtime.state.dashboardEntry("C01")?.status == .notStarted, "the pane shows the save at once")
        keys([.char("u")], runtime)
        #expect(entry(store, "C01")?.status == .notApplicable)
        keys([.char("u")], runtime)
        #expect(entry(store, "C01")?.status == .done)
        #expect(runtime.state.undoStack.isEmpty)
        #expect(runtime.state.notice?.hasPrefix("Undone.") == true)
        // Undo writes through the store like any change.
        #expect(store.applied.count == 4)
    }

    @Test func undoOverSomeoneElsesLaterChangeIsRefused() {
        let store = FakeStore()
        let (runtime, _) = start(Fixtures.professionState(pane: .checklist, zoomed: true), store: store)
        keys([.char(" ")], runtime)
        store.professions[0].checklist[0].owner = "Pat Other"
        store.professions[0].checklist[0].version += 1
        keys([.char("u")], runtime)
        #expect(runtime.state.status == "Cannot undo: someone else has changed that record since. Nothing was changed.")
        #expect(entry(store, "C01")?.owner == "Pat Other")
        #expect(runtime.state.undoStack.isEmpty)
    }

    @Test func maturityAssessmentIsAddedAndUndoWithdrawsIt() {
        let store = FakeStore()
        let (runtime, _) = start(Fixtures.professionState(pane: .maturity), store: store)
        keys([.down, .down, .char("n"), .char("4"), .ctrl("s")], runtime)
        #expect(runtime.state.form == nil)
        #expect(store.professions[0].maturity.last?.level == 4)
        #expect(store.professions[0].maturity.last?.assessor == "Jo Editor")
        #expect(runtime.state.profession?.dashboard?.maturity.areas[2].selfAssessed == 4)
        keys([.char("u")], runtime)
        #expect(store.professions[0].maturity.count == 3)
        #expect(runtime.state.profession?.dashboard?.maturity.areas[2].selfAssessed == nil)
    }

    @Test func aFailingStoreKeepsTheFormOpenAndNeverSaysSaved() {
        let store = FakeStore()
        let (runtime, backend) = start(Fixtures.professionState(pane: .checklist, zoomed: true), store: store)
        store.failNext = "The store at /tmp/s.sqlite is open read-only; nothing was changed."
        keys([.char("e"), .tab, .char("K"), .char("i"), .char("m"), .ctrl("s")], runtime)
        #expect(runtime.state.form?.field("Owner")?.value == "Sam OwnerKim")
        #expect(runtime.state.form?.failure?.contains("read-only") == true)
        #expect(runtime.state.notice == nil)
        #expect(backend.screen.lines.contains { $0.contains("Not saved.") })
        // Saving again once the store recovers works.
        keys([.ctrl("s")], runtime)
        #expect(runtime.state.form == nil)
        #expect(entry(store, "C01")?.owner == "Sam OwnerKim")
    }

    @Test func twoEditorsOfOneItemGetTheConflictPrompt() {
        let store = FakeStore()
        let (runtime, backend) = start(Fixtures.professionState(pane: .checklist, zoomed: true), store: store)
        keys([.char("e"), .tab, .char("K")], runtime)
        // Another process saves the same item while the form is open.
        store.professions[0].checklist[0].owner = "Pat Other"
        store.professions[0].checklist[0].version = 7
        store.version += 1
        runtime.handle(.tick)
        keys([.ctrl("s")], runtime)
        #expect(runtime.state.form?.prompt == .conflict(current: .checklistEntry(store.professions[0].checklist[0])))
        #expect(backend.screen.lines.contains { $0.contains("Someone else saved this after you opened it.") })
        keys([.char("o")], runtime)
        #expect(runtime.state.form == nil)
        #expect(entry(store, "C01")?.owner == "Sam OwnerK")
        #expect(entry(store, "C01")?.version == 8)
    }

    @Test func theTerminalCursorSitsInTheFocusedTextField() {
        let store = FakeStore()
        let (runtime, backend) = start(Fixtures.professionState(pane: .checklist, zoomed: true), store: store)
        keys([.char("e")], runtime)
        #expect(backend.cursor == nil, "no cursor on a choice field")
        keys([.tab], runtime)
        guard let at = backend.cursor else { Issue.record("no cursor"); return }
        let row = backend.screen.lines[at.y]
        #expect(row.contains("Owner"))
        let drawsBefore = backend.drawCalls
        keys([.left], runtime)
        #expect(backend.drawCalls == drawsBefore + 1, "moving the cursor alone is drawn")
        #expect(backend.cursor?.x == at.x - 1)
    }

    @Test func formAt80x24ShowsFieldsErrorsBesideThemAndKeys() {
        let store = FakeStore()
        let (runtime, backend) = start(Fixtures.professionState(pane: .checklist, zoomed: true), store: store)
        keys([.down, .char("e"), .tab, .tab, .backspace, .ctrl("s")], runtime)
        let lines = backend.screen.lines
        #expect(lines.contains { $0.contains("Checklist C02") })
        let due = lines.first { $0.contains("Due date") } ?? ""
        #expect(due.contains("2026-09-0"))
        #expect(due.contains("must be a date, YYYY-MM-DD"))
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
