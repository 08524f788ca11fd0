import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// The profession's details and its CPD requirement: forms on the dashboard, with undo. Over
/// the real store in memory.
@Suite struct ProfessionFormTests {
    func start(_ store: Store = TestStore.make()) -> DemoApp {
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        return app
    }

    @Test func headOfProfessionAndScaleAreEditedAndUndone() throws {
        let store = TestStore.make()
        let app = start(store)
        app.press(.editProfession)
        #expect(app.runtime.state.form?.field("Levels")?.value == "Awareness, Working, Practitioner, Expert")
        app.press(.nextField, .nextField)
        app.send(.end)
        app.type(" (acting)")
        app.press(.nextField, .nextField, .nextField)
        app.type("y")
        app.press(.nextField)
        app.send(.end)
        app.type(",")
        app.press(.saveForm)
        #expect(app.runtime.state.form?.field("Levels")?.error == "a name is blank")
        #expect(app.screen.contains { $0.contains("a name is blank") })
        #expect(try store.profession(id: 1)?.headName == "Alex Example", "nothing saved")
        app.type(" Leader")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        let saved = try #require(try store.profession(id: 1))
        #expect(saved.headName == "Alex Example (acting)")
        #expect(saved.isNew)
        #expect(saved.scaleLabels == ["Awareness", "Working", "Practitioner", "Expert", "Leader"])
        app.press(.undo)
        #expect(try store.profession(id: 1)?.headName == "Alex Example")
        #expect(try store.profession(id: 1)?.scaleMax == 4)
    }

    @Test func cpdRequirementHoursCycleAndCountedTypes() throws {
        let store = TestStore.make()
        let app = start(store)
        app.press(.focusPane(.cpd), .editCPDRequirement)
        #expect(app.runtime.state.form?.title == "CPD requirement")
        #expect(app.runtime.state.form?.field("Hours/cycle")?.value == "30")
        #expect(app.runtime.state.form?.field("Cycle from")?.value == "April")
        app.send(.backspace)
        app.send(.backspace)
        app.type("40")
        app.press(.nextField)
        app.type("s")   // the next month starting with S: September
        app.press(.nextField)
        app.type("n")   // course, the first type, is not counted
        app.press(.saveForm)
        let saved = try store.cpdRequirement(professionId: 1)
        #expect(saved?.hoursPerCycle == 40)
        #expect(saved?.cycleStartMonth == 9)
        #expect(saved?.countedTypes.contains(.course) == false)
        #expect(saved?.countedTypes.count == CPDActivityType.allCases.count - 1)
        app.press(.undo)
        #expect(try store.cpdRequirement(professionId: 1)?.hoursPerCycle == 30)
    }

    @Test func aFirstCPDRequirementIsCreatedAndUndoRemovesIt() throws {
        let store = TestStore.make()
        let stored = try #require(try store.cpdRequirement(professionId: 1))
        try store.deleteCPDRequirement(professionId: 1, expectedVersion: stored.version, by: "someone.else")
        let app = start(store)
        app.press(.focusPane(.cpd), .editCPDRequirement)
        app.send(.backspace)
        app.type("12")
        app.press(.saveForm)
        #expect(try store.cpdRequirement(professionId: 1)?.hoursPerCycle == 12)
        app.press(.undo)
        #expect(try store.cpdRequirement(professionId: 1) == nil)
    }
}
