import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// The overview as the list of professions: add one, delete one (asking first), and the
/// mandatory qualifications a profession sets, grade by grade.
@Suite struct ProfessionListTests {
    @Test func aNewProfessionIsAddedFromTheOverview() {
        let store = FakeStore()
        let (runtime, _) = run([key(.newRecord)], store: store)
        #expect(runtime.state.form?.title == "New profession")
        keys(text("COM") + [key(.nextField)] + text("Commercial") + [key(.nextField)] + text("Jo Head") + [key(.saveForm)], runtime)
        #expect(runtime.state.form == nil)
        #expect(store.professions.map(\.profession.code) == ["POL", "DETH", "COM"])
        #expect(runtime.state.overview.rows.contains { $0.name == "Commercial" })
        #expect(runtime.state.notice?.contains("Saved: profession COM Commercial") == true)
    }

    @Test func deletingAProfessionAsksNamingWhatGoesAndItsMembers() {
        let store = FakeStore()
        let (runtime, backend) = run([key(.deleteSelected)], store: store)
        let question = backend.screen.lines.joined()
        #expect(question.contains("Delete Data Ethics (DETH)? Its 12 members stay as staff and its movements stay"))
        #expect(question.contains("cannot bring them back)."))
        keys([key(.cancelDelete)], runtime)
        #expect(store.professions.count == 2)
        keys([key(.deleteSelected), key(.confirmDelete)], runtime)
        #expect(store.professions.map(\.profession.code) == ["POL"])
        #expect(runtime.state.overview.rows.map(\.code) == ["POL"])
    }

    @Test func mandatoryQualificationsAreSetPerGradeUndoneAndConflictsAsk() {
        let store = FakeStore()
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let runtime = Runtime(state: Fixtures.professionState(pane: .cpd), backend: backend, theme: .monochrome, client: store,
                              today: { Fixtures.today })
        runtime.start()
        keys([.char("Q")], runtime)
        #expect(runtime.state.form?.title == "Mandatory qualifications by grade")
        #expect(runtime.state.form?.field("At G7")?.value == "Policy Standards")
        // G6 gains two, G7 keeps its one; a name given twice is kept once
        keys([.tab, .tab, .tab, .tab, .tab, .tab] + text("MBA, Leadership, MBA") + [.ctrl("s")], runtime)
        #expect(runtime.state.form == nil)
        let saved = store.professions[0].qualificationRequirements
        #expect(saved.map(\.qualification) == ["Policy Standards", "MBA", "Leadership"])
        #expect(saved.map(\.gradeId) == [6, 7, 7])
        keys([.char("u")], runtime)
        #expect(store.professions[0].qualificationRequirements.map(\.qualification) == ["Policy Standards"])
        // Someone else changes them while the form is open: the conflict prompt, not an overwrite
        keys([.char("Q")], runtime)
        store.professions[0].qualificationRequirements = []
        keys([.tab] + text("Induction") + [.ctrl("s")], runtime)
        guard case .conflict(let current)? = runtime.state.form?.prompt else { Issue.record("no conflict prompt"); return }
        #expect(current == .qualificationRequirements(professionId: 1, []))
        #expect(store.professions[0].qualificationRequirements.isEmpty)
    }
}
