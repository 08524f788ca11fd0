import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// The profession's details and its CPD requirement: forms on the dashboard, with undo.
@Suite struct ProfessionFormTests {
    func start(_ state: AppState = Fixtures.professionState(), store: FakeStore = FakeStore()) -> (Runtime, MemoryBackend, FakeStore) {
        let backend = MemoryBackend(size: state.size)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: store, today: { Fixtures.today })
        runtime.start()
        return (runtime, backend, store)
    }

    @Test func headOfProfessionAndScaleAreEditedAndUndone() {
        let (runtime, backend, store) = start()
        keys([.char("p")], runtime)
        #expect(runtime.state.form?.field("Levels")?.value == "Awareness, Working, Practitioner, Expert")
        keys([.tab, .tab, .end] + text(" (acting)") + [.tab, .tab, .tab, .char("y"), .tab, .end] + text(",") + [.ctrl("s")], runtime)
        #expect(runtime.state.form?.field("Levels")?.error == "a name is blank")
        #expect(backend.screen.lines.contains { $0.contains("a name is blank") })
        keys(text(" Leader") + [.ctrl("s")], runtime)
        #expect(runtime.state.form == nil)
        let saved = store.professions[0].profession
        #expect(saved.headName == "Alex Example (acting)")
        #expect(saved.isNew)
        #expect(saved.scaleLabels == ["Awareness", "Working", "Practitioner", "Expert", "Leader"])
        keys([.char("u")], runtime)
        #expect(store.professions[0].profession.headName == "Alex Example")
        #expect(store.professions[0].profession.scaleMax == 4)
    }

    @Test func cpdRequirementHoursCycleAndCountedTypes() {
        var state = Fixtures.professionState(pane: .cpd)
        state.user = "Jo"
        let (runtime, _, store) = start(state)
        keys([.char("e")], runtime)
        #expect(runtime.state.form?.title == "CPD requirement")
        #expect(runtime.state.form?.field("Hours/cycle")?.value == "30")
        #expect(runtime.state.form?.field("Cycle from")?.value == "April")
        keys([.backspace, .backspace] + text("40") + [.tab, .char("s"), .tab, .char("n"), .ctrl("s")], runtime)
        let saved = store.professions[0].cpdRequirement
        #expect(saved?.hoursPerCycle == 40)
        #expect(saved?.cycleStartMonth == 9)
        #expect(saved?.countedTypes.contains(.course) == false)
        #expect(saved?.countedTypes.count == CPDActivityType.allCases.count - 1)
        keys([.char("u")], runtime)
        #expect(store.professions[0].cpdRequirement?.hoursPerCycle == 30)
    }

    @Test func aFirstCPDRequirementIsCreatedAndUndoRemovesIt() {
        var data = Fixtures.policy()
        data.cpdRequirement = nil
        let store = FakeStore([data, Fixtures.dataEthics()])
        var state = Fixtures.professionState(pane: .cpd)
        _ = Reducer.reduce(&state, .professionLoaded(data))
        let (runtime, _, _) = start(state, store: store)
        keys([.char("e"), .backspace] + text("12") + [.ctrl("s")], runtime)
        #expect(store.professions[0].cpdRequirement?.hoursPerCycle == 12)
        keys([.char("u")], runtime)
        #expect(store.professions[0].cpdRequirement == nil)
    }
}
