import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// Departments and the grade ladder: list, add, edit, undo. Over the real store in memory.
@Suite struct SetupTests {
    func start() -> (DemoApp, Store) {
        let store = TestStore.make()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.press(.show(.setup))
        return (app, store)
    }

    @Test func departmentsAndGradesAreListedAndEdited() throws {
        let (app, store) = start()
        #expect(app.runtime.state.screen == .setup)
        #expect(app.screen.contains { $0.contains("WG          Welsh Government (devolved)") })
        app.press(.newRecord)
        app.type("SG")
        app.press(.nextField)
        app.type("Scottish Government")
        app.press(.nextField)
        app.type("y")
        app.press(.saveForm)
        #expect(try store.departments().first { $0.code == "SG" } == Department(id: 3, code: "SG", name: "Scottish Government",
                                                                                   isDevolved: true, version: 1))
        #expect(app.runtime.state.setup.departments.count == 3)
        app.press(.editSelected, .nextField)
        app.send(.end)
        app.type(" (DfA)")
        app.press(.saveForm)
        #expect(try store.departments().first { $0.id == 1 }?.name == "Department for Anything (DfA)")
        app.press(.undo)
        #expect(try store.departments().first { $0.id == 1 }?.name == "Department for Anything")
        app.press(.nextPane, .down, .editSelected, .nextField)
        app.send(.end)
        app.type(" (AO)")
        app.press(.saveForm)
        #expect(try store.grades()[1].name == "Administrative Officer (AO)")
        #expect(app.screen.contains { $0.contains("2     AO      Administrative Officer (AO)") })
        app.press(.back)
        #expect(app.runtime.state.screen == .overview)
    }

    @Test func deleteAsksFirstAndAnInUseDepartmentIsRefusedPlainly() throws {
        let store = TestStore.make()
        _ = try store.saveDepartment(Department(code: "SG", name: "Scottish Government", isDevolved: true), by: "someone.else")
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.press(.show(.setup))
        // DFA has members: the question names it, the store refuses, the list is unchanged
        app.press(.deleteSelected)
        #expect(app.backend.screen.lines.joined().contains("Delete the department DFA Department for Anything?"))
        app.press(.confirmDelete)
        #expect(try store.departments().count == 3)
        #expect(app.runtime.state.status?.contains("Not saved.") == true)
        // WG is named by Policy's departmental lead: refused too, saying so
        app.press(.down, .down, .deleteSelected, .confirmDelete)
        #expect(try store.departments().count == 3)
        #expect(app.runtime.state.status?.contains("WG is named by 1 departmental lead") == true)
        // SG has no one: it goes after the question, and undo puts it back
        app.press(.up, .deleteSelected, .cancelDelete)
        #expect(try store.departments().count == 3)
        app.press(.deleteSelected, .confirmDelete)
        #expect(try store.departments().map(\.code) == ["DFA", "WG"])
        app.press(.undo)
        #expect(try store.departments().map(\.code) == ["DFA", "SG", "WG"])
    }

    @Test func aGradeNobodyHoldsIsDeletedAfterTheQuestion() throws {
        let (app, store) = start()
        // Nobody in the test store holds SCS3, the top of the ladder (TestStore).
        app.press(.nextPane)
        for _ in 0..<9 { app.press(.down) }
        app.press(.deleteSelected)
        #expect(app.backend.screen.lines.joined().contains("Delete the grade SCS3 Director General, with the skill levels"))
        app.press(.confirmDelete)
        #expect(try store.grades().map(\.code).last == "SCS2")
        #expect(app.runtime.state.setup.grades.count == 9)
    }
}
