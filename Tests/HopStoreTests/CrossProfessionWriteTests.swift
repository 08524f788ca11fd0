import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

@Suite("Movements, departmental leads and the seminar plan: writes, conflicts, migration")
struct CrossProfessionWriteTests {
    /// A store with two professions and one member of the first.
    struct World {
        let store: Store
        let basics: Basics
        let policy: Profession
        let finance: Profession
        let member: StaffMember

        init() throws {
            store = try inMemoryStore()
            basics = try Basics.write(into: store)
            policy = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
            finance = try store.saveProfession(Profession(code: "FIN", name: "Finance"), by: user)
            member = try store.addStaff("S1", grade: basics.grade("G7"), department: basics.department.id, professions: [policy.id])
        }
    }

    func logged(_ store: Store, _ kind: RecordKind) throws -> [String] {
        try rawStrings(store, "SELECT action FROM change_log WHERE table_name = ? ORDER BY id", [kind.table])
    }

    func rawStrings(_ store: Store, _ sql: String, _ arguments: StatementArguments = []) throws -> [String] {
        try store.writer.read { try String.fetchAll($0, sql: sql, arguments: arguments) }
    }

    @Test func deletingAProfessionKeepsItsMovementsWithoutItAndLogsThem() throws {
        let w = try World()
        let move = try w.store.saveMovement(Movement(staffId: w.member.id, type: .profession, fromProfessionId: w.policy.id,
                                                     toProfessionId: w.finance.id, start: day("2025-03-01")), by: user)
        let before = try logged(w.store, .movement).count
        try w.store.deleteProfession(id: w.policy.id, expectedVersion: w.policy.version, by: user)
        let kept = try #require(try w.store.movements(staffId: w.member.id).first)
        #expect(kept.id == move.id && kept.fromProfessionId == nil && kept.toProfessionId == w.finance.id)
        #expect(kept.note == "(from Policy (POL), a profession since deleted)")
        #expect(kept.version == move.version + 1)
        #expect(try logged(w.store, .movement).count == before + 1)
        #expect(try logged(w.store, .movement).last == "update")
    }

    @Test func movementsRoundTripAreLoggedAndCheckedForConflicts() throws {
        let w = try World()
        // When a secondment is added, then edited, and the first version saved again
        let added = try w.store.saveMovement(Movement(
            staffId: w.member.id, type: .secondment, organisation: "Northgate Analytics Ltd", sector: .privateSector,
            start: day("2025-01-06"), end: day("2025-12-31"), note: "Data strategy"), by: user)
        var edited = added
        edited.end = day("2026-03-31")
        let saved = try w.store.saveMovement(edited, by: user)
        // Then it reads back as saved, a version later, and the stale copy is refused with what is stored
        #expect(added.id != 0 && added.version == 1 && saved.version == 2)
        #expect(try w.store.movements(staffId: w.member.id) == [saved])
        #expect(throws: StoreError.conflict(kind: .movement, recordId: String(added.id), current: .movement(saved))) {
            try w.store.saveMovement(added, by: user)
        }
        // And a delete at the stored version removes it; every step is in the change log under Policy
        try w.store.deleteMovement(id: saved.id, expectedVersion: saved.version, by: user)
        #expect(try w.store.movements(staffId: w.member.id).isEmpty)
        #expect(try logged(w.store, .movement) == ["insert", "update", "delete"])
        #expect(try rawInt(w.store, "SELECT COUNT(*) FROM change_log WHERE table_name = 'movement' AND profession_id = ?",
                           [w.policy.id]) == 3)
    }

    @Test(arguments: [
        (Movement(staffId: 0, type: .post, start: Day(iso: "2025-01-01")!), "To post"),
        (Movement(staffId: 0, type: .profession, start: Day(iso: "2025-01-01")!), "To profession"),
        (Movement(staffId: 0, type: .department, start: Day(iso: "2025-01-01")!), "To department"),
        (Movement(staffId: 0, type: .loan, sector: .widerPublic, start: Day(iso: "2025-01-01")!), "Organisation"),
        (Movement(staffId: 0, type: .shadowing, organisation: "Council", start: Day(iso: "2025-01-01")!), "Sector"),
        (Movement(staffId: 0, type: .returned, start: Day(iso: "2025-02-01")!, end: Day(iso: "2025-01-01")!), "End"),
    ])
    func movementsMissingWhatTheirTypeNeedsAreRefusedAndChangeNothing(movement: Movement, field: String) throws {
        let w = try World()
        var m = movement
        m.staffId = w.member.id
        do {
            _ = try w.store.saveMovement(m, by: user)
            Issue.record("saved a \(m.type) without \(field)")
        } catch {
            guard case .invalid(let named, _) = error else { Issue.record("\(error)"); return }
            #expect(named == field)
        }
        #expect(try w.store.movements(staffId: w.member.id).isEmpty)
        #expect(try logged(w.store, .movement).isEmpty)
    }

    @Test func professionMovesFeedTheProfessionsFigures() throws {
        let w = try World()
        _ = try w.store.saveMovement(Movement(staffId: w.member.id, type: .profession, fromProfessionId: w.finance.id,
                                              toProfessionId: w.policy.id, start: day("2025-03-01")), by: user)
        _ = try w.store.saveMovement(Movement(staffId: w.member.id, type: .loan, organisation: "County Health Board",
                                              sector: .widerPublic, start: day("2025-05-01")), by: user)
        let policy = try w.store.professionData(id: w.policy.id, today: today)
        let finance = try w.store.professionData(id: w.finance.id, today: today)
        let report = MovementReport(professionId: w.policy.id, facts: policy.movements, cpdRequirement: nil, today: today)
        #expect(report.joiners == 1 && report.onLoanNow == 1)
        #expect(report.flowsIn == [ProfessionFlow(from: w.finance.id, to: w.policy.id, people: 1)])
        #expect(MovementReport(professionId: w.finance.id, facts: finance.movements, cpdRequirement: nil, today: today).leavers == 1)
        // The overview's read attributes the same facts
        let all = try w.store.allProfessionData(today: today)
        #expect(all.first { $0.profession.id == w.policy.id }?.movements == policy.movements)
    }

    @Test func departmentalLeadsOnePerDepartmentInTheDirectory() throws {
        let w = try World()
        let wales = try w.store.saveDepartment(Department(code: "WG", name: "Welsh Government", isDevolved: true), by: user)
        let lead = try w.store.saveDepartmentalLead(DepartmentalLead(
            professionId: w.policy.id, departmentId: wales.id, name: "Rhian Lead", email: "rhian@example.org"), by: user)
        // A second lead for the same profession and department is refused
        #expect(throws: StoreError.duplicate(kind: .departmentalLead, field: "department (one lead per department)")) {
            try w.store.saveDepartmentalLead(DepartmentalLead(professionId: w.policy.id, departmentId: wales.id, name: "Other"),
                                             by: user)
        }
        var edited = lead
        edited.phone = "029 2018 0001"
        let saved = try w.store.saveDepartmentalLead(edited, by: user)
        let directory = try w.store.directory()
        #expect(directory.entries.map(\.profession.code) == ["FIN", "POL"])
        #expect(directory.entries[1].leads == [DirectoryLead(lead: saved, department: "Welsh Government")])
        #expect(throws: StoreError.conflict(kind: .departmentalLead, recordId: String(lead.id), current: .departmentalLead(saved))) {
            try w.store.deleteDepartmentalLead(id: lead.id, expectedVersion: lead.version, by: user)
        }
        try w.store.deleteDepartmentalLead(id: saved.id, expectedVersion: saved.version, by: user)
        #expect(try w.store.directory().entries[1].leads.isEmpty)
        #expect(try logged(w.store, .departmentalLead) == ["insert", "update", "delete"])
    }

    @Test func seminarSettingsReplaceAsAWholeAtTheirVersion() throws {
        let w = try World()
        #expect(try w.store.seminarSettings() == SeminarSettings())
        let first = try w.store.saveSeminarSettings(SeminarSettings(groups: 4, locks: [w.policy.id: 3]), by: user)
        #expect(first.version == 1)
        #expect(try w.store.seminarSettings() == first)
        let second = try w.store.saveSeminarSettings(SeminarSettings(groups: 2, locks: [:], version: 1), by: user)
        #expect(try w.store.seminarSettings() == second && second.version == 2)
        // A stale save is a conflict; a pin outside the groups is refused; nothing changes
        #expect(throws: StoreError.conflict(kind: .seminarSetting, recordId: "1", current: .seminarSettings(second))) {
            try w.store.saveSeminarSettings(SeminarSettings(groups: 5, version: 1), by: user)
        }
        #expect(throws: StoreError.invalid(field: "Pinned group", reason: "4 is not between 1 and 2")) {
            try w.store.saveSeminarSettings(SeminarSettings(groups: 2, locks: [w.policy.id: 3], version: 2), by: user)
        }
        #expect(try w.store.seminarSettings() == second)
        #expect(try logged(w.store, .seminarSetting) == ["replace", "replace"])
    }

    @Test func aVersion1StoreIsMigratedKeepingItsRecords() throws {
        // Given a store written with only the first layout, holding a profession
        let directory = try TemporaryDirectory()
        let path = directory.file("old.sqlite")
        try writeVersion1Store(at: path, #"INSERT INTO profession (code, name, scale_labels) VALUES ('POL', 'Policy', '["A","B"]')"#)
        // Then read-only it asks for an upgrade
        #expect(throws: StoreError.needsUpgrade(path: path, found: 1, known: Schema.version)) {
            try Store.open(path: path, mode: .readOnly)
        }
        // When it is opened for editing
        let store = try Store.open(path: path, mode: .readWrite, clock: fixedClock)
        // Then it has the new tables, says so in user_version, and kept its profession
        #expect(try rawInt(store, "PRAGMA user_version") == Schema.version)
        #expect(try rawStrings(store, "SELECT identifier FROM grdb_migrations ORDER BY identifier")
                == ["v1", "v10-department-summaries", "v11-movement-summaries", "v12-forum-dates", "v13-cpd-coverage", "v14-figure-history", "v15-follow-ups", "v16-learning-catalogue", "v17-development-plan", "v18-bookings", "v19-last-assessed", "v2", "v20-department-summary-keys", "v3", "v4", "v5-staff-working-pattern", "v6-succession",
                    "v7-people-lists", "v8-qualification-expiry", "v9-maturity-version"])
        let policy = try #require(try store.professions().first)
        #expect(policy.code == "POL")
        let saved = try store.saveDepartmentalLead(DepartmentalLead(
            professionId: policy.id, departmentId: try store.saveDepartment(Department(code: "D", name: "Dept"), by: user).id,
            name: "Lead"), by: user)
        #expect(try store.directory().entries.first?.leads.map(\.lead) == [saved])
    }
}
