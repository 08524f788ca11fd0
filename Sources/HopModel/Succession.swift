/// How likely a business-critical post's holder is to leave it soon (principles 3.3, 3.4).
public enum LossRisk: String, CaseIterable, Sendable {
    case high, medium, low

    public var label: String {
        switch self {
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        }
    }
}

/// How soon a successor could take a post on.
public enum Readiness: String, CaseIterable, Sendable {
    case readyNow = "ready-now"
    case oneToTwoYears = "1-2-years"
    case threeYearsOrMore = "3-years-plus"

    public var label: String {
        switch self {
        case .readyNow: "Ready now"
        case .oneToTwoYears: "1-2 years"
        case .threeYearsOrMore: "3+ years"
        }
    }
}

/// A person named to succeed to a business-critical post, how ready they are and what would
/// develop them for it.
public struct Successor: Hashable, Sendable {
    public var staffId: RowID
    public var readiness: Readiness
    public var action: String

    public init(staffId: RowID, readiness: Readiness, action: String = "") {
        self.staffId = staffId; self.readiness = readiness; self.action = action
    }
}

/// One post on a profession's register of business-critical posts (principles 2.4, 3.3,
/// 3.4): where it is, who holds it (nil: vacant), how likely it is to be lost, whether the
/// Head of Profession must be involved in recruiting to it, and its successors in the order
/// the register lists them. The successors are part of the record: saved, versioned and
/// logged with it.
public struct CriticalPost: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var professionId: RowID
    public var departmentId: RowID
    public var gradeId: RowID
    public var title: String
    public var holderId: RowID?
    public var risk: LossRisk
    public var headInvolved: Bool
    public var successors: [Successor]
    public var version: Int

    public init(id: RowID = 0, professionId: RowID, departmentId: RowID, gradeId: RowID, title: String,
                holderId: RowID? = nil, risk: LossRisk = .medium, headInvolved: Bool = true,
                successors: [Successor] = [], version: Int = 0) {
        self.id = id; self.professionId = professionId; self.departmentId = departmentId; self.gradeId = gradeId
        self.title = title; self.holderId = holderId; self.risk = risk; self.headInvolved = headInvolved
        self.successors = successors; self.version = version
    }

    public var isVacant: Bool { holderId == nil }

    /// What the figures count of a post: no title, no names.
    public var fact: CriticalPostFact {
        CriticalPostFact(professionId: professionId, departmentId: departmentId, isVacant: isVacant, risk: risk,
                         headInvolved: headInvolved, readiness: successors.map(\.readiness))
    }
}

/// A critical post reduced to what succession coverage counts (see `SuccessionCoverage`).
public struct CriticalPostFact: Hashable, Sendable {
    public var professionId: RowID
    public var departmentId: RowID
    public var isVacant: Bool
    public var risk: LossRisk
    public var headInvolved: Bool
    public var readiness: [Readiness]

    public init(professionId: RowID, departmentId: RowID, isVacant: Bool, risk: LossRisk, headInvolved: Bool = false,
                readiness: [Readiness]) {
        self.professionId = professionId; self.departmentId = departmentId; self.isVacant = isVacant
        self.risk = risk; self.headInvolved = headInvolved; self.readiness = readiness
    }

    public var hasReadyNow: Bool { readiness.contains(.readyNow) }
    public var hasSuccessor: Bool { !readiness.isEmpty }
}

extension CriticalPost {
    /// The readiest of the post's successors (nil: none named).
    public var bestReadiness: Readiness? {
        successors.map(\.readiness).min { a, b in
            Readiness.allCases.firstIndex(of: a)! < Readiness.allCases.firstIndex(of: b)!
        }
    }
}

/// A profession's register as its screen shows it: the posts with their successors, the people
/// they name (holders and successors, by id), and the departments and grades posts sit in.
public struct SuccessionRegister: Hashable, Sendable {
    public var posts: [CriticalPost]
    public var people: [RowID: StaffMember]
    public var departments: [Department]
    /// The grade ladder, lowest first.
    public var grades: [Grade]

    public init(posts: [CriticalPost], people: [RowID: StaffMember], departments: [Department], grades: [Grade]) {
        self.posts = posts; self.people = people; self.departments = departments; self.grades = grades
    }

    public var coverage: SuccessionCoverage { SuccessionCoverage(posts: posts.map(\.fact)) }

    /// "Ann Example" for someone on the register, "#ID (deleted)" if gone since the read.
    public func name(_ id: RowID) -> String { people[id]?.name ?? "#\(id) (deleted)" }
}
