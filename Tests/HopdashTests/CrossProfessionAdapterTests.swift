import Foundation
import HopApp
import HopModel
import HopStore
import HopStoreAdapter
import Testing

/// Movements, leads and seminar settings through StoreAdapter into a real store: saved, read
/// back with the member's records and the directory, conflicts carrying what is stored, undone.
@Suite struct CrossProfessionAdapterTests {
    let today = Day(iso: "2026-10-01")!

    @Test func aMovementRoundTripsAndItsUndoDeletesIt() throws {
        let store = try Store.inMemory()
        let department = try store.saveDepartment(Department(code: "D", name: "Dept"), by: "setup")
        let grade = try store.saveGrade(Grade(code: "G7", name: "Grade 7", rank: 1), by: "setup")
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: "setup")
        let member = try store.addStaff(StaffMember(staffNumber: "S1", name: "Sam", gradeId: grade.id, departmentId: department.id),
                                        professionId: profession.id, by: "setup")
        let adapter = StoreAdapter(store, user: "jo.editor")
        let movement = Movement(staffId: member.id, type: .shadowing, organisation: "Open Doors Trust", sector: .voluntary,
                                start: today, end: today.adding(days: 5))
        guard case .movement(let saved)? = try adapter.apply(.saveMovement(movement), today: today) else {
            Issue.record("not a movement"); return
        }
        #expect(try adapter.memberRecords(staffId: member.id).movements == [saved])
        #expect(try adapter.changeLog(.record(.movement(saved))).map(\.user) == ["jo.editor"])
        // An edit saved, then another made on the copy read before it, is a conflict with what is
        // stored; undo of the add deletes it
        _ = try adapter.apply(.saveMovement({ var m = saved; m.note = "first"; return m }()), today: today)
        #expect(throws: SaveError.conflict(current: .movement(try store.movements(staffId: member.id)[0]))) {
            try adapter.apply(.saveMovement({ var m = saved; m.note = "second"; return m }()), today: today)
        }
        let now = try store.movements(staffId: member.id)[0]
        let undo = try #require(AppliedChange(change: .saveMovement(movement), before: nil, after: .movement(now), origin: .form).inverse)
        _ = try adapter.apply(undo, today: today)
        #expect(try store.movements(staffId: member.id).isEmpty)
    }

    @Test func seminarSettingsAndLeadsThroughTheAdapter() throws {
        let store = try Store.inMemory()
        let department = try store.saveDepartment(Department(code: "WG", name: "Welsh Government"), by: "setup")
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: "setup")
        let adapter = StoreAdapter(store, user: "jo.editor")
        guard case .seminarSettings(let settings)? = try adapter.apply(
            .saveSeminarSettings(SeminarSettings(groups: 2, locks: [profession.id: 1])), today: today) else {
            Issue.record("not settings"); return
        }
        #expect(try adapter.seminarSettings() == settings)
        #expect(throws: SaveError.conflict(current: .seminarSettings(settings))) {
            try adapter.apply(.saveSeminarSettings(SeminarSettings(groups: 4)), today: today)
        }
        _ = try adapter.apply(.saveDepartmentalLead(DepartmentalLead(professionId: profession.id, departmentId: department.id,
                                                                     name: "Rhian Lead")), today: today)
        #expect(try adapter.directory().entries.first?.leads.map(\.lead.name) == ["Rhian Lead"])
    }
}
