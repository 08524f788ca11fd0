import Foundation
import HopApp
import HopModel
import HopStore
import Testing
import HopStoreAdapter

/// The change log as the interactive screens read it: records by name, undo labelled undo.
@Suite struct ChangeLogNamesTests {
    let today = Day(iso: "2026-10-01")!

    @Test func theStoreNamesTheRecordsAnEntryRefersTo() throws {
        let store = try Store.inMemory()
        try DemoData.write(into: store, seed: 5, today: today, scale: 0.04)
        let adapter = StoreAdapter(store, user: "jo.editor")
        let profession = try #require(try store.professions().first)
        let member = try #require(try store.staffPage(professionId: profession.id, limit: 1).first)
        var moved = member
        moved.post = "Head of Drafting"
        _ = try adapter.apply(.saveStaff(moved), today: today)
        let entry = try #require(try store.changeLog(kind: .staff, recordId: String(member.id)).first)
        #expect(entry.names["staff:\(member.id)"] == "\(member.name) (\(member.staffNumber))")
        let department = try #require(try store.departments().first { $0.id == member.departmentId })
        #expect(entry.names["department:\(member.departmentId)"] == "\(department.name) (\(department.code))")
        let lines = ChangeLogView.lines(entry)
        #expect(lines.heading.hasSuffix("update staff \(member.name) (\(member.staffNumber))"))
        #expect(lines.detail.contains("post: "))
        // A profession's history names the person too, where it used to say "staff_id: N".
        let skill = try #require(try store.skills(professionId: profession.id).first)
        _ = try adapter.apply(.saveAssessment(SkillAssessment(staffId: member.id, skillId: skill.id, level: 2, date: today,
                                                              source: .selfAssessed)), today: today)
        let assessment = try #require(try store.changeLog(professionId: nil, limit: 1).first)
        #expect(assessment.table == "assessment")
        let text = ChangeLogView.lines(assessment)
        #expect(text.heading.contains("\(member.name) (\(member.staffNumber))"), "\(text.heading)")
        #expect(text.detail.contains("staff: \(member.name) (\(member.staffNumber))"), "\(text.detail)")
        #expect(text.detail.contains("skill: \(skill.name)"), "\(text.detail)")
        #expect(!text.detail.contains("staff_id"))
    }

    @Test func anUndoIsLoggedAsUndo() throws {
        let store = try Store.inMemory()
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: "setup")
        let adapter = StoreAdapter(store, user: "jo.editor")
        let entry = ChecklistEntry(professionId: profession.id, itemId: "C02", status: .done)
        let saved = try adapter.apply(.saveChecklistEntry(entry), today: today)
        var cycled = try #require({ if case .checklistEntry(let e)? = saved { e } else { nil } }())
        cycled.status = .notApplicable
        let after = try adapter.apply(.saveChecklistEntry(cycled), today: today)
        let applied = AppliedChange(change: .saveChecklistEntry(cycled), before: saved, after: after, origin: .quick)
        _ = try adapter.apply(try #require(applied.inverse), today: today, undoing: true)
        let log = try store.changeLog(professionId: profession.id, limit: 3)
        #expect(log.map(\.action) == ["undo", "update", "insert"])
        #expect(ChangeLogView.lines(log[0]).heading.hasSuffix("jo.editor  undo checklist entry C02, Policy (POL)"))
        // Writes after the undo are labelled as before.
        _ = try adapter.apply(.saveProfession(Profession(code: "FIN", name: "Finance")), today: today)
        #expect(try store.changeLog(professionId: nil, limit: 1).first?.action == "insert")
    }
}
