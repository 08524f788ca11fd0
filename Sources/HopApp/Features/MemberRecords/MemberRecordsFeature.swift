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
    /// On development plans, latest plan year first.
    public var bookings: [BookingRow]

    public init(assessments: [SkillAssessment] = [], activities: [CPDActivity] = [], qualifications: [QualificationHeld] = [],
                memberships: [StaffProfession] = [], movements: [Movement] = [], bookings: [BookingRow] = []) {
        self.assessments = assessments; self.activities = activities; self.qualifications = qualifications
        self.memberships = memberships; self.movements = movements; self.bookings = bookings
    }
}

public enum MemberSection: Int, CaseIterable, Sendable {
    case assessments, cpd, qualifications, movements, bookings

    public var title: String {
        switch self {
        case .assessments: "Skill assessments"
        case .cpd: "CPD activities"
        case .qualifications: "Qualifications"
        case .movements: "Movements"
        case .bookings: "Bookings"
        }
    }

    /// The title where all five do not fit on one line (80 columns).
    public var shortTitle: String { self == .assessments ? "Assessments" : title }
}

/// The member records screen: whose, which section, the selection, the delete question.
public struct MemberState: Hashable, Sendable, ListScreenState {
    public var member: StaffMember
    public var records: MemberRecords?
    public var section: MemberSection = .assessments
    public var list = ListModel<EditableRecord>()
    /// The list Esc goes back to: the members list, or the people behind a figure.
    public var returnTo: Screen = .staff
    /// Departments, for the movement form, when not opened from the members list (which reads them).
    public var departments: [Department] = []

    public init(member: StaffMember, returnTo: Screen = .staff) { self.member = member; self.returnTo = returnTo }

    public var rowCount: Int {
        guard let records else { return 0 }
        switch section {
        case .assessments: return records.assessments.count
        case .cpd: return records.activities.count
        case .qualifications: return records.qualifications.count
        case .movements: return records.movements.count
        case .bookings: return records.bookings.count
        }
    }

    /// The selected record of the current section.
    public var selected: EditableRecord? {
        let position = list.position
        guard let records, position.selected < rowCount else { return nil }
        switch section {
        case .assessments: return .assessment(records.assessments[position.selected])
        case .cpd: return .cpdActivity(records.activities[position.selected])
        case .qualifications: return .qualificationHeld(records.qualifications[position.selected])
        case .movements: return .movement(records.movements[position.selected])
        case .bookings: return .booking(records.bookings[position.selected].booking)
        }
    }

    /// The selected booking with what it is on.
    public var selectedBooking: BookingRow? {
        guard section == .bookings, let records, records.bookings.indices.contains(list.position.selected) else { return nil }
        return records.bookings[list.position.selected]
    }
}

/// Where the member's records screen keeps its state: nobody's until a member is opened.
struct MemberSlot: FeatureState {
    var member: MemberState?
}

extension AppState {
    public var member: MemberState? {
        get { features[MemberSlot.self].member }
        set { features[MemberSlot.self].member = newValue }
    }
}

extension Screen {
    /// One member's own records, from the members list.
    public static let member = Screen("member")
}

extension KeyScope {
    public static let memberRecords = KeyScope("memberRecords", "A member's records (r in the members list, Enter in a list of people)")
}

/// One member's assessments, CPD activities, qualifications and movements, a section at a
/// time: add, edit, delete; and the professions they belong to.
enum MemberRecordsFeature: Feature {
    static let screen = Screen.member
    static let showsNames = true

    static let bindings = [
        Binding([.tab], .nextPane, scope: .memberRecords, "Next section (assessments, CPD, qualifications, movements, bookings)",
                hint: "Section"),
        Binding([.backTab], .previousPane, scope: .memberRecords, "Previous section"),
        Binding([.down, .char("j")], .down, scope: .memberRecords, "Next record"),
        Binding([.up, .char("k")], .up, scope: .memberRecords, "Previous record"),
        Binding([.char("n")], .newRecord, scope: .memberRecords, "New record in this section", hint: "New", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .memberRecords, "Edit the selected record", hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .memberRecords, "Delete the selected record (asks first)", hint: "Delete",
                mutates: true),
        Binding([.char("p")], .editMemberships, scope: .memberRecords, "The member's professions (up to three, one primary)",
                hint: "Professions", mutates: true),
        Binding([.escape], .back, scope: .memberRecords, "Back to the list", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { state.member?.list.promptScopes ?? [.memberRecords] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        MemberScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .staff, let member = state.staffList.selected else { return nil }
        state.member = MemberState(member: member)
        state.screen = screen
        return [read(member.id)]
    }

    /// Opens a person's records from another list of people (`from`, where Esc goes back):
    /// the member as stored is read with the records.
    static func open(_ person: PersonRow, from: Screen, _ state: inout AppState) -> [Effect] {
        let shown = StaffMember(id: person.id, staffNumber: person.staffNumber, name: person.name, gradeId: 0, departmentId: 0,
                                post: person.post)
        state.member = MemberState(member: shown, returnTo: from)
        state.screen = screen
        return [read(person.id, withMember: true)]
    }

    /// The member's records; with the member as stored and the departments when not opened
    /// from the members list.
    static func read(_ staffId: RowID, withMember: Bool = false) -> Effect {
        .read(FeatureRead(screen: screen, name: "records of \(staffId)\(withMember ? " with the member" : "")") { client, _ in
            let editor = try EditingRead.editor(client)
            return MemberRecordsRead(staffId: staffId, records: try editor.memberRecords(staffId: staffId),
                                     member: withMember ? try editor.staffMember(id: staffId) : nil,
                                     departments: withMember ? try editor.departments() : [])
        })
    }

    static func reload(_ state: AppState) -> [Effect] {
        guard let profession = state.profession, let member = state.member else { return [] }
        return [.loadProfession(profession.professionId), read(member.member.id, withMember: member.returnTo != .staff)]
    }

    static func clamp(_ state: inout AppState) {
        guard var member = state.member else { return }
        member.position.clamp(count: member.rowCount, visible: MemberScreen.visibleRows(state.size))
        state.member = member
    }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let read = data as? MemberRecordsRead, state.member?.member.id == read.staffId else { return [] }
        state.member?.records = read.records
        if let member = read.member { state.member?.member = member }
        if !read.departments.isEmpty { state.member?.departments = read.departments }
        clamp(&state)
        return []
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        guard var view = state.member, let data = state.profession?.dashboard?.data else { return nil }
        let member = view.member
        switch command {
        case .back:
            state.screen = view.returnTo
            guard view.returnTo == .staff else { return Features.feature(for: view.returnTo).reload(state) }
            return MembersFeature.reloadList(&state, fromTop: false)
        case .nextPane, .previousPane:
            let all = MemberSection.allCases
            let step = command == .nextPane ? 1 : all.count - 1
            view.section = all[(view.section.rawValue + step) % all.count]
            view.position = ListPosition()
            state.member = view
        case .newRecord:
            switch view.section {
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
                let primary = view.records?.memberships.first(where: \.isPrimary)?.professionId
                let new = Movement(staffId: member.id, type: .post, fromPost: member.post, fromProfessionId: primary,
                                   fromDepartmentId: member.departmentId, start: state.today)
                state.form = MovementForm.make(new, professions: Choices.professions(state), departments: departments(state))
            case .bookings:
                state.status = "People are booked from the plan: P on a dashboard, then Enter on a line and b."
            }
        case .editSelected:
            if let row = view.selectedBooking {
                state.form = BookingForm.make(row, who: "\(member.name) (\(member.staffNumber))", today: state.today)
                return []
            }
            switch view.selected {
            case .assessment(let a)?: state.form = AssessmentForm.make(a, skills: data.skills, scaleMax: data.profession.scaleMax)
            case .cpdActivity(let a)?: state.form = CPDActivityForm.make(a)
            case .movement(let m)?:
                state.form = MovementForm.make(m, professions: Choices.professions(state), departments: departments(state))
            case .qualificationHeld(let q)?: state.form = QualificationForm.make(q)
            default: break
            }
        case .confirmDelete:
            guard let record = view.list.confirmDelete() else { return [] }
            state.member = view
            let change: Change
            switch record {
            case .assessment(let a): change = .deleteAssessment(a)
            case .cpdActivity(let a): change = .deleteCPDActivity(a)
            case .qualificationHeld(let q): change = .deleteQualification(q)
            case .movement(let m): change = .deleteMovement(m)
            case .booking(let b): change = .deleteBooking(b)
            default: return []
            }
            return [.apply(change, before: record, origin: .quick)]
        case .editMemberships:
            guard let records = view.records else { return [] }
            let professions = Choices.professions(state).map { (id: $0.id, name: $0.name) }
            state.form = MembershipForm.make(member, memberships: records.memberships, professions: professions)
        default:
            guard view.list.reduce(command, count: view.rowCount, visible: MemberScreen.visibleRows(state.size),
                                   selected: view.selected) else { return nil }
            state.member = view
        }
        return []
    }

    /// The departments read with the members list (the member's records are reached from it).
    static func departments(_ state: AppState) -> [NamedID] {
        let read = state.member?.departments ?? []
        return (read.isEmpty ? state.staffList.departments : read).map { NamedID(id: $0.id, name: $0.name) }
    }

    static func deleteQuestion(_ record: EditableRecord, _ state: AppState) -> String {
        let what: String
        switch record {
        case .assessment(let a): what = "the \(MemberScreen.skillName(a.skillId, state)) assessment at L\(a.level) of \(a.date.iso)"
        case .cpdActivity(let a): what = "the CPD activity \"\(a.title)\" of \(a.date.iso)"
        case .qualificationHeld(let q): what = "the qualification \"\(q.qualification)\""
        case .movement(let m): what = "the movement \"\(m.type.label)\" of \(m.start.iso)"
        case .booking(let b):
            guard b.status != .completed else {
                return "A completed booking is not deleted: e sets it back to booked (its CPD activity goes), then d. n keeps it."
            }
            what = "the booking (\(b.text))"
        default: what = "this record"
        }
        return "Delete \(what)? Nothing else goes with it; u puts it back. y deletes, n keeps it."
    }
}

/// A member's records as read, with whose they are.
struct MemberRecordsRead: FeatureData {
    var staffId: RowID
    var records: MemberRecords
    /// The member as stored, when asked for.
    var member: StaffMember?
    var departments: [Department] = []
}
