import GRDB
import HopModel

/// Restricts a read to one profession, or none.
struct ProfessionFilter {
    let id: RowID?

    func clause(_ column: String = "profession_id") -> String {
        id == nil ? "" : "WHERE \(column) = ?"
    }

    var arguments: StatementArguments { id.map { [$0] } ?? [] }
}

/// The summary tables' rows, grouped by profession; CPD figures for the cycle containing `today`.
struct SummaryRows {
    var membership: [RowID: [GradeMembership]] = [:]
    var levels: [RowID: [SkillLevelCount]] = [:]
    var coverage: [RowID: [CPDCoverageBin]] = [:]
    var types: [RowID: [CPDTypeTotal]] = [:]
    var holdings: [RowID: [QualificationHolding]] = [:]
    var qualificationGrades: [RowID: [QualificationGradeCount]] = [:]

    /// Columns are read by position: GRDB's lookup by name lower-cases the name and every
    /// column's name on each access, which was the largest cost of the overview's read.
    /// `forOverview` leaves out the CPD hours by type and each qualification's holders, which
    /// the overview does not show (their rows are read a page each, a range of expiry dates).
    static func fetch(_ db: Database, only: ProfessionFilter, today: Day, department: RowID?,
                      cpdRequirements: [CPDRequirement], forOverview: Bool = false) throws -> SummaryRows {
        var rows = SummaryRows()
        /// The summary's table, or the table of the summary split by department.
        func table(_ summary: Summary) -> String { department == nil ? summary.table : summary.byDepartment.table }
        /// The condition on a split summary's rows (`alias`) that keeps the department's. A row
        /// id, never text from outside, so it is written into the statement.
        func inDepartment(_ alias: String = "s") -> String { department.map { "\(alias).department_id = \($0) AND " } ?? "" }
        /// The summary table, or its department's rows of the summary split by department.
        func source(_ summary: Summary) -> (String, StatementArguments) {
            guard let department else { return (summary.table, []) }
            return ("(SELECT * FROM \(table(summary)) WHERE department_id = ?)", [department])
        }
        let (membership, membershipArguments) = source(.membership)
        let (levels, levelArguments) = source(.skillLevel)
        let (types, typeArguments) = source(.cpdTypes)
        try Row.fetchCursor(db, sql: """
            SELECT profession_id, grade_id, members, assessed FROM \(membership) \(only.clause())
            ORDER BY profession_id, grade_id
            """, arguments: membershipArguments + only.arguments).forEach { row in
            try rows.membership[row.value(at: 0), default: []].append(
                GradeMembership(gradeId: row.value(at: 1), members: row.value(at: 2), assessed: row.value(at: 3)))
        }
        // Assessed, but last before the audit cycle began (the profession's whole staff only:
        // the summary is not split by department).
        if department == nil {
            let cutoff = today.adding(months: -PeopleCriterion.auditCycleMonths).iso
            // Per grade a range of the summary's key, up to the cutoff (not a scan of every date).
            try Row.fetchCursor(db, sql: """
                SELECT m.profession_id, m.grade_id,
                       (SELECT SUM(s.n) FROM \(Summary.lastAssessed.table) s
                        WHERE s.profession_id = m.profession_id AND s.grade_id = m.grade_id AND s.last_date < ?)
                FROM \(Summary.membership.table) m \(only.clause("m.profession_id"))
                """, arguments: [cutoff] + only.arguments).forEach { row in
                let profession: RowID = try row.value(at: 0), grade: RowID = try row.value(at: 1)
                let overdue: Int? = try row.value(at: 2)
                guard let n = overdue else { return }
                guard let i = rows.membership[profession]?.firstIndex(where: { $0.gradeId == grade }) else { return }
                rows.membership[profession]?[i].auditOverdue = n
            }
        }
        try Row.fetchCursor(db, sql: """
            SELECT profession_id, skill_id, grade_id, level, n FROM \(levels) \(only.clause())
            ORDER BY profession_id, skill_id, grade_id, level
            """, arguments: levelArguments + only.arguments).forEach { row in
            try rows.levels[row.value(at: 0), default: []].append(
                SkillLevelCount(skillId: row.value(at: 1), gradeId: row.value(at: 2), level: row.value(at: 3),
                                count: row.value(at: 4)))
        }
        // Each profession's current cycle, and per start month the days of it its members owe
        // and the days of those gone by today (`CPDRule`): the rows of the coverage summary
        // merge into one bin per category (short of both, past one, past both), with the fewest
        // days covered in it, so that what is read is bounded by the number of professions, not
        // by the days covered. Each category is a range of the summary's key, so its fewest
        // days is one seek and its count one range, with nothing to sort (grouping the joined
        // rows by category cost 10-20 ms at 510,000 staff, a third of the overview's read).
        var thresholds: [[Int]] = []
        for requirement in cpdRequirements {
            let cycleYear = requirement.cycleYear(containing: today)
            let rule = CPDRule(requirement: requirement, cycleYear: cycleYear, today: today)
            for month in 0...CPDRule.monthsPerCycle {
                let owed = rule.memberDays(startMonth: month), elapsed = rule.elapsedDays(startMonth: month)
                thresholds.append([Int(requirement.professionId), cycleYear, month, min(owed, elapsed), max(owed, elapsed)])
            }
        }
        let thresholdList = "[" + thresholds.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }
            .joined(separator: ",") + "]"
        func category(_ range: String) -> String {
            let rows = """
                FROM \(table(.cpdCoverage)) s WHERE \(inDepartment())s.profession_id = d.profession_id
                AND s.cycle_year = d.cycle_year AND s.start_month = d.start_month AND \(range)
                """
            return "(SELECT MIN(s.covered_days) \(rows)), (SELECT SUM(s.n) \(rows))"
        }
        try Row.fetchCursor(db, sql: """
            WITH due AS MATERIALIZED (
                SELECT json_extract(value, '$[0]') AS profession_id, json_extract(value, '$[1]') AS cycle_year,
                       json_extract(value, '$[2]') AS start_month, json_extract(value, '$[3]') AS low,
                       json_extract(value, '$[4]') AS high
                FROM json_each(?)
            )
            SELECT d.profession_id, d.start_month, \(category("s.covered_days < d.low")),
                   \(category("s.covered_days >= d.low AND s.covered_days < d.high")), \(category("s.covered_days >= d.high"))
            FROM due d ORDER BY d.profession_id, d.start_month
            """, arguments: [thresholdList]).forEach { row in
            let profession: RowID = try row.value(at: 0), month: Int = try row.value(at: 1)
            for column in stride(from: 2, to: 8, by: 2) {
                let fewest: Int? = try row.value(at: column), staff: Int? = try row.value(at: column + 1)
                guard let fewest, let staff else { continue }
                rows.coverage[profession, default: []].append(CPDCoverageBin(coveredDays: fewest, staff: staff, startMonth: month))
            }
        }
        if !forOverview {
            // The current cycle started this year if its start month has come, else last year.
            let currentCycle = "s.cycle_year = ? - (? < r.cycle_start_month)"
            let cycleArguments: StatementArguments = [today.year, today.month] + only.arguments
            let professionCondition = only.id == nil ? "" : "AND s.profession_id = ?"
            try Row.fetchCursor(db, sql: """
                SELECT s.profession_id, s.type, s.minutes, s.activities
                FROM \(types) s JOIN cpd_requirement r ON r.profession_id = s.profession_id
                WHERE \(currentCycle) \(professionCondition)
                ORDER BY s.profession_id, s.type
                """, arguments: typeArguments + cycleArguments).forEach { row in
                let type = try row.decoded("type", as: CPDActivityType.self)
                try rows.types[row.value(at: 0), default: []].append(
                    CPDTypeTotal(type: type, minutes: row.value(at: 2), activities: row.value(at: 3)))
            }
        }
        let window: StatementArguments = [today.iso, today.iso, today.adding(days: QualificationReport.expiringWithinDays).iso]
        if !forOverview {
            // Valid today: to today or later; lapsing soon: valid, to at most the window's end. Each
            // required qualification's holders are ranges of the summary's key (its rows are by
            // expiry date, two thirds of them lapsed at 510,000 staff), so lapsed rows are not read.
            let heldRows = """
                FROM \(table(.qualificationHeld)) s WHERE \(inDepartment())s.profession_id = r.profession_id AND s.grade_id = r.grade_id
                AND s.qualification = r.qualification
                """
            try Row.fetchCursor(db, sql: """
                SELECT r.profession_id, r.grade_id, r.qualification,
                       COALESCE((SELECT SUM(s.n) \(heldRows) AND s.expires >= ?), 0),
                       COALESCE((SELECT SUM(s.n) \(heldRows) AND s.expires BETWEEN ? AND ?), 0)
                FROM qualification_requirement r
                WHERE EXISTS (SELECT 1 \(heldRows)) \(only.id == nil ? "" : "AND r.profession_id = ?")
                ORDER BY r.profession_id, r.grade_id, r.qualification
                """, arguments: window + only.arguments).forEach { row in
                try rows.holdings[row.value(at: 0), default: []].append(
                    QualificationHolding(gradeId: row.value(at: 1), qualification: row.value(at: 2), holders: row.value(at: 3),
                                         expiring: row.value(at: 4)))
            }
        }
        // Per grade with a mandatory qualification: its members (every one of them has a row of
        // the members' summary, so the membership summary's count is theirs), those whose
        // earliest lapse is today or later (a range of the key: the rest miss one) and those
        // lapsing within the window (another range). The missing and lapsed rows, most of them
        // at 510,000 staff, are not read.
        let memberRows = """
            FROM \(table(.qualificationMembers)) s WHERE \(inDepartment())s.profession_id = r.profession_id AND s.grade_id = r.grade_id
            """
        try Row.fetchCursor(db, sql: """
            SELECT r.profession_id, r.grade_id, m.members,
                   m.members - COALESCE((SELECT SUM(s.n) \(memberRows) AND s.earliest >= ?), 0),
                   COALESCE((SELECT SUM(s.n) \(memberRows) AND s.earliest BETWEEN ? AND ?), 0)
            FROM (SELECT DISTINCT profession_id, grade_id FROM qualification_requirement \(only.clause())) r
            JOIN \(table(.membership)) m ON \(inDepartment("m"))m.profession_id = r.profession_id
                 AND m.grade_id = r.grade_id
            ORDER BY r.profession_id, r.grade_id
            """, arguments: window + only.arguments).forEach { row in
            try rows.qualificationGrades[row.value(at: 0), default: []].append(
                QualificationGradeCount(gradeId: row.value(at: 1), members: row.value(at: 2), missingOne: row.value(at: 3),
                                        expiring: row.value(at: 4)))
        }
        return rows
    }
}
