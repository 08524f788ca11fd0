import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// The skills list: new, edit with required levels per grade, filter, delete with a question
/// naming what goes with it, and undo of an edit. Over the real store in memory.
@Suite struct SkillListTests {
    func start() -> (DemoApp, Store) {
        let store = TestStore.make()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.show(.skills))
        return (app, store)
    }

    func policy(_ store: Store) throws -> ProfessionData { try store.professionData(id: 1, today: DemoApp.today) }

    @Test func listShowsRequiredLevelsPerGradeAt80x24() {
        let (app, _) = start()
        #expect(app.runtime.state.screen == .skills)
        let lines = app.screen
        #expect(lines[1].contains("Skills of Policy"))
        // The name column is as wide as the longest name ("Using evidence"), the grades beside it.
        #expect(lines[2] == "│Skill            AA   AO   EO  HEO  SEO   G7   G6 SCS1 SCS2 SCS3              │")
        #expect(lines[3] == "│Drafting          -    -    -    -    -   L2    -    -    -    -              │")
        #expect(lines[4] == "│Using evidence    -    -    -    -   L2   L3    -    -    -    -              │")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func newSkillWithRequiredLevelsIsSavedInOneChange() throws {
        let (app, store) = start()
        app.press(.newRecord)
        app.type("Negotiation")
        app.press(.nextField, .nextField, .nextField, .nextField)
        app.send(.backspace)
        app.type("9")
        app.press(.saveForm)
        // HEO's level 9 is outside the 1-4 scale: the message says so beside the field.
        #expect(app.runtime.state.form?.fields[4].error == "must be 0 to 4")
        #expect(try policy(store).skills.map(\.name).sorted() == ["Drafting", "Using evidence"], "nothing saved")
        app.send(.backspace)
        app.type("2")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        let data = try policy(store)
        let skill = try #require(data.skills.first { $0.name == "Negotiation" })
        #expect(data.requirements.filter { $0.skillId == skill.id && $0.level > 0 }.map(\.gradeId) == [4])
        #expect(app.runtime.state.skillRows.map(\.name) == ["Drafting", "Negotiation", "Using evidence"])
        // Undo removes the new skill.
        app.press(.undo)
        #expect(app.runtime.state.skillRows.map(\.name) == ["Drafting", "Using evidence"])
        #expect(try policy(store).skills.map(\.name).sorted() == ["Drafting", "Using evidence"])
    }

    @Test func editThenUndoRestoresNameAndLevels() throws {
        let (app, store) = start()
        app.press(.down, .editSelected)  // Using evidence
        #expect(app.runtime.state.form?.title == "Skill: Using evidence")
        #expect(app.runtime.state.form?.field("Need at G7")?.value == "3")
        app.send(.end)
        app.type(" and data")
        for _ in 0..<6 { app.press(.nextField) }
        app.send(.backspace)
        app.type("4")
        app.press(.saveForm)
        var data = try policy(store)
        #expect(data.skills.first { $0.id == 10 }?.name == "Using evidence and data")
        #expect(data.requirements.first { $0.skillId == 10 && $0.gradeId == 6 }?.level == 4)
        app.press(.undo)
        data = try policy(store)
        #expect(data.skills.first { $0.id == 10 }?.name == "Using evidence")
        #expect(data.requirements.first { $0.skillId == 10 && $0.gradeId == 6 }?.level == 3)
        #expect(data.requirements.filter { $0.skillId == 10 && $0.level > 0 }.count == 2)
    }

    @Test func filterNarrowsAndEscClearsThenLeaves() {
        let (app, _) = start()
        app.press(.startFilter)
        app.type("evid")
        #expect(app.runtime.state.skillRows.map(\.name) == ["Using evidence"])
        app.press(.closeOverlay)
        #expect(!app.runtime.state.skillList.editingFilter)
        app.press(.back)
        #expect(app.runtime.state.skillRows.count == 2)
        #expect(app.runtime.state.screen == .skills)
        app.press(.back)
        #expect(app.runtime.state.screen == .profession)
    }

    @Test func deleteAsksNamingWhatGoesWithItAndCanBeDeclined() throws {
        let (app, store) = start()
        app.press(.down, .deleteSelected)
        let screen = app.backend.screen.lines.joined()
        #expect(screen.contains("Delete the skill \"Using evidence\", its required levels at 2 grades"))
        #expect(screen.contains("(15 members assessed)"))
        app.press(.cancelDelete)
        #expect(app.runtime.state.skillList.pendingDelete == nil)
        #expect(try policy(store).skills.count == 2)
        app.press(.deleteSelected, .confirmDelete)
        #expect(app.runtime.state.skillRows.map(\.name) == ["Drafting"])
        #expect(try policy(store).skills.map(\.name) == ["Drafting"])
        #expect(app.runtime.state.notice?.hasSuffix("This change cannot be undone.") == true)
        app.press(.undo)
        #expect(app.runtime.state.status == "Nothing to undo: no change has been made in this session.")
    }
}
