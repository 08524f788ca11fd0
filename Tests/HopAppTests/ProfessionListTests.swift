import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// The overview as the list of professions: add one, delete one (asking first), and the
/// mandatory qualifications a profession sets, grade by grade. Over the real store in memory.
@Suite struct ProfessionListTests {
    @Test func aNewProfessionIsAddedFromTheOverview() throws {
        let store = TestStore.make()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.press(.newRecord)
        #expect(app.runtime.state.form?.title == "New profession")
        app.type("COM")
        app.press(.nextField)
        app.type("Commercial")
        app.press(.nextField)
        app.type("Jo Head")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        #expect(try store.professions().map(\.code) == ["COM", "DETH", "POL"])
        #expect(app.runtime.state.overview.rows.contains { $0.name == "Commercial" })
        #expect(app.runtime.state.notice?.contains("Saved: profession COM Commercial") == true)
    }

    @Test func deletingAProfessionAsksNamingWhatGoesAndItsMembers() throws {
        let store = TestStore.make()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.select("DETH")
        app.press(.deleteSelected)
        let question = app.backend.screen.lines.joined()
        #expect(question.contains("Delete Data Ethics (DETH)? Its 12 members stay as staff and its movements stay"))
        #expect(question.contains("cannot bring them back)."))
        app.press(.cancelDelete)
        #expect(try store.professions().count == 2)
        app.press(.deleteSelected, .confirmDelete)
        #expect(try store.professions().map(\.code) == ["POL"])
        #expect(app.runtime.state.overview.rows.map(\.code) == ["POL"])
    }

    @Test func mandatoryQualificationsAreSetPerGradeUndoneAndConflictsAsk() throws {
        let store = TestStore.make()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.focusPane(.cpd), .editQualificationRequirements)
        #expect(app.runtime.state.form?.title == "Mandatory qualifications by grade")
        #expect(app.runtime.state.form?.field("At G7")?.value == "Policy Standards")
        // G6 gains two, G7 keeps its one; a name given twice is kept once
        for _ in 0..<6 { app.press(.nextField) }
        app.type("MBA, Leadership, MBA")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        let saved = try store.qualificationRequirements(professionId: 1)
        #expect(Set(saved.map { "\($0.gradeId) \($0.qualification)" }) == ["6 Policy Standards", "7 MBA", "7 Leadership"])
        #expect(saved.count == 3)
        app.press(.undo)
        #expect(try store.qualificationRequirements(professionId: 1).map(\.qualification) == ["Policy Standards"])
        // Someone else changes them while the form is open: the conflict prompt, not an overwrite
        app.press(.editQualificationRequirements)
        try store.setQualificationRequirements(professionId: 1, [], by: "someone.else")
        app.press(.nextField)
        app.type("Induction")
        app.press(.saveForm)
        guard case .conflict(let current)? = app.runtime.state.form?.prompt else { Issue.record("no conflict prompt"); return }
        #expect(current == .qualificationRequirements(professionId: 1, []))
        #expect(try store.qualificationRequirements(professionId: 1).isEmpty)
    }
}
