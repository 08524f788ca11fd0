import HopModel
import HopStore

/// Applies `EditPlan` edits through the public `Store` API.
final class Editor {
    let store: Store
    let writer: String
    private let professions: [String: Profession]
    private let skills: [RowID: [Skill]]
    private let grades: [Grade]
    private let departmentId: RowID

    init(store: Store, writer: String) throws(StoreError) {
        self.store = store
        self.writer = writer
        let all = try store.professions()
        var professions: [String: Profession] = [:]
        var skills: [RowID: [Skill]] = [:]
        for profession in all where EditPlan.professionCodes.contains(profession.code) {
            professions[profession.code] = profession
            skills[profession.id] = try store.skills(professionId: profession.id)
        }
        self.professions = professions
        self.skills = skills
        grades = try store.grades().sorted { $0.rank < $1.rank }
        guard let department = try store.departments().first else { throw StoreError.missing(kind: .department, recordId: "any") }
        departmentId = department.id
    }

    func apply(_ index: Int) throws(StoreError) {
        let user = EditPlan.user(writer, index)
        let profession = professions[EditPlan.professionCode(index)]!
        switch EditPlan.kind(index) {
        case .addStaff:
            let number = EditPlan.staffNumber(writer, index)
            _ = try store.addStaff(StaffMember(staffNumber: number, name: "Stress \(writer) \(index)",
                                               gradeId: grades[EditPlan.gradeRank(index) - 1].id,
                                               departmentId: departmentId),
                                   professionId: profession.id, by: user)
        case .assess:
            let member = try member(EditPlan.memberEdit(index))
            let skill = skills[profession.id]![index / 6 % 2]
            _ = try store.addAssessment(SkillAssessment(staffId: member.id, skillId: skill.id, level: index % 4 + 1,
                                                        date: EditPlan.day(index), source: .selfAssessed), by: user)
        case .cpd:
            let member = try member(EditPlan.memberEdit(index))
            _ = try store.addCPDActivity(CPDActivity(staffId: member.id, date: EditPlan.day(index), minutes: 30 + index % 90,
                                                     type: .course, title: "Course \(index)"), by: user)
        case .checklist:
            let item = EditPlan.checklistItem(index)
            // Another writer may save the same item between the read and the save: read again.
            var attempts = 0
            while true {
                let current = try store.checklist(professionId: profession.id).first { $0.itemId == item }
                let entry = ChecklistEntry(professionId: profession.id, itemId: item, status: EditPlan.checklistStatus(index),
                                           owner: user, version: current?.version ?? 0)
                do {
                    _ = try store.saveChecklistEntry(entry, on: EditPlan.day(index), by: user)
                    return
                } catch .conflict where attempts < 50 {
                    attempts += 1
                }
            }
        case .maturity:
            _ = try store.addMaturityAssessment(MaturityAssessment(professionId: profession.id, area: index % 5 + 1,
                                                                   level: index % 5 + 1, date: EditPlan.day(index),
                                                                   assessor: user), by: user)
        case .regrade:
            var member = try member(EditPlan.memberEdit(index))
            member.name = EditPlan.renamed(writer, index)
            member.gradeId = grades[EditPlan.gradeRank(EditPlan.memberEdit(index))].id
            _ = try store.saveStaff(member, by: user)
        }
    }

    /// The member that `addStaff` edit `index` added, as stored now.
    private func member(_ index: Int) throws(StoreError) -> StaffMember {
        let number = EditPlan.staffNumber(writer, index)
        guard let member = try store.staffPage(professionId: nil, filter: number, limit: 10)
            .first(where: { $0.staffNumber == number }) else {
            throw StoreError.missing(kind: .staff, recordId: number)
        }
        return member
    }
}
