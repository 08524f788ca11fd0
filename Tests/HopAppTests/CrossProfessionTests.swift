import HopModel
import Testing
import TerminalUI
@testable import HopApp

/// The directory, a member's movements, and the seminar planner, driven by keys through the
/// real runtime over the fake store.
@Suite struct CrossProfessionTests {
    static func screen(_ backend: MemoryBackend) -> String { backend.screen.lines.joined(separator: "\n") }

    func expectScreen(_ buffer: Buffer, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(buffer.trimmedLines == expected, "\n\(buffer.picture)", sourceLocation: sourceLocation)
    }

    @Test func directoryScreenAt80x24() {
        let (_, backend) = run([key(.show(.directory))])
        expectScreen(backend.screen, [
            " hopdash · Directory                                                 1 Oct 2026",
            "┌ ▶ Directory · heads of profession and departmental leads ────────────────────┐",
            "│Profession / dept.  Name               Email                     Phone        │",
            "│Data Ethics         (no head recorded)                                        │",
            "│Policy              Alex Example       alex.example@example.org  020 7946 0001│",
            "│  Welsh Government  Rhian Lead         rhian.lead@example.org    029 2018 0001│",
        ] + Array(repeating: "│                                                                              │", count: 14) + [
            "│Heads first, their departmental leads indented; hopdash directory exports it. │",
            "│                                                                              │",
            "└──────────────────────── n new lead · e edit · d delete · / filter · Esc back ┘",
            "n New lead  e/Enter Edit  d Delete  / Filter  Esc Back  o Overview  ? Help",
        ])
    }

    @Test func directoryFilterKeepsMatchingLeadsUnderTheirProfession() {
        let (runtime, _) = run([key(.show(.directory)), key(.startFilter)] + text("rhian") + [key(.closeOverlay)])
        let rows = runtime.state.directory.rows
        #expect(rows.count == 2)
        #expect(rows.first == .head(Fixtures.policy().profession))
        guard case .lead(let lead, _)? = rows.last else { Issue.record("no lead row"); return }
        #expect(lead.lead.name == "Rhian Lead" && lead.department == "Welsh Government")
    }

    @Test func leadsAreAddedAndDeletedFromTheDirectory() {
        let store = FakeStore()
        // On Policy's head: a new lead, department picked by its first letter, named and saved
        let (runtime, backend) = run([key(.show(.directory)), key(.down), key(.newRecord), key(.nextField), .char("W"), key(.nextField)]
                                     + text("Sam Lead") + [key(.nextField)] + text("sam@example.org") + [key(.saveForm)], store: store)
        #expect(store.applied.last == .saveDepartmentalLead(DepartmentalLead(
            professionId: 1, departmentId: 2, name: "Sam Lead", email: "sam@example.org")))
        #expect(runtime.state.form == nil)
        // Deleting a lead asks first, naming them and their department
        let rows = runtime.state.directory.rows
        let rhian = rows.firstIndex { if case .lead(let l, _) = $0 { l.lead.name == "Rhian Lead" } else { false } }!
        keys(Array(repeating: .down, count: rhian - runtime.state.directory.position.selected) + [key(.deleteSelected)], runtime)
        #expect(Self.screen(backend).contains("Delete Rhian Lead, lead in Welsh Government?"))
        keys([key(.confirmDelete)], runtime)
        guard case .deleteDepartmentalLead(let deleted)? = store.applied.last else { Issue.record("no delete"); return }
        #expect(deleted.name == "Rhian Lead")
        #expect(!runtime.state.directory.rows.contains { if case .lead(let l, _) = $0 { l.lead.id == deleted.id } else { false } })
        // And u puts it back
        keys([key(.undo)], runtime)
        guard case .saveDepartmentalLead(let restored)? = store.applied.last else { Issue.record("no undo"); return }
        #expect(restored.name == "Rhian Lead" && restored.id == 0)
    }

    @Test func directoryIsNotReachableInKioskMode() {
        let state = Fixtures.state(in: .global, mode: .kiosk)
        #expect(Keymap.resolve(key(.show(.directory)), state: state) == nil)
        #expect(Keymap.bindings.first { $0.command == .show(.directory) }?.showsNames == true)
    }

    @Test func aMovementIsAddedEditedAndDeletedFromAMembersRecords() {
        let store = FakeStore()
        // Policy's members, the first member's records, the Movements section
        let (runtime, backend) = run([key(.open), key(.show(.staff)), key(.show(.member)), key(.nextPane), key(.nextPane), key(.nextPane)], store: store)
        #expect(runtime.state.member?.section == .movements)
        #expect(Self.screen(backend).contains("None recorded. Press n to add one."))
        // A secondment: type picked by letter, an end date, the host and its sector
        keys([key(.newRecord), .char("S"), key(.nextField), key(.nextField)] + text("2027-03-31")
             + Array(repeating: key(.nextField), count: 7) + text("Northgate") + [key(.nextField), .char("P"), key(.saveForm)], runtime)
        let expected = Movement(staffId: 1, type: .secondment, fromPost: "Policy adviser", fromProfessionId: 1, fromDepartmentId: 1,
                                organisation: "Northgate", sector: .privateSector, start: Fixtures.today,
                                end: Day(iso: "2027-03-31")!)
        #expect(store.applied.last == .saveMovement(expected))
        #expect(Self.screen(backend).contains("2026-10-01  2027-03-31  Secondment out  Northgate (Private sector)"))
        // Edited: the end moves, at the version read
        keys([key(.editSelected), key(.nextField), key(.nextField)] + Array(repeating: .backspace, count: 10) + text("2027-06-30")
             + [key(.saveForm)], runtime)
        guard case .saveMovement(let edited)? = store.applied.last else { Issue.record("no edit"); return }
        #expect(edited.id != 0 && edited.version == 1 && edited.end == Day(iso: "2027-06-30"))
        // Deleted after a question naming it
        keys([key(.deleteSelected)], runtime)
        #expect(Self.screen(backend).contains("Delete the movement \"Secondment out\" of 2026-10-01?"))
        keys([key(.confirmDelete)], runtime)
        guard case .deleteMovement(let deleted)? = store.applied.last else { Issue.record("no delete"); return }
        #expect(deleted.id == edited.id)
        #expect(store.records[1]?.movements.isEmpty == true)
    }

    @Test func aMovementChangedElsewhereAsksAndReloadsTheirs() {
        let store = FakeStore()
        let mine = Movement(id: 7, staffId: 1, type: .post, fromPost: "Adviser", toPost: "Senior adviser",
                            start: Day(iso: "2026-04-01")!, version: 1)
        store.records[1]?.movements = [mine]
        let (runtime, backend) = run([key(.open), key(.show(.staff)), key(.show(.member)), key(.nextPane), key(.nextPane), key(.nextPane), key(.editSelected)], store: store)
        #expect(runtime.state.form?.title == "Movement")
        // Someone else saves a new post title first
        var theirs = mine
        theirs.toPost = "Head of policy"
        theirs.version = 2
        store.records[1]?.movements = [theirs]
        keys([key(.saveForm)], runtime)
        #expect(runtime.state.form?.prompt == .conflict(current: .movement(theirs)))
        #expect(Self.screen(backend).contains("Stored now: Post from"))
        // r shows theirs; saving again is at their version
        keys([key(.reloadRecord)], runtime)
        #expect(runtime.state.form?.field("To post")?.value == "Head of policy")
        keys([key(.saveForm)], runtime)
        guard case .saveMovement(let saved)? = store.applied.last else { Issue.record("not saved"); return }
        #expect(saved.version == 2 && saved.toPost == "Head of policy")
        #expect(runtime.state.form == nil)
    }

    @Test func aMovementMissingWhatItsTypeNeedsShowsTheStoresReason() {
        let store = FakeStore()
        store.failNext = "To post: must not be empty."
        let (runtime, backend) = run([key(.open), key(.show(.staff)), key(.show(.member)), key(.nextPane), key(.nextPane), key(.nextPane), key(.newRecord), key(.saveForm)], store: store)
        #expect(runtime.state.form != nil)
        #expect(Self.screen(backend).contains("Not saved. To post: must not be empty."))
    }

    @Test func seminarMoveAndPinAreSavedAndRespected() {
        let store = FakeStore()
        let (runtime, backend) = run([key(.show(.seminar))], store: store)
        #expect(runtime.state.screen == .seminar)
        // Two professions: two groups of one, whatever the three groups saved
        #expect(runtime.state.seminarPlan.groups.map { $0.professions.map(\.code) } == [["POL"], ["DETH"]])
        #expect(Self.screen(backend).contains("Group 1 · 1 profession · L4"))
        // Moving the first profession on pins it to the second group
        keys([key(.moveToNextGroup)], runtime)
        #expect(store.applied.last == .saveSeminarSettings(SeminarSettings(groups: 3, locks: [1: 1])))
        #expect(runtime.state.seminarPlan.group(of: 1) == 1)
        #expect(Self.screen(backend).contains("pinned"))
        // Unpinning all puts the plan back
        keys([key(.clearPins)], runtime)
        #expect(store.applied.last == .saveSeminarSettings(SeminarSettings(groups: 3, locks: [:], version: 1)))
        #expect(runtime.state.seminarPlan.group(of: 1) == 0)
    }

    @Test func movementsDrillDownShowsFiguresNotNames() {
        var policy = Fixtures.policy()
        policy.movements = [
            MovementFact(staffId: 5, type: .profession, fromProfessionId: 2, toProfessionId: 1, start: Day(iso: "2026-05-01")!),
            MovementFact(staffId: 6, type: .secondment, start: Day(iso: "2026-09-01")!, end: Day(iso: "2026-12-31")!),
        ]
        let (_, backend) = run([key(.down), key(.open), key(.show(.movements))], store: FakeStore([policy, Fixtures.dataEthics()]))
        let screen = Self.screen(backend)
        #expect(screen.contains("Joined the profession              1   Left the profession                0"), "\(screen)")
        #expect(screen.contains("On secondment out                  1   On loan out                        0"))
        #expect(screen.contains("Returning this quarter             1"))
        #expect(screen.contains("1 placement started in the last 12 months; 1 of a type this profession counts"))
        #expect(screen.contains("In, from: Data Ethics 1"))
        #expect(screen.contains("Counted as CPD here: secondment and job shadowing."))
    }
}
