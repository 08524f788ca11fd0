import HopModel
import HopStore
import Testing
import TerminalUI
@testable import HopApp

/// The directory, a member's movements, and the seminar planner, driven by keys pressed by
/// binding through the real runtime over the real store in memory.
@Suite struct CrossProfessionTests {
    static func screen(_ app: DemoApp) -> String { app.backend.screen.lines.joined(separator: "\n") }

    func expectScreen(_ buffer: Buffer, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(buffer.trimmedLines == expected, "\n\(buffer.picture)", sourceLocation: sourceLocation)
    }

    func app(_ store: Store = TestStore.make()) -> DemoApp { DemoApp(size: Size(width: 80, height: 24), store: store) }

    /// Policy's first member's records, on the Movements section.
    func movements(_ store: Store) -> DemoApp {
        let app = app(store)
        app.open("POL")
        app.press(.show(.staff), .show(.member), .nextPane, .nextPane, .nextPane)
        return app
    }

    func leads(_ store: Store) throws -> [DepartmentalLead] { try store.directory().entries.flatMap { $0.leads.map(\.lead) } }

    @Test func directoryScreenAt80x24() {
        let app = app()
        app.press(.show(.directory))
        expectScreen(app.backend.screen, [
            " hopdash · Directory                                                 1 Oct 2026",
            "┌ ▶ Directory · heads of profession and departmental leads ────────────────────┐",
            "│Profession / dept. Name               Email                    Phone          │",
            "│Data Ethics        (no head recorded)                                         │",
            "│Policy             Alex Example       alex.example@example.org 020 7946 0001  │",
            "│  Welsh Government Rhian Lead         rhian.lead@example.org   029 2018 0001  │",
        ] + Array(repeating: "│                                                                              │", count: 14) + [
            "│Heads first, their departmental leads indented; hopdash directory exports it. │",
            "│                                                                              │",
            "└──────────────────────── n new lead · e edit · d delete · / filter · Esc back ┘",
            "n New lead  e/Enter Edit  d Delete  / Filter  Esc Back  ? Help  q/Ctrl-C Quit",
        ])
    }

    @Test func directoryFilterKeepsMatchingLeadsUnderTheirProfession() throws {
        let store = TestStore.make()
        let app = app(store)
        app.press(.show(.directory), .startFilter)
        app.type("rhian")
        app.press(.closeOverlay)
        let rows = app.runtime.state.directory.rows
        #expect(rows.count == 2)
        #expect(rows.first == .head(try #require(try store.profession(id: 1))))
        guard case .lead(let lead, _)? = rows.last else { Issue.record("no lead row"); return }
        #expect(lead.lead.name == "Rhian Lead" && lead.department == "Welsh Government")
    }

    @Test func leadsAreAddedAndDeletedFromTheDirectory() throws {
        let store = TestStore.make()
        let app = app(store)
        // On Policy's head: a new lead, department picked by its first letter, named and saved
        app.press(.show(.directory), .down, .newRecord, .nextField)
        app.type("W")
        app.press(.nextField)
        app.type("Sam Lead")
        app.press(.nextField)
        app.type("sam@example.org")
        app.press(.saveForm)
        // Policy already has its lead in Wales: the store refuses a second, and says why
        #expect(app.runtime.state.form?.failure?.contains("Another departmental lead already has this department") == true)
        #expect(try leads(store).map(\.name) == ["Rhian Lead"])
        app.press(.previousField, .previousField)
        app.type("D")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        let sam = try #require(try leads(store).first { $0.name == "Sam Lead" })
        #expect(sam.professionId == 1 && sam.departmentId == 1 && sam.email == "sam@example.org")
        // Deleting a lead asks first, naming them and their department
        let rows = app.runtime.state.directory.rows
        let rhian = try #require(rows.firstIndex { if case .lead(let l, _) = $0 { l.lead.name == "Rhian Lead" } else { false } })
        for _ in 0..<(rhian - app.runtime.state.directory.position.selected) { app.press(.down) }
        app.press(.deleteSelected)
        #expect(Self.screen(app).contains("Delete Rhian Lead, lead in Welsh Government?"))
        app.press(.confirmDelete)
        #expect(try leads(store).map(\.name) == ["Sam Lead"])
        #expect(!app.runtime.state.directory.rows.contains { if case .lead(let l, _) = $0 { l.lead.name == "Rhian Lead" } else { false } })
        // And undo puts it back
        app.press(.undo)
        let restored = try #require(try leads(store).first { $0.name == "Rhian Lead" })
        #expect(restored.departmentId == 2 && restored.email == "rhian.lead@example.org" && restored.phone == "029 2018 0001")
    }

    @Test func directoryIsNotReachableInKioskMode() {
        let state = Fixtures.state(in: .global, mode: .kiosk)
        #expect(Keymap.resolve(key(.show(.directory)), state: state) == nil)
        #expect(Keymap.bindings.first { $0.command == .show(.directory) }?.showsNames == true)
    }

    @Test func aMovementIsAddedEditedAndDeletedFromAMembersRecords() throws {
        let store = TestStore.make()
        let app = movements(store)
        #expect(app.runtime.state.member?.section == .movements)
        #expect(Self.screen(app).contains("None recorded. Press n to add one."))
        // A secondment: type picked by letter, an end date, the host and its sector
        app.press(.newRecord)
        app.type("S")
        app.press(.nextField, .nextField)
        app.type("2027-03-31")
        for _ in 0..<7 { app.press(.nextField) }
        app.type("Northgate")
        app.press(.nextField)
        app.type("P")
        app.press(.saveForm)
        let saved = try #require(try store.movements(staffId: 1).first)
        var expected = Movement(staffId: 1, type: .secondment, fromPost: "Policy adviser", fromProfessionId: 1, fromDepartmentId: 1,
                                organisation: "Northgate", sector: .privateSector, start: DemoApp.today,
                                end: Day(iso: "2027-03-31")!)
        expected.id = saved.id
        expected.version = saved.version
        #expect(saved == expected)
        #expect(Self.screen(app).contains("2026-10-01  2027-03-31  Secondment out  Northgate (Private sector)"))
        // Edited: the end moves, at the version read
        app.press(.editSelected, .nextField, .nextField)
        for _ in 0..<10 { app.send(.backspace) }
        app.type("2027-06-30")
        app.press(.saveForm)
        let edited = try #require(try store.movements(staffId: 1).first)
        #expect(edited.id == saved.id && edited.version == saved.version + 1 && edited.end == Day(iso: "2027-06-30"))
        // Deleted after a question naming it
        app.press(.deleteSelected)
        #expect(Self.screen(app).contains("Delete the movement \"Secondment out\" of 2026-10-01?"))
        app.press(.confirmDelete)
        #expect(try store.movements(staffId: 1).isEmpty)
    }

    @Test func aMovementChangedElsewhereAsksAndReloadsTheirs() throws {
        let store = TestStore.make()
        let mine = try store.saveMovement(Movement(staffId: 1, type: .post, fromPost: "Adviser", toPost: "Senior adviser",
                                                   start: Day(iso: "2026-04-01")!), by: "someone.else")
        let app = movements(store)
        app.press(.editSelected)
        #expect(app.runtime.state.form?.title == "Movement")
        // Someone else saves a new post title first
        var theirs = mine
        theirs.toPost = "Head of policy"
        theirs = try store.saveMovement(theirs, by: "pat.other")
        app.press(.saveForm)
        #expect(app.runtime.state.form?.prompt == .conflict(current: .movement(theirs)))
        #expect(Self.screen(app).contains("Stored now: Post from"))
        // Reload shows theirs; saving again is at their version
        app.press(.reloadRecord)
        #expect(app.runtime.state.form?.field("To post")?.value == "Head of policy")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        let saved = try #require(try store.movements(staffId: 1).first)
        #expect(saved.version == theirs.version + 1 && saved.toPost == "Head of policy")
    }

    @Test func aMovementMissingWhatItsTypeNeedsShowsTheStoresReason() throws {
        let store = TestStore.make()
        let app = movements(store)
        app.press(.newRecord, .saveForm)
        #expect(app.runtime.state.form != nil)
        #expect(Self.screen(app).contains("Not saved. To post: must not be empty."), "\(Self.screen(app))")
        #expect(try store.movements(staffId: 1).isEmpty)
    }

    @Test func seminarMoveAndPinAreSavedAndRespected() throws {
        let store = TestStore.make()
        let app = app(store)
        app.press(.show(.seminar))
        #expect(app.runtime.state.screen == .seminar)
        // Two professions: two groups of one, whatever the three groups saved
        #expect(app.runtime.state.seminarPlan.groups.map { $0.professions.map(\.code) } == [["POL"], ["DETH"]])
        #expect(Self.screen(app).contains("Group 1 · 1 profession · L4"))
        // Moving the first profession on pins it to the second group
        let before = try store.seminarSettings()
        app.press(.moveToNextGroup)
        var settings = try store.seminarSettings()
        #expect(settings.groups == before.groups && settings.locks == [1: 1] && settings.version == before.version + 1)
        #expect(app.runtime.state.seminarPlan.group(of: 1) == 1)
        #expect(Self.screen(app).contains("pinned"))
        // Unpinning all puts the plan back
        app.press(.clearPins)
        settings = try store.seminarSettings()
        #expect(settings.locks.isEmpty && settings.version == before.version + 2)
        #expect(app.runtime.state.seminarPlan.group(of: 1) == 0)
    }

    @Test func movementsDrillDownShowsFiguresNotNames() throws {
        let store = TestStore.make()
        // Member 5 joined Policy from Data Ethics; member 6 is on a secondment out this quarter.
        _ = try store.saveMovement(Movement(staffId: 5, type: .profession, fromProfessionId: 2, toProfessionId: 1,
                                        start: Day(iso: "2026-05-01")!), by: "someone.else")
        _ = try store.saveMovement(Movement(staffId: 6, type: .secondment, organisation: "Northgate", sector: .privateSector,
                                        start: Day(iso: "2026-09-01")!, end: Day(iso: "2026-12-31")!), by: "someone.else")
        let app = app(store)
        app.open("POL")
        app.press(.show(.movements))
        let screen = Self.screen(app)
        #expect(screen.contains("Joined the profession          1   Left the profession        0"), "\(screen)")
        #expect(screen.contains("On secondment out              1   On loan out                0"))
        #expect(screen.contains("Returning this quarter     1"))
        #expect(screen.contains("1 placement started in the last 12 months; 1 of a type this profession counts"))
        #expect(screen.contains("In, from: Data Ethics 1"))
        #expect(screen.contains("Counted as CPD here: secondment and job shadowing."))
        #expect(!screen.contains("Member 0005") && !screen.contains("Member 0006"), "figures, not names")
    }
}
