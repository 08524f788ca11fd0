import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// From the members list, one member's assessments, CPD activities and qualifications. Over the
/// real store in memory.
@Suite struct MemberRecordsTests {
    func start() -> (DemoApp, Store) {
        let store = TestStore.make()
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.show(.staff), .show(.member))
        return (app, store)
    }

    @Test func recordsAreShownBySection() {
        let (app, _) = start()
        #expect(app.runtime.state.screen == .member)
        var lines = app.screen
        #expect(lines[1].contains("Member 0001 (S0001)"))
        #expect(lines.contains { $0.contains("2026-03-01  Using evidence") && $0.contains("L2") && $0.contains("Line manager") })
        app.press(.nextPane)
        lines = app.screen
        #expect(lines.contains { $0.contains("2026-05-01  1.5") && $0.contains("Evidence seminar") })
        app.press(.nextPane)
        #expect(app.backend.screen.lines.contains { $0.contains("None recorded. Press n to add one.") })
        app.press(.back)
        #expect(app.runtime.state.screen == .staff)
    }

    @Test func recordAnAuditResultEditItAndUndo() throws {
        let (app, store) = start()
        app.press(.newRecord)
        app.type("D")   // Drafting
        app.press(.nextField)
        app.send(.backspace)
        app.type("3")
        app.press(.saveForm)
        let added = try #require(try store.assessments(staffId: 1).first { $0.skillId == 11 })
        #expect(added.level == 3)
        #expect(added.date == DemoApp.today)
        #expect(app.runtime.state.member?.records?.assessments.count == 2)
        app.press(.undo)
        #expect(try store.assessments(staffId: 1).map(\.skillId) == [10])
        app.press(.editSelected, .nextField)
        app.send(.backspace)
        app.type("4")
        app.press(.saveForm)
        #expect(try store.assessments(staffId: 1).map(\.level) == [4])
        app.press(.undo)
        #expect(try store.assessments(staffId: 1).map(\.level) == [2])
    }

    @Test func professionsUpToThreeWithOnePrimaryAndUndo() throws {
        let (app, store) = start()
        let version = try #require(try store.staffMember(id: 1)?.version)
        app.press(.editMemberships)
        #expect(app.runtime.state.form?.field("Profession 1")?.value == "Policy")
        #expect(app.runtime.state.form?.field("Profession 2")?.value == "(none)")
        app.press(.nextField)
        app.type("P")
        app.press(.saveForm)
        #expect(app.runtime.state.form?.field("Profession 2")?.error == "listed twice")
        #expect(app.backend.screen.lines.contains { $0.contains("listed twice") })
        app.type("D")
        app.press(.nextField, .nextField)
        app.type("P")   // moves Primary on to Profession 2
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        #expect(try store.staffProfessions(staffId: 1).sorted { $0.professionId < $1.professionId }
                == [StaffProfession(staffId: 1, professionId: 1, isPrimary: false),
                    StaffProfession(staffId: 1, professionId: 2, isPrimary: true)])
        #expect(app.runtime.state.member?.member.version == version + 1, "the screen's copy of the member follows the saved version")
        app.press(.undo)
        #expect(try store.staffProfessions(staffId: 1) == [StaffProfession(staffId: 1, professionId: 1, isPrimary: true)])
        // The member's other details can still be edited: their version was kept current.
        app.press(.back, .editSelected, .nextField)
        app.send(.end)
        app.type("!")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        #expect(try store.staffMember(id: 1)?.name == "Member 0001!")
    }

    @Test func logCPDAndAQualificationThenDeleteAndUndoTheDelete() throws {
        let (app, store) = start()
        app.press(.nextPane, .newRecord, .nextField)
        app.send(.backspace)
        app.type("2")
        app.press(.nextField)
        app.send(.backspace)
        app.send(.backspace)
        app.type("30")
        app.press(.nextField)
        app.type("m")   // mentoring
        app.press(.nextField)
        app.type("Mentoring a new starter")
        app.press(.saveForm)
        let logged = try #require(try store.cpdActivities(staffId: 1).first { $0.title == "Mentoring a new starter" })
        #expect(logged.minutes == 150)
        #expect(logged.type == .mentoring)
        app.press(.nextPane, .newRecord)
        app.type("Chartered Institute exam")
        app.press(.submitField, .submitField, .submitField)
        #expect(try store.qualificationsHeld(staffId: 1).map(\.qualification) == ["Chartered Institute exam"])
        app.press(.deleteSelected)
        #expect(app.backend.screen.lines.joined().contains("Delete the qualification \"Chartered Institute exam\"?"))
        app.press(.confirmDelete)
        #expect(try store.qualificationsHeld(staffId: 1).isEmpty)
        app.press(.undo)
        #expect(try store.qualificationsHeld(staffId: 1).map(\.qualification) == ["Chartered Institute exam"])
    }

    @Test func aQualificationHeldIsCorrectedAndUndone() throws {
        let (app, store) = start()
        app.press(.nextPane, .nextPane, .newRecord)
        app.type("CIPD L5")
        // The third field, optional, is the last day it is valid
        app.press(.submitField, .submitField)
        app.type("31/01/2030")
        app.press(.submitField)
        #expect(try store.qualificationsHeld(staffId: 1).map(\.qualification) == ["CIPD L5"])
        #expect(try store.qualificationsHeld(staffId: 1).first?.expires == Day(iso: "2030-01-31"))
        let version = try #require(try store.qualificationsHeld(staffId: 1).first?.version)
        app.press(.editSelected)
        #expect(app.runtime.state.form?.title == "Qualification held")
        app.send(.end)
        app.send(.backspace)
        app.send(.backspace)
        app.type("Level 5")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        #expect(try store.qualificationsHeld(staffId: 1).map(\.qualification) == ["CIPD Level 5"])
        #expect(try store.qualificationsHeld(staffId: 1).first?.version == version + 1)
        app.press(.undo)
        #expect(try store.qualificationsHeld(staffId: 1).map(\.qualification) == ["CIPD L5"])
    }
}
