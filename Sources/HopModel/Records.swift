/// The records a Head of Profession's team keeps. Plain values; the store gives them ids.
///
/// `version` is the row version used to detect that a record changed in the store since a
/// form was opened (optimistic concurrency): every write bumps it.

public typealias RowID = Int64

public struct Department: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var code: String
    public var name: String
    /// Devolved administrations (Welsh Government, Scottish Government, NI) are departments too.
    public var isDevolved: Bool
    public var version: Int

    public init(id: RowID = 0, code: String, name: String, isDevolved: Bool = false, version: Int = 0) {
        self.id = id; self.code = code; self.name = name; self.isDevolved = isDevolved; self.version = version
    }
}

/// One rung of the grade ladder. `rank` orders the ladder (AA lowest).
public struct Grade: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var code: String
    public var name: String
    public var rank: Int
    public var version: Int

    public init(id: RowID = 0, code: String, name: String, rank: Int, version: Int = 0) {
        self.id = id; self.code = code; self.name = name; self.rank = rank; self.version = version
    }

    /// The default civil service ladder, lowest first.
    public static let defaultLadder: [(code: String, name: String)] = [
        ("AA", "Administrative Assistant"), ("AO", "Administrative Officer"),
        ("EO", "Executive Officer"), ("HEO", "Higher Executive Officer"),
        ("SEO", "Senior Executive Officer"), ("G7", "Grade 7"), ("G6", "Grade 6"),
        ("SCS1", "Deputy Director"), ("SCS2", "Director"), ("SCS3", "Director General"),
    ]
}

public struct Profession: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var code: String
    public var name: String
    public var headName: String
    public var headEmail: String
    public var headPhone: String
    public var isNew: Bool
    /// Names of the proficiency levels, lowest first; the scale runs 1...labels.count.
    public var scaleLabels: [String]
    public var version: Int

    public var scaleMax: Int { scaleLabels.count }

    public init(id: RowID = 0, code: String, name: String, headName: String = "", headEmail: String = "",
                headPhone: String = "", isNew: Bool = false,
                scaleLabels: [String] = ["Awareness", "Working", "Practitioner", "Expert"], version: Int = 0) {
        self.id = id; self.code = code; self.name = name; self.headName = headName
        self.headEmail = headEmail; self.headPhone = headPhone; self.isNew = isNew
        self.scaleLabels = scaleLabels; self.version = version
    }
}

public struct Skill: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var professionId: RowID
    public var name: String
    public var version: Int

    public init(id: RowID = 0, professionId: RowID, name: String, version: Int = 0) {
        self.id = id; self.professionId = professionId; self.name = name; self.version = version
    }
}

/// The proficiency a skill requires at a grade (0 = not required at that grade).
public struct SkillRequirement: Hashable, Sendable {
    public var skillId: RowID
    public var gradeId: RowID
    public var level: Int

    public init(skillId: RowID, gradeId: RowID, level: Int) {
        self.skillId = skillId; self.gradeId = gradeId; self.level = level
    }
}

public struct StaffMember: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var staffNumber: String
    public var name: String
    public var gradeId: RowID
    public var departmentId: RowID
    public var post: String
    /// The day they joined the profession; nil: before any CPD cycle that matters (`CPDRule`).
    public var joinedProfession: Day?
    /// Their working pattern; nil: full time.
    public var fte: FullTimeEquivalent?
    public var version: Int

    public init(id: RowID = 0, staffNumber: String, name: String, gradeId: RowID, departmentId: RowID,
                post: String = "", joinedProfession: Day? = nil, fte: FullTimeEquivalent? = nil, version: Int = 0) {
        self.id = id; self.staffNumber = staffNumber; self.name = name; self.gradeId = gradeId
        self.departmentId = departmentId; self.post = post; self.joinedProfession = joinedProfession
        self.fte = fte; self.version = version
    }
}

/// A staff member's membership of a profession; at most three, exactly one primary.
public struct StaffProfession: Hashable, Sendable {
    public var staffId: RowID
    public var professionId: RowID
    public var isPrimary: Bool

    public init(staffId: RowID, professionId: RowID, isPrimary: Bool) {
        self.staffId = staffId; self.professionId = professionId; self.isPrimary = isPrimary
    }

    public static let maximumPerStaff = 3
}

public enum AssessmentSource: String, CaseIterable, Sendable {
    case selfAssessed = "self"
    case lineManager = "line-manager"
    case panel = "panel"

    public var label: String {
        switch self {
        case .selfAssessed: "Self"
        case .lineManager: "Line manager"
        case .panel: "Panel"
        }
    }
}

public struct SkillAssessment: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var staffId: RowID
    public var skillId: RowID
    public var level: Int
    public var date: Day
    public var source: AssessmentSource
    public var version: Int

    public init(id: RowID = 0, staffId: RowID, skillId: RowID, level: Int, date: Day,
                source: AssessmentSource, version: Int = 0) {
        self.id = id; self.staffId = staffId; self.skillId = skillId; self.level = level
        self.date = date; self.source = source; self.version = version
    }
}

public enum CPDActivityType: String, CaseIterable, Sendable {
    case course
    case qualificationStudy = "qualification-study"
    case seminar
    case secondment
    case jobShadowing = "job-shadowing"
    case coaching
    case mentoring
    case actionLearning = "action-learning"
    case conference
    case selfStudy = "self-study"

    public var label: String {
        switch self {
        case .course: "Course"
        case .qualificationStudy: "Qualification study"
        case .seminar: "Seminar or workshop"
        case .secondment: "Secondment"
        case .jobShadowing: "Job shadowing"
        case .coaching: "Coaching"
        case .mentoring: "Mentoring"
        case .actionLearning: "Action learning"
        case .conference: "Conference"
        case .selfStudy: "Self-study"
        }
    }
}

/// What a profession requires of its members' CPD (principles 5.9 and 5.11).
/// A cycle is twelve months starting on the first day of `cycleStartMonth`.
public struct CPDRequirement: Hashable, Sendable {
    public var professionId: RowID
    public var hoursPerCycle: Int
    public var cycleStartMonth: Int
    public var countedTypes: Set<CPDActivityType>
    public var version: Int

    public init(professionId: RowID, hoursPerCycle: Int, cycleStartMonth: Int = 4,
                countedTypes: Set<CPDActivityType> = Set(CPDActivityType.allCases), version: Int = 0) {
        self.professionId = professionId; self.hoursPerCycle = hoursPerCycle
        self.cycleStartMonth = cycleStartMonth; self.countedTypes = countedTypes; self.version = version
    }

    /// The year in which the cycle containing `day` started.
    public func cycleYear(containing day: Day) -> Int {
        day.month >= cycleStartMonth ? day.year : day.year - 1
    }

    public func cycleStart(year: Int) -> Day {
        Day(year: year, month: cycleStartMonth, day: 1) ?? (year < Day.supportedYears.lowerBound ? Day.earliest : Day.latest)
    }
    public func cycleEnd(year: Int) -> Day { cycleStart(year: year).adding(months: 12).adding(days: -1) }
}

/// A qualification a profession makes mandatory at a grade.
public struct QualificationRequirement: Hashable, Sendable {
    public var professionId: RowID
    public var gradeId: RowID
    public var qualification: String

    public init(professionId: RowID, gradeId: RowID, qualification: String) {
        self.professionId = professionId; self.gradeId = gradeId; self.qualification = qualification
    }
}

public struct CPDActivity: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var staffId: RowID
    public var date: Day
    /// Whole minutes, so that sums are exact; shown as hours.
    public var minutes: Int
    public var type: CPDActivityType
    public var title: String
    public var note: String
    public var version: Int

    public init(id: RowID = 0, staffId: RowID, date: Day, minutes: Int, type: CPDActivityType,
                title: String, note: String = "", version: Int = 0) {
        self.id = id; self.staffId = staffId; self.date = date; self.minutes = minutes
        self.type = type; self.title = title; self.note = note; self.version = version
    }
}

public struct QualificationHeld: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var staffId: RowID
    public var qualification: String
    public var date: Day
    /// The last day it is valid; nil: it does not expire.
    public var expires: Day?
    public var version: Int

    public init(id: RowID = 0, staffId: RowID, qualification: String, date: Day, expires: Day? = nil, version: Int = 0) {
        self.id = id; self.staffId = staffId; self.qualification = qualification; self.date = date
        self.expires = expires; self.version = version
    }
}

public enum ChecklistStatus: String, CaseIterable, Sendable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done
    case notApplicable = "n/a"

    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .done: "Done"
        case .notApplicable: "Not applicable"
        }
    }

    /// The status after this one when cycling with the space bar.
    public var next: ChecklistStatus {
        let all = ChecklistStatus.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// A profession's progress on one item of the good-practice checklist.
public struct ChecklistEntry: Hashable, Sendable {
    public var professionId: RowID
    public var itemId: String
    public var status: ChecklistStatus
    public var owner: String
    public var due: Day?
    public var evidence: String
    public var updated: Day?
    public var version: Int

    public init(professionId: RowID, itemId: String, status: ChecklistStatus = .notStarted, owner: String = "",
                due: Day? = nil, evidence: String = "", updated: Day? = nil, version: Int = 0) {
        self.professionId = professionId; self.itemId = itemId; self.status = status; self.owner = owner
        self.due = due; self.evidence = evidence; self.updated = updated; self.version = version
    }
}

/// One self-assessment of a profession's maturity in one area. Every one is kept (history);
/// one entered by mistake can be corrected (at its row version) or deleted.
public struct MaturityAssessment: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var professionId: RowID
    public var area: Int
    public var level: Int
    public var date: Day
    public var assessor: String
    public var rationale: String
    public var version: Int

    public init(id: RowID = 0, professionId: RowID, area: Int, level: Int, date: Day, assessor: String,
                rationale: String = "", version: Int = 0) {
        self.id = id; self.professionId = professionId; self.area = area; self.level = level
        self.date = date; self.assessor = assessor; self.rationale = rationale; self.version = version
    }
}

/// Who changed what, when (principle 3.2: corporate memory). `before`/`after` are JSON.
public struct ChangeLogEntry: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var at: String
    public var user: String
    public var table: String
    public var recordId: String
    public var action: String
    public var professionId: RowID?
    public var before: String?
    public var after: String?
    /// Names of the rows it refers to, as the store holds them now, by "table:id" ("staff:3566"
    /// → "Ann Example (S001)"); for the interactive change log only (names are personal data).
    public var names: [String: String] = [:]

    public init(id: RowID = 0, at: String, user: String, table: String, recordId: String, action: String,
                professionId: RowID?, before: String?, after: String?) {
        self.id = id; self.at = at; self.user = user; self.table = table; self.recordId = recordId
        self.action = action; self.professionId = professionId; self.before = before; self.after = after
    }
}
