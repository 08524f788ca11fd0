/// What the store reads for one profession's dashboard: records that are small by nature
/// (skills, checklist, maturity history) plus pre-aggregated summaries for everything that
/// grows with headcount. Nothing here is proportional to the number of staff.

/// How many members (staff whose professions include this one) hold a grade,
/// and how many of them have at least one skill assessment in this profession.
public struct GradeMembership: Hashable, Sendable {
    public var gradeId: RowID
    public var members: Int
    public var assessed: Int
    /// Of those assessed, how many were last assessed before the audit cycle
    /// (`PeopleCriterion.auditCycleMonths` before the day the figures are for).
    public var auditOverdue: Int

    public init(gradeId: RowID, members: Int, assessed: Int, auditOverdue: Int = 0) {
        self.gradeId = gradeId; self.members = members; self.assessed = assessed; self.auditOverdue = auditOverdue
    }
}

/// Members of `gradeId` whose latest assessment in `skillId` is `level`.
public struct SkillLevelCount: Hashable, Sendable {
    public var skillId: RowID
    public var gradeId: RowID
    public var level: Int
    public var count: Int

    public init(skillId: RowID, gradeId: RowID, level: Int, count: Int) {
        self.skillId = skillId; self.gradeId = gradeId; self.level = level; self.count = count
    }
}

/// `staff` members owe CPD from `startMonth` months into the cycle and logged counted CPD
/// (more than nothing) covering `coveredDays` of their CPD year (`CPDRule.coveredDays`), or,
/// as the store reads them, at least that many: it merges the members of one category for the
/// day read into one bin with their fewest days. Members with none logged have no bin.
public struct CPDCoverageBin: Hashable, Sendable {
    public var coveredDays: Int
    public var staff: Int
    public var startMonth: Int

    public init(coveredDays: Int, staff: Int, startMonth: Int = 0) {
        self.coveredDays = coveredDays; self.staff = staff; self.startMonth = startMonth
    }

    /// The bin of `staff` members who logged `minutes` by `rule`.
    public init(_ rule: CPDRule, minutes: Int, staff: Int, startMonth: Int = 0, fte: FullTimeEquivalent = .fullTime) {
        self.init(coveredDays: rule.coveredDays(minutes: minutes, startMonth: startMonth, fte: fte), staff: staff,
                  startMonth: startMonth)
    }
}

/// Counted CPD in the cycle by activity type, over all members.
public struct CPDTypeTotal: Hashable, Sendable {
    public var type: CPDActivityType
    public var minutes: Int
    public var activities: Int

    public init(type: CPDActivityType, minutes: Int, activities: Int) {
        self.type = type; self.minutes = minutes; self.activities = activities
    }
}

/// Of the members at `gradeId`, where `qualification` is mandatory: how many hold it valid
/// today, and how many of those lapse within `QualificationReport.expiringWithinDays`.
public struct QualificationHolding: Hashable, Sendable {
    public var gradeId: RowID
    public var qualification: String
    public var holders: Int
    public var expiring: Int

    public init(gradeId: RowID, qualification: String, holders: Int, expiring: Int) {
        self.gradeId = gradeId; self.qualification = qualification; self.holders = holders; self.expiring = expiring
    }
}

/// Members at `gradeId`, which has mandatory qualifications: how many, how many miss at least
/// one (none held, or lapsed), and how many hold them all but one lapses within
/// `QualificationReport.expiringWithinDays`.
public struct QualificationGradeCount: Hashable, Sendable {
    public var gradeId: RowID
    public var members: Int
    public var missingOne: Int
    public var expiring: Int

    public init(gradeId: RowID, members: Int, missingOne: Int, expiring: Int) {
        self.gradeId = gradeId; self.members = members; self.missingOne = missingOne; self.expiring = expiring
    }
}

public struct ProfessionData: Hashable, Sendable {
    public var profession: Profession
    /// The whole grade ladder, lowest first.
    public var grades: [Grade]
    public var skills: [Skill]
    public var requirements: [SkillRequirement]
    public var membership: [GradeMembership]
    public var levelCounts: [SkillLevelCount]
    public var cpdRequirement: CPDRequirement?
    public var qualificationRequirements: [QualificationRequirement]
    /// The cycle the CPD figures below describe (the one containing "today").
    public var cpdCycleYear: Int?
    /// Members with CPD logged in that cycle, by the days of it their CPD covers.
    public var cpdCoverage: [CPDCoverageBin]
    public var cpdTypeTotals: [CPDTypeTotal]
    /// Mandatory qualifications held, as of "today", per grade and qualification.
    public var qualificationHoldings: [QualificationHolding]
    public var qualificationGrades: [QualificationGradeCount]
    public var checklist: [ChecklistEntry]
    /// Oldest first.
    public var maturity: [MaturityAssessment]
    /// Movements that concern the profession (its profession moves, its members' placements
    /// and returns) in the periods `MovementReport` counts; few, whatever the headcount.
    public var movements: [MovementFact]
    /// The profession's business-critical posts as succession coverage counts them (no
    /// titles, no names); a few per profession.
    public var criticalPosts: [CriticalPostFact]
    /// For each list anyone was followed up for in the last `FollowUp.countedMonths`, by the
    /// list's text (`PeopleCriterion.text`): how many were and how many are still on it. Read
    /// for one profession's dashboard only, never for the overview or a shared output.
    public var followUps: [String: FollowUpProgress] = [:]

    public init(profession: Profession, grades: [Grade], skills: [Skill] = [], requirements: [SkillRequirement] = [],
                membership: [GradeMembership] = [], levelCounts: [SkillLevelCount] = [],
                cpdRequirement: CPDRequirement? = nil, qualificationRequirements: [QualificationRequirement] = [],
                cpdCycleYear: Int? = nil, cpdCoverage: [CPDCoverageBin] = [], cpdTypeTotals: [CPDTypeTotal] = [],
                qualificationHoldings: [QualificationHolding] = [], qualificationGrades: [QualificationGradeCount] = [],
                checklist: [ChecklistEntry] = [], maturity: [MaturityAssessment] = [], movements: [MovementFact] = [],
                criticalPosts: [CriticalPostFact] = []) {
        self.profession = profession; self.grades = grades; self.skills = skills
        self.requirements = requirements; self.membership = membership; self.levelCounts = levelCounts
        self.cpdRequirement = cpdRequirement; self.qualificationRequirements = qualificationRequirements
        self.cpdCycleYear = cpdCycleYear; self.cpdCoverage = cpdCoverage; self.cpdTypeTotals = cpdTypeTotals
        self.qualificationHoldings = qualificationHoldings; self.qualificationGrades = qualificationGrades
        self.checklist = checklist; self.maturity = maturity; self.movements = movements
        self.criticalPosts = criticalPosts
    }

    public var memberCount: Int { membership.reduce(0) { $0 + $1.members } }
}
