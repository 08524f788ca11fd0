import HopModel
import TerminalUI

/// One staff member's own records (few per person, so read whole).
public struct MemberRecords: Hashable, Sendable {
    public var assessments: [SkillAssessment]
    public var activities: [CPDActivity]
    public var qualifications: [QualificationHeld]
    /// The professions they belong to, primary first.
    public var memberships: [StaffProfession]
    /// Newest first.
    public var movements: [Movement]

    public init(assessments: [SkillAssessment] = [], activities: [CPDActivity] = [], qualifications: [QualificationHeld] = [],
                memberships: [StaffProfession] = [], movements: [Movement] = []) {
        self.assessments = assessments; self.activities = activities; self.qualifications = qualifications
        self.memberships = memberships; self.movements = movements
    }
}

public enum MemberSection: Int, CaseIterable, Sendable {
    case assessments, cpd, qualifications, movements

    public var title: String {
        switch self {
        case .assessments: "Skill assessments"
        case .cpd: "CPD activities"
        case .qualifications: "Qualifications"
        case .movements: "Movements"
        }
    }
}

/// The member records screen: whose, which section, the selection, the delete question.
public struct MemberState: Hashable, Sendable {
    public var member: StaffMember
    public var records: MemberRecords?
    public var section: MemberSection = .assessments
    public var position = ListPosition()
    public var pendingDelete: EditableRecord?

    public init(member: StaffMember) { self.member = member }

    public var rowCount: Int {
        guard let records else { return 0 }
        switch section {
        case .assessments: return records.assessments.count
        case .cpd: return records.activities.count
        case .qualifications: return records.qualifications.count
        case .movements: return records.movements.count
        }
    }

    /// The selected record of the current section.
    public var selected: EditableRecord? {
        guard let records, position.selected < rowCount else { return nil }
        switch section {
        case .assessments: return .assessment(records.assessments[position.selected])
        case .cpd: return .cpdActivity(records.activities[position.selected])
        case .qualifications: return .qualificationHeld(records.qualifications[position.selected])
        case .movements: return .movement(records.movements[position.selected])
        }
    }
}

extension Reducer {
    static func memberCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .showMemberRecords:
            guard let member = state.staffList.selected else { return [] }
            state.member = MemberState(member: member)
            state.screen = .member
            return [.loadMemberRecords(member.id)]
        case .nextPane, .previousPane:
            guard var member = state.member else { return [] }
            let all = MemberSection.allCases
            let step = command == .nextPane ? 1 : all.count - 1
            member.section = all[(member.section.rawValue + step) % all.count]
            member.position = ListPosition()
            state.member = member
        case .newRecord:
            guard let member = state.member?.member, let data = state.profession?.dashboard?.data else { return [] }
            switch state.member?.section ?? .assessments {
            case .assessments:
                guard let skill = data.skills.first else {
                    state.status = "This profession has no skills yet: add one with s first."
                    return []
                }
                state.form = AssessmentForm.make(SkillAssessment(staffId: member.id, skillId: skill.id, level: 1, date: state.today,
                                                                 source: .lineManager), skills: data.skills,
                                                 scaleMax: data.profession.scaleMax)
            case .cpd:
                state.form = CPDActivityForm.make(CPDActivity(staffId: member.id, date: state.today, minutes: 60, type: .course,
                                                              title: ""))
            case .qualifications:
                state.form = QualificationForm.make(QualificationHeld(staffId: member.id, qualification: "", date: state.today))
            case .movements:
                let primary = state.member?.records?.memberships.first(where: \.isPrimary)?.professionId
                let new = Movement(staffId: member.id, type: .post, fromPost: member.post, fromProfessionId: primary,
                                   fromDepartmentId: member.departmentId, start: state.today)
                state.form = MovementForm.make(new, professions: professionChoices(state), departments: movementDepartments(state))
            }
        case .editSelected:
            guard let data = state.profession?.dashboard?.data else { return [] }
            switch state.member?.selected {
            case .assessment(let a)?:
                state.form = AssessmentForm.make(a, skills: data.skills, scaleMax: data.profession.scaleMax)
            case .cpdActivity(let a)?:
                state.form = CPDActivityForm.make(a)
            case .movement(let m)?:
                state.form = MovementForm.make(m, professions: professionChoices(state), departments: movementDepartments(state))
            case .qualificationHeld(let q)?:
                state.form = QualificationForm.make(q)
            default:
                break
            }
        case .deleteSelected:
            let selected = state.member?.selected
            state.member?.pendingDelete = selected
        case .confirmDelete:
            guard let record = state.member?.pendingDelete else { return [] }
            state.member?.pendingDelete = nil
            let change: Change
            switch record {
            case .assessment(let a): change = .deleteAssessment(a)
            case .cpdActivity(let a): change = .deleteCPDActivity(a)
            case .qualificationHeld(let q): change = .deleteQualification(q)
            case .movement(let m): change = .deleteMovement(m)
            default: return []
            }
            return [.apply(change, before: record, origin: .quick)]
        case .cancelDelete:
            state.member?.pendingDelete = nil
        case .editMemberships:
            guard let view = state.member, let records = view.records else { return [] }
            let professions = professionChoices(state).map { (id: $0.id, name: $0.name) }
            state.form = MembershipForm.make(view.member, memberships: records.memberships, professions: professions)
        default:
            break
        }
        return []
    }

    /// Every profession by name, for choice fields.
    static func professionChoices(_ state: AppState) -> [NamedID] {
        state.overview.rows.map { NamedID(id: $0.professionId, name: $0.name) }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }

    /// The departments read with the members list (the member's records are reached from it).
    static func movementDepartments(_ state: AppState) -> [NamedID] {
        state.staffList.departments.map { NamedID(id: $0.id, name: $0.name) }
    }

    static func memberRecordsLoaded(_ staffId: RowID, _ records: MemberRecords, _ state: inout AppState) {
        guard state.member?.member.id == staffId else { return }
        state.member?.records = records
        if var member = state.member {
            member.position.clamp(count: member.rowCount, visible: MemberScreen.visibleRows(state.size))
            state.member = member
        }
    }

    static func memberDeleteQuestion(_ record: EditableRecord, _ state: AppState) -> String {
        let what: String
        switch record {
        case .assessment(let a): what = "the \(MemberScreen.skillName(a.skillId, state)) assessment at L\(a.level) of \(a.date.iso)"
        case .cpdActivity(let a): what = "the CPD activity \"\(a.title)\" of \(a.date.iso)"
        case .qualificationHeld(let q): what = "the qualification \"\(q.qualification)\""
        case .movement(let m): what = "the movement \"\(m.type.label)\" of \(m.start.iso)"
        default: what = "this record"
        }
        return "Delete \(what)? Nothing else goes with it; u puts it back. y deletes, n keeps it."
    }
}
