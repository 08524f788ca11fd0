import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// Departments and the grade ladder (D): list, add, edit, undo.
@Suite struct SetupTests {
    func start() -> (Runtime, MemoryBackend, FakeStore) {
        let store = FakeStore()
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let runtime = Runtime(state: Fixtures.loadedState(), backend: backend, theme: .monochrome, client: store,
                              today: { Fixtures.today })
        runtime.start()
        keys([.char("D")], runtime)
        return (runtime, backend, store)
    }

    @Test func departmentsAndGradesAreListedAndEdited() {
        let (runtime, backend, store) = start()
        #expect(runtime.state.screen == .setup)
        #expect(backend.screen.lines.contains { $0.contains("WG          Welsh Government (devolved)") })
        keys([.char("n")] + text("SG") + [.tab] + text("Scottish Government") + [.tab, .char("y"), .ctrl("s")], runtime)
        #expect(store.departmentList.last == Department(id: 3, code: "SG", name: "Scottish Government", isDevolved: true, version: 1))
        #expect(runtime.state.setup.departments.count == 3)
        keys([.enter, .tab, .end] + text(" (DfA)") + [.ctrl("s")], runtime)
        #expect(store.departmentList[0].name == "Department for Anything (DfA)")
        keys([.char("u")], runtime)
        #expect(store.departmentList[0].name == "Department for Anything")
        keys([.tab, .down, .enter, .tab, .end] + text(" (AO)") + [.ctrl("s")], runtime)
        #expect(store.gradeList[1].name == "Administrative Officer (AO)")
        #expect(backend.screen.lines.contains { $0.contains("2     AO      Administrative Officer (AO)") })
        keys([.escape], runtime)
        #expect(runtime.state.screen == .overview)
    }
}
