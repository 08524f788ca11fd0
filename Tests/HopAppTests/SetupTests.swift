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

    @Test func deleteAsksFirstAndAnInUseDepartmentIsRefusedPlainly() {
        let (runtime, backend, store) = start()
        // DFA has members: the question names it, the store refuses, the list is unchanged
        keys([.char("d")], runtime)
        #expect(backend.screen.lines.joined().contains("Delete the department DFA Department for Anything?"))
        keys([.char("y")], runtime)
        #expect(store.departmentList.count == 2)
        #expect(runtime.state.status?.contains("Not saved.") == true)
        // WG has none: it goes, and u puts it back
        keys([.down, .char("d"), .char("n")], runtime)
        #expect(store.departmentList.count == 2)
        keys([.char("d"), .char("y")], runtime)
        #expect(store.departmentList.map(\.code) == ["DFA"])
        keys([.char("u")], runtime)
        #expect(store.departmentList.map(\.code) == ["DFA", "WG"])
    }

    @Test func aGradeNobodyHoldsIsDeletedAfterTheQuestion() {
        let (runtime, backend, store) = start()
        store.staff.removeAll { $0.gradeId == 10 }
        keys([.tab, .end], runtime)
        for _ in 0..<9 { keys([.down], runtime) }
        keys([.char("d")], runtime)
        #expect(backend.screen.lines.joined().contains("Delete the grade SCS3 Director General, with the skill levels"))
        keys([.char("y")], runtime)
        #expect(store.gradeList.map(\.code).last == "SCS2")
        #expect(runtime.state.setup.grades.count == 9)
    }
}
