import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// The change log overlay: for the profession, for the selected record; when, who, what,
/// before → after.
@Suite struct ChangeLogTests {
    let update = ChangeLogEntry(id: 2, at: "2026-10-01T09:30:00Z", user: "jo.editor", table: "checklist_entry",
                                recordId: "1/C01", action: "update", professionId: 1,
                                before: #"{"profession_id":1,"item_id":"C01","owner":"Sam","status":"done","version":1}"#,
                                after: #"{"profession_id":1,"item_id":"C01","owner":"Kim","status":"done","version":2}"#)

    @Test func linesSayWhenWhoWhatAndBeforeToAfter() {
        let lines = ChangeLogView.lines(update)
        #expect(lines.heading == "2026-10-01 09:30:00 UTC  jo.editor  update checklist entry 1/C01")
        #expect(lines.detail == "owner: Sam → Kim")
        var insert = update
        insert.action = "insert"
        insert.before = nil
        #expect(ChangeLogView.lines(insert).detail == "item_id: C01; owner: Kim; profession_id: 1; status: done")
        var delete = update
        delete.after = nil
        #expect(ChangeLogView.lines(delete).detail.hasPrefix("was item_id: C01; owner: Sam"))
    }

    @Test func cOnTheDashboardShowsTheProfessionsLog() {
        var state = Fixtures.professionState()
        let effects = Reducer.reduce(&state, Keymap.resolve(.char("c"), state: state)!)
        #expect(effects == [.loadChangeLog(.profession(1))])
        _ = Reducer.reduce(&state, .changeLogLoaded([update]))
        guard case .changeLog(let view) = state.overlay else { Issue.record("no change log"); return }
        #expect(view.title == "Changes in Policy")
        #expect(view.entries == [update])
        _ = Reducer.reduce(&state, Keymap.resolve(.escape, state: state)!)
        #expect(state.overlay == nil)
    }

    @Test func cOnAChecklistItemShowsItsHistoryOnScreen() {
        let store = FakeStore()
        store.log = [update]
        let state = Fixtures.professionState(pane: .checklist, zoomed: true)
        let backend = MemoryBackend(size: state.size)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: store, today: { Fixtures.today })
        runtime.start()
        runtime.handle(.key(.char("c")))
        runtime.render()
        #expect(store.logQueries == [.record(.checklistEntry(Fixtures.policy().checklist[0]))])
        let screen = backend.screen.lines.joined(separator: "\n")
        #expect(screen.contains("Changes to checklist item C01"))
        #expect(screen.contains("jo.editor  update checklist entry 1/C01"))
        #expect(screen.contains("owner: Sam → Kim"))
    }
}
