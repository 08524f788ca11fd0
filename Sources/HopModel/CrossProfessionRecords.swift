/// How people move (principle 3.2 asks for staff movements to be kept as corporate memory):
/// within the civil service between posts, professions and departments, and out to another
/// sector and back (secondment, loan, structured job shadowing).
public enum MovementType: String, CaseIterable, Sendable {
    case post
    case profession
    case department
    case secondment = "secondment-out"
    case loan = "loan-out"
    case shadowing = "job-shadowing"
    case returned = "return"

    public var label: String {
        switch self {
        case .post: "Post"
        case .profession: "Profession"
        case .department: "Department"
        case .secondment: "Secondment out"
        case .loan: "Loan out"
        case .shadowing: "Job shadowing placement"
        case .returned: "Return"
        }
    }

    /// Placed with another organisation for a while: organisation and sector say where.
    public var isPlacement: Bool { self == .secondment || self == .loan || self == .shadowing }

    /// Away from their post until they return (shadowing is done alongside the post).
    public var isAway: Bool { self == .secondment || self == .loan }

    /// The CPD activity type that learning from this placement is logged as, if any.
    public var cpdType: CPDActivityType? {
        switch self {
        case .secondment, .loan: .secondment
        case .shadowing: .jobShadowing
        default: nil
        }
    }
}

/// The sector of the organisation a placement is with.
public enum Sector: String, CaseIterable, Sendable {
    case civilService = "civil-service"
    case widerPublic = "wider-public"
    case privateSector = "private"
    case voluntary
    case academic
    case international

    public var label: String {
        switch self {
        case .civilService: "Civil service"
        case .widerPublic: "Wider public sector"
        case .privateSector: "Private sector"
        case .voluntary: "Voluntary sector"
        case .academic: "Academia"
        case .international: "International"
        }
    }
}

/// One movement of a staff member. Which of the from/to fields matter depends on `type`:
/// posts for `.post`, professions for `.profession` (a nil side is joining from, or leaving
/// to, outside the profession), departments for `.department`, organisation and sector for
/// placements. `end` is the expected or actual end of a placement.
public struct Movement: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var staffId: RowID
    public var type: MovementType
    public var fromPost: String
    public var toPost: String
    public var fromProfessionId: RowID?
    public var toProfessionId: RowID?
    public var fromDepartmentId: RowID?
    public var toDepartmentId: RowID?
    public var organisation: String
    public var sector: Sector?
    public var start: Day
    public var end: Day?
    public var note: String
    public var version: Int

    public init(id: RowID = 0, staffId: RowID, type: MovementType, fromPost: String = "", toPost: String = "",
                fromProfessionId: RowID? = nil, toProfessionId: RowID? = nil, fromDepartmentId: RowID? = nil,
                toDepartmentId: RowID? = nil, organisation: String = "", sector: Sector? = nil, start: Day,
                end: Day? = nil, note: String = "", version: Int = 0) {
        self.id = id; self.staffId = staffId; self.type = type; self.fromPost = fromPost; self.toPost = toPost
        self.fromProfessionId = fromProfessionId; self.toProfessionId = toProfessionId
        self.fromDepartmentId = fromDepartmentId; self.toDepartmentId = toDepartmentId
        self.organisation = organisation; self.sector = sector; self.start = start; self.end = end
        self.note = note; self.version = version
    }

    /// What the dashboard's figures need of a movement: no text, no name.
    public var fact: MovementFact {
        MovementFact(staffId: staffId, type: type, fromProfessionId: fromProfessionId, toProfessionId: toProfessionId,
                     start: start, end: end)
    }
}

/// A movement reduced to what the analytics count (see `MovementReport`).
public struct MovementFact: Hashable, Sendable {
    public var staffId: RowID
    public var type: MovementType
    public var fromProfessionId: RowID?
    public var toProfessionId: RowID?
    public var start: Day
    public var end: Day?

    public init(staffId: RowID, type: MovementType, fromProfessionId: RowID? = nil, toProfessionId: RowID? = nil,
                start: Day, end: Day? = nil) {
        self.staffId = staffId; self.type = type; self.fromProfessionId = fromProfessionId
        self.toProfessionId = toProfessionId; self.start = start; self.end = end
    }
}

/// A profession's lead in one department (principle 2.2: contacts readily available).
public struct DepartmentalLead: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var professionId: RowID
    public var departmentId: RowID
    public var name: String
    public var email: String
    public var phone: String
    public var version: Int

    public init(id: RowID = 0, professionId: RowID, departmentId: RowID, name: String, email: String = "",
                phone: String = "", version: Int = 0) {
        self.id = id; self.professionId = professionId; self.departmentId = departmentId; self.name = name
        self.email = email; self.phone = phone; self.version = version
    }
}

/// What the seminar planner keeps between plans: how many groups, and the professions the
/// organiser pinned to a group (0-based). Version 0 until first saved.
public struct SeminarSettings: Hashable, Sendable {
    public static let defaultGroups = 3
    public static let groupRange = 1...12

    public var groups: Int
    public var locks: [RowID: Int]
    public var version: Int

    public init(groups: Int = SeminarSettings.defaultGroups, locks: [RowID: Int] = [:], version: Int = 0) {
        self.groups = groups; self.locks = locks; self.version = version
    }
}
