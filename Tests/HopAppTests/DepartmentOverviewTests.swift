import Testing
import HopModel
import TerminalUI
@testable import HopApp

/// The overview by department (v): each department's figures for its own staff.
@Suite struct DepartmentOverviewTests {
    /// Two departments: one with both fixture professions, one with Policy only.
    func store() -> FakeStore {
        let store = FakeStore()
        store.departmentData = [
            DepartmentData(department: Department(id: 1, code: "DFA", name: "Department for Fictional Affairs"),
                           staff: 31, professions: [Fixtures.dataEthics(), Fixtures.policy()]),
            DepartmentData(department: Department(id: 2, code: "DFB", name: "Department for Fabled Business"),
                           staff: 18, professions: [Fixtures.policy()]),
        ]
        return store
    }

    @Test func departmentsSideBySideAt80x24() {
        let (_, backend) = run([key(.toggleDepartments)], store: store())
        // DFA: Policy's 5 of 18 on CPD (Data Ethics sets no requirement), 7 of 25 latest levels
        // below, 15 of 30 members assessed; DFB: Policy alone, whose 15 of 18 assessed is withheld
        // (it would say 3 were never assessed).
        #expect(backend.screen.trimmedLines == [
            " hopdash · Overview · 2 professions                                  1 Oct 2026",
            "┌ ▶ Departments compared ──────────────────────────────────────────────────────┐",
            "│Department                                    Staff Profs   CPD Below Assessed│",
            "│DFA Department for Fictional Affairs             31     2   28%   28%      50%│",
            "│DFB Department for Fabled Business               18     1   28%   28%      n/a│",
        ] + Array(repeating: "│                                                                              │", count: 15) + [
            "│CPD: completed or on track · Below: latest levels under the required level    │",
            "│Assessed: members with an assessment · own staff only · <5, n/a: too few      │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "v/Esc Professions  o Overview  ? Help  q/Ctrl-C Quit",
        ], "\n\(backend.screen.picture)")
    }

    @Test func vLoadsDepartmentsOnceAndGoesBack() {
        var state = Fixtures.loadedState()
        #expect(Reducer.reduce(&state, .command(.toggleDepartments)) == [.loadDepartments])
        #expect(state.overview.byDepartment)
        _ = Reducer.reduce(&state, .departmentsLoaded(store().departmentData))
        #expect(state.overview.departments.map(\.code) == ["DFA", "DFB"])
        #expect(Reducer.reduce(&state, .command(.toggleDepartments)) == [])
        #expect(!state.overview.byDepartment)
        #expect(Reducer.reduce(&state, .command(.toggleDepartments)) == [])
        // A change in the store makes the figures stale; they are read again on the overview.
        #expect(Reducer.reduce(&state, .storeChanged) == [.loadOverview, .loadDepartments])
    }

    @Test func kioskCannotReachTheDepartmentView() {
        let state = Fixtures.state(in: .overview, mode: .kiosk)
        #expect(Keymap.resolve(.char("v"), state: state) == nil)
    }
}
