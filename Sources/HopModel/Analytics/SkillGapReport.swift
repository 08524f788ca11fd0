/// Skills gaps from the skills audit (principle 5.10) against the competency framework (2.9).
///
/// For each skill and grade, members whose latest assessment is below the level required at
/// their grade are "below". Grades where a skill is not required (level 0) cannot be below,
/// so percentages use as base the assessed members of grades where the skill is required.
public struct SkillGradeCell: Hashable, Sendable {
    public var gradeId: RowID
    public var required: Int
    /// Members at this grade whose latest assessment of the skill is each level (index 0 = level 1).
    public var levelCounts: [Int]
    public var below: Int
    public var shortfallTotal: Int

    public var assessed: Int { levelCounts.reduce(0, +) }
    /// Share below requirement; nil when not required here or nobody assessed.
    public var belowRatio: Ratio? { required > 0 ? Ratio(below, of: assessed) : nil }
}

public struct SkillGapRow: Hashable, Sendable {
    public var skill: Skill
    public var cells: [SkillGradeCell]

    public var assessed: Int { cells.reduce(0) { $0 + $1.assessed } }
    public var below: Int { cells.reduce(0) { $0 + $1.below } }
    /// Below requirement, out of those assessed at grades where the skill is required.
    public var belowRatio: Ratio { Ratio(below, of: cells.filter { $0.required > 0 }.reduce(0) { $0 + $1.assessed }) }
    /// Mean levels short, over those below requirement; nil when nobody is below.
    public var meanShortfall: Double? {
        below > 0 ? Double(cells.reduce(0) { $0 + $1.shortfallTotal }) / Double(below) : nil
    }
}

public struct SkillGapReport: Hashable, Sendable {
    public var rows: [SkillGapRow]
    /// Grades shown as heat-map columns: those with members or any requirement.
    public var grades: [Grade]
    public var scaleMax: Int
    /// Members with at least one assessment in this profession, out of all members.
    public var coverage: Ratio
    public var coverageByGrade: [(grade: Grade, ratio: Ratio)]

    public var neverAssessed: Int { coverage.base - coverage.count }
    /// Members at a shown grade never assessed (as `coverageByGrade` has them).
    public func neverAssessed(grade: RowID) -> Int {
        coverageByGrade.first { $0.grade.id == grade }.map { $0.ratio.base - $0.ratio.count } ?? 0
    }
    /// Members assessed, but last before the audit cycle (`PeopleCriterion.auditCycleMonths`).
    public var auditOverdue: Int
    /// The same at each grade, by grade id (absent: none).
    public var auditOverdueByGrade: [RowID: Int]

    /// The skill with the largest share below requirement (ties: more people below, then name).
    public var largestGap: SkillGapRow? {
        rows.filter { $0.below > 0 }.max { a, b in
            let fa = a.belowRatio.fraction ?? 0, fb = b.belowRatio.fraction ?? 0
            if fa != fb { return fa < fb }
            if a.below != b.below { return a.below < b.below }
            return a.skill.name > b.skill.name
        }
    }

    public static func == (lhs: SkillGapReport, rhs: SkillGapReport) -> Bool {
        lhs.rows == rhs.rows && lhs.grades == rhs.grades && lhs.scaleMax == rhs.scaleMax && lhs.coverage == rhs.coverage
            && lhs.coverageByGrade.map(\.grade) == rhs.coverageByGrade.map(\.grade)
            && lhs.coverageByGrade.map(\.ratio) == rhs.coverageByGrade.map(\.ratio)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(rows); hasher.combine(coverage) }

    public init(data: ProfessionData) {
        let scaleMax = max(1, data.profession.scaleMax)
        // One flat dictionary per table, keyed by skill and grade: a dashboard of each of 30
        // professions builds these on every overview read.
        struct Cell: Hashable { let skill: RowID, grade: RowID }
        var required: [Cell: Int] = [:]
        for r in data.requirements { required[Cell(skill: r.skillId, grade: r.gradeId)] = r.level }
        var counts: [Cell: [Int]] = [:]
        for c in data.levelCounts where (1...scaleMax).contains(c.level) {
            counts[Cell(skill: c.skillId, grade: c.gradeId), default: Array(repeating: 0, count: scaleMax)][c.level - 1] += c.count
        }
        let membership = Dictionary(data.membership.map { ($0.gradeId, $0) }, uniquingKeysWith: { a, _ in a })
        let shownGrades = data.grades.filter { grade in
            (membership[grade.id]?.members ?? 0) > 0 || data.requirements.contains { $0.gradeId == grade.id && $0.level > 0 }
        }
        self.grades = shownGrades
        self.scaleMax = scaleMax
        self.rows = data.skills.map { skill in
            let cells = shownGrades.map { grade -> SkillGradeCell in
                let cell = Cell(skill: skill.id, grade: grade.id)
                let req = required[cell] ?? 0
                let levels = counts[cell] ?? Array(repeating: 0, count: scaleMax)
                var below = 0, shortfall = 0
                for (index, n) in levels.enumerated() where index + 1 < req {
                    below += n
                    shortfall += n * (req - (index + 1))
                }
                return SkillGradeCell(gradeId: grade.id, required: req, levelCounts: levels, below: below,
                                      shortfallTotal: shortfall)
            }
            return SkillGapRow(skill: skill, cells: cells)
        }
        let members = data.membership.reduce(0) { $0 + $1.members }
        let assessed = data.membership.reduce(0) { $0 + $1.assessed }
        self.coverage = Ratio(assessed, of: members)
        self.auditOverdue = data.membership.reduce(0) { $0 + $1.auditOverdue }
        self.auditOverdueByGrade = Dictionary(data.membership.map { ($0.gradeId, $0.auditOverdue) }, uniquingKeysWith: +)
        self.coverageByGrade = shownGrades.map { grade in
            let m = membership[grade.id]
            return (grade, Ratio(m?.assessed ?? 0, of: m?.members ?? 0))
        }
    }
}
