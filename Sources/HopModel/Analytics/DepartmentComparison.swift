/// One department's people as the professions' dashboards would see them if the department
/// were the whole store: every profession's figures counting only that department's staff.
public struct DepartmentData: Hashable, Sendable {
    public var department: Department
    /// Staff in the department, members of a profession or not.
    public var staff: Int
    /// Their figures, without movements (the comparison shows none).
    public var professions: [ProfessionData]

    public init(department: Department, staff: Int, professions: [ProfessionData]) {
        self.department = department; self.staff = staff; self.professions = professions
    }
}

/// A department's row on the overview's department comparison: aggregates over its
/// professions, computed by the same reports as each profession's dashboard.
public struct DepartmentRow: Hashable, Sendable {
    public var code: String
    public var name: String
    public var staff: Int
    /// Professions with at least one member in the department.
    public var professions: Int
    /// Members completed or on track for CPD, out of members of professions that set a requirement.
    public var cpdCompliant: Ratio
    /// Assessments below the required level, out of those at grades where the skill is required
    /// (each member's latest level per skill).
    public var belowRequired: Ratio
    /// Members with at least one assessment in their profession, out of all memberships.
    public var assessed: Ratio

    public init(data: DepartmentData, today: Day) {
        code = data.department.code
        name = data.department.name
        staff = data.staff
        professions = data.professions.filter { $0.memberCount > 0 }.count
        var cpd = Ratio(0, of: 0), below = Ratio(0, of: 0), assessed = Ratio(0, of: 0)
        for profession in data.professions {
            if let report = CPDReport(data: profession, today: today) {
                cpd = cpd + report.compliant
            }
            let gaps = SkillGapReport(data: profession)
            for row in gaps.rows { below = below + row.belowRatio }
            assessed = assessed + gaps.coverage
        }
        cpdCompliant = cpd
        belowRequired = below
        self.assessed = assessed
    }
}

extension Ratio {
    /// Counts and bases added: the ratio of two groups taken together.
    static func + (lhs: Ratio, rhs: Ratio) -> Ratio { Ratio(lhs.count + rhs.count, of: lhs.base + rhs.base) }
}
