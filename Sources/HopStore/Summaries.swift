import GRDB
import HopModel

/// The pre-aggregated tables that the dashboard reads instead of assessments and CPD rows.
///
/// Each summary is defined once, as the SQL of the *contribution* of a set of staff (or of
/// everyone, or of one profession) to its counts. That one definition serves three purposes:
///
/// - **Maintenance** in the same transaction as a write that touches a staff member's data:
///   subtract that member's contribution, apply the change, add it back
///   (`Summary.maintaining(_:forStaff:_:)`). Cheap: index lookups on one person's rows.
/// - **Rebuild** after a bulk load, or of one profession after its CPD rules change:
///   delete the rows, insert the contribution (set-based SQL, no per-row work in Swift).
/// - **Verification**: compare the stored rows with the contribution of everyone, both ways.
///
/// Counts only ever reach zero through subtraction; such rows are pruned after each change,
/// so a stored row always counts something.
enum Summary: CaseIterable {
    /// Members of a profession per grade, and how many of them have at least one assessment
    /// on one of the profession's skills.
    case membership
    /// Members whose latest assessment (latest date, then highest id) of a skill is at a
    /// level, by their current grade. Assessments of non-members are kept but not counted.
    case skillLevel
    /// Per CPD cycle, how many members logged counted CPD (> 0) covering so many days of their
    /// CPD year, by the month of the cycle they owe CPD from (`CPDRule.coveredDays`: their
    /// minutes against what they owe a day, pro-rated for their full-time equivalent). A member's
    /// category for any day follows from those two numbers, so the rows are bounded by the
    /// days of a cycle, not by the number of staff, and a new day rewrites nothing.
    case cpdCoverage
    /// Per CPD cycle, members' counted CPD by activity type.
    case cpdTypes
    /// Members at a grade where their profession makes a qualification mandatory, by the last
    /// day their record of it is valid (`StoredQualificationValidity.neverExpires` if it does not
    /// lapse); members without one are not counted.
    case qualificationHeld
    /// Members at a grade with mandatory qualifications, by the earliest of the days their
    /// records of those qualifications are valid to (`StoredQualificationValidity.missing` if they
    /// hold none of one): as of a day, those before it miss one.
    case qualificationMembers
    /// Members whose latest assessment of a skill is below the level their grade requires
    /// there, one row each with both levels: the people behind the "below" figures, so that a
    /// list of them reads its own rows rather than every member's assessments. Depends on the
    /// requirements too: a change of one moves the people it concerns (`setSkillRequirement`).
    case below
    /// Per CPD cycle, each member's counted CPD (> 0), one row each: what a list of people by
    /// CPD category reads for a member, instead of summing their activities.
    case cpdMember
    /// Members of a profession by grade and the day of their latest assessment of any of its
    /// skills (members never assessed are not counted): as of any day, those before the audit
    /// cycle's start are "audit overdue", so the figure needs no rebuild as time passes and its
    /// rows are bounded by days and grades, not by the number of staff.
    case lastAssessed
    /// `membership`, `skillLevel`, `cpdCoverage` and `cpdTypes` again, split by the staff
    /// member's department, for comparing departments (a collated store holds several).
    case departmentMembership, departmentSkillLevel, departmentCPDCoverage, departmentCPDTypes
    /// `qualificationHeld` and `qualificationMembers` split by department likewise.
    case departmentQualificationHeld, departmentQualificationMembers
    /// Staff per department, members of a profession or not.
    case departmentStaff
    /// The movements each profession's movement figures count (`MovementReport`), one row per
    /// profession a movement concerns: a profession move under each of its two professions, a
    /// placement or return under each profession of the person. The figures depend on the day,
    /// so the rows are the movements themselves, found by kind and date without looking up
    /// anyone's professions; unknown professions and end dates are stored as 0 and ''.
    case movements

    static let skills: [Summary] = [.membership, .skillLevel, .below, .lastAssessed, .departmentMembership, .departmentSkillLevel]
    static let cpd: [Summary] = [.cpdCoverage, .cpdTypes, .cpdMember, .departmentCPDCoverage, .departmentCPDTypes]
    static let qualifications: [Summary] = [.qualificationHeld, .qualificationMembers,
                                            .departmentQualificationHeld, .departmentQualificationMembers]
    /// What a change of a staff member's department moves.
    static let departments: [Summary] = [.departmentMembership, .departmentSkillLevel, .departmentCPDCoverage,
                                         .departmentCPDTypes, .departmentQualificationHeld,
                                         .departmentQualificationMembers, .departmentStaff]

    /// The per-profession summary this one splits by department (itself when it does not).
    var perProfession: Summary {
        switch self {
        case .departmentMembership: .membership
        case .departmentSkillLevel: .skillLevel
        case .departmentCPDCoverage: .cpdCoverage
        case .departmentCPDTypes: .cpdTypes
        case .departmentQualificationHeld: .qualificationHeld
        case .departmentQualificationMembers: .qualificationMembers
        default: self
        }
    }

    /// This summary split by department (itself when it has no such split).
    var byDepartment: Summary {
        switch self {
        case .membership: .departmentMembership
        case .skillLevel: .departmentSkillLevel
        case .cpdCoverage: .departmentCPDCoverage
        case .cpdTypes: .departmentCPDTypes
        case .qualificationHeld: .departmentQualificationHeld
        case .qualificationMembers: .departmentQualificationMembers
        default: self
        }
    }

    private var isSplitByDepartment: Bool { perProfession != self }

    /// Whose contribution a statement computes. Writes use `.staff` (index lookups on those
    /// people's rows) and `.profession` for CPD rules; `.profession` on the skill summaries is
    /// correct but walks every assessment, so no write uses it.
    enum Scope {
        case everyone
        case staff([RowID])
        case profession(RowID)
    }

    var table: String {
        switch self {
        case .membership: "sum_membership"
        case .skillLevel: "sum_skill_level"
        case .cpdCoverage: "sum_cpd_cover"
        case .cpdTypes: "sum_cpd_type"
        case .qualificationHeld: "sum_qual_held"
        case .qualificationMembers: "sum_qual_member"
        case .below: "sum_below"
        case .cpdMember: "sum_cpd_member"
        case .lastAssessed: "sum_last_assessed"
        case .departmentMembership: "sum_dept_membership"
        case .departmentSkillLevel: "sum_dept_skill_level"
        case .departmentCPDCoverage: "sum_dept_cpd_cover"
        case .departmentCPDTypes: "sum_dept_cpd_type"
        case .departmentQualificationHeld: "sum_dept_qual_held"
        case .departmentQualificationMembers: "sum_dept_qual_member"
        case .departmentStaff: "sum_dept_staff"
        case .movements: "sum_movement"
        }
    }

    var keyColumns: [String] {
        switch self {
        case .departmentMembership, .departmentSkillLevel, .departmentCPDCoverage, .departmentCPDTypes,
             .departmentQualificationHeld, .departmentQualificationMembers:
            ["department_id"] + perProfession.keyColumns
        case .departmentStaff: ["department_id"]
        case .movements: ["kind", "start_date", "profession_id", "staff_id", "movement_id", "from_profession_id",
                          "to_profession_id", "end_date"]
        case .membership: ["profession_id", "grade_id"]
        case .skillLevel: ["profession_id", "skill_id", "grade_id", "level"]
        case .cpdCoverage: ["profession_id", "cycle_year", "start_month", "covered_days"]
        case .cpdTypes: ["profession_id", "cycle_year", "type"]
        case .qualificationHeld: ["profession_id", "grade_id", "qualification", "expires"]
        case .qualificationMembers: ["profession_id", "grade_id", "earliest"]
        case .below: ["profession_id", "skill_id", "staff_id", "level", "required"]
        case .cpdMember: ["profession_id", "cycle_year", "staff_id", "minutes"]
        case .lastAssessed: ["profession_id", "grade_id", "last_date"]
        }
    }

    var countColumns: [String] {
        switch self {
        case .departmentMembership, .departmentSkillLevel, .departmentCPDCoverage, .departmentCPDTypes,
             .departmentQualificationHeld, .departmentQualificationMembers:
            perProfession.countColumns
        case .departmentStaff: ["staff"]
        case .membership: ["members", "assessed"]
        case .skillLevel, .cpdCoverage, .below, .cpdMember, .lastAssessed, .qualificationHeld, .qualificationMembers,
             .movements: ["n"]
        case .cpdTypes: ["minutes", "activities"]
        }
    }

    /// The row counts nothing any more (matches the partial index on empty rows).
    private var emptyCondition: String {
        switch self {
        case .departmentMembership, .departmentSkillLevel, .departmentCPDCoverage, .departmentCPDTypes,
             .departmentQualificationHeld, .departmentQualificationMembers:
            perProfession.emptyCondition
        case .departmentStaff: "staff = 0"
        case .membership: "members = 0"
        case .skillLevel, .cpdCoverage, .below, .cpdMember, .lastAssessed, .qualificationHeld, .qualificationMembers,
             .movements: "n = 0"
        case .cpdTypes: "activities = 0"
        }
    }

    var columns: String { (keyColumns + countColumns).joined(separator: ", ") }

    // MARK: - Contributions

    /// The SELECT giving `keyColumns + countColumns` for the staff in `scope`. `sharedLatest`:
    /// the skill summaries read each pair's latest level from `temp.latest_level`, which a
    /// rebuild fills once for them all (`rebuild`), instead of working it out themselves.
    func contribution(_ scope: Scope, sharedLatest: Bool = false) -> (sql: String, arguments: StatementArguments) {
        // A summary split by department has the staff member's department first, in the
        // result and in the grouping; `g` shifts the positions grouped by after it.
        let d = isSplitByDepartment ? "s.department_id, " : ""
        let g = isSplitByDepartment ? 1 : 0
        switch self {
        case .membership, .departmentMembership:
            let (filter, arguments) = scope.filter(staff: "sp.staff_id", profession: "sp.profession_id")
            return ("""
                SELECT \(d)sp.profession_id, s.grade_id, COUNT(*) AS members,
                       SUM(EXISTS (SELECT 1 FROM assessment a JOIN skill k ON k.id = a.skill_id
                                   WHERE a.staff_id = sp.staff_id AND k.profession_id = sp.profession_id)) AS assessed
                FROM staff_profession sp
                JOIN staff s ON s.id = sp.staff_id
                WHERE \(filter)
                GROUP BY \(d)sp.profession_id, s.grade_id
                """, arguments)
        case .lastAssessed:
            let (filter, arguments) = scope.filter(staff: "sp.staff_id", profession: "sp.profession_id")
            return ("""
                SELECT profession_id, grade_id, last_date, COUNT(*) AS n
                FROM (SELECT sp.profession_id, s.grade_id,
                             (SELECT MAX(a.date) FROM assessment a JOIN skill k ON k.id = a.skill_id
                              WHERE a.staff_id = sp.staff_id AND k.profession_id = sp.profession_id) AS last_date
                      FROM staff_profession sp
                      JOIN staff s ON s.id = sp.staff_id
                      WHERE \(filter))
                WHERE last_date IS NOT NULL
                GROUP BY profession_id, grade_id, last_date
                """, arguments)
        case .skillLevel, .departmentSkillLevel:
            let (latest, arguments) = sharedLatest ? Summary.sharedLatest : Summary.latestLevels(scope)
            return ("""
                \(latest)
                SELECT \(d)k.profession_id, r.skill_id, s.grade_id, r.level, COUNT(*) AS n
                FROM latest r
                JOIN skill k ON k.id = r.skill_id
                JOIN staff_profession sp ON sp.staff_id = r.staff_id AND sp.profession_id = k.profession_id
                JOIN staff s ON s.id = r.staff_id
                GROUP BY \(d)k.profession_id, r.skill_id, s.grade_id, r.level
                """, arguments)
        case .departmentStaff:
            let (filter, arguments) = scope.staffFilter("s.id")
            return ("""
                SELECT s.department_id, COUNT(*) AS staff FROM staff s WHERE \(filter) GROUP BY s.department_id
                """, arguments)
        case .below:
            let (latest, arguments) = sharedLatest ? Summary.sharedLatest : Summary.latestLevels(scope)
            return ("""
                \(latest)
                SELECT k.profession_id, r.skill_id, r.staff_id, r.level, q.level AS required, COUNT(*) AS n
                FROM latest r
                JOIN skill k ON k.id = r.skill_id
                JOIN staff_profession sp ON sp.staff_id = r.staff_id AND sp.profession_id = k.profession_id
                JOIN staff s ON s.id = r.staff_id
                JOIN skill_requirement q ON q.skill_id = r.skill_id AND q.grade_id = s.grade_id
                WHERE r.level < q.level
                GROUP BY k.profession_id, r.skill_id, r.staff_id, r.level, q.level
                """, arguments)
        case .cpdCoverage, .departmentCPDCoverage:
            // Members by exact minutes, start month and working pattern first, then each such
            // group by the days it covers: the rule runs once a group, not once a member.
            let (activities, arguments) = Summary.countedActivities(scope)
            let startMonth = CPDRuleSQL.startMonth(joined: "s.joined_profession", cycleYear: "t.cycle_year",
                                                   cycleStartMonth: "t.cycle_start_month")
            let covered = CPDRuleSQL.coveredDays(minutes: "minutes", cycleYear: "cycle_year",
                                                 cycleStartMonth: "cycle_start_month", hoursPerCycle: "hours_per_cycle",
                                                 startMonth: "start_month", fteHundredths: "fte_hundredths")
            let outer = isSplitByDepartment ? "department_id, " : ""
            return ("""
                \(activities)
                SELECT \(outer)profession_id, cycle_year, start_month, \(covered) AS covered_days, SUM(n) AS n
                FROM (SELECT \(d)t.profession_id, t.cycle_year, t.cycle_start_month, t.hours_per_cycle, t.minutes,
                             \(startMonth) AS start_month, \(CPDRuleSQL.fte("s.fte_hundredths")) AS fte_hundredths,
                             COUNT(*) AS n
                      FROM (SELECT profession_id, staff_id, cycle_year, cycle_start_month, hours_per_cycle,
                                   SUM(minutes) AS minutes
                            FROM counted_activity
                            GROUP BY profession_id, staff_id, cycle_year) t
                      JOIN staff s ON s.id = t.staff_id
                      WHERE t.minutes > 0
                      GROUP BY \(d)t.profession_id, t.cycle_year, t.minutes, \(6 + g), \(7 + g))
                GROUP BY \(outer)profession_id, cycle_year, start_month, covered_days
                """, arguments)
        case .qualificationHeld, .departmentQualificationHeld:
            let (required, arguments) = Summary.requiredQualifications(scope)
            let d = isSplitByDepartment ? "department_id, " : ""
            return ("""
                \(required)
                SELECT \(d)profession_id, grade_id, qualification, best AS expires, COUNT(*) AS n
                FROM required_qualification
                WHERE best IS NOT NULL
                GROUP BY \(d)profession_id, grade_id, qualification, best
                """, arguments)
        case .qualificationMembers, .departmentQualificationMembers:
            let (required, arguments) = Summary.requiredQualifications(scope)
            let d = isSplitByDepartment ? "department_id, " : ""
            return ("""
                \(required)
                SELECT \(d)profession_id, grade_id, earliest, COUNT(*) AS n
                FROM (SELECT department_id, profession_id, grade_id, staff_id,
                             MIN(COALESCE(best, '\(StoredQualificationValidity.missing)')) AS earliest
                      FROM required_qualification
                      GROUP BY profession_id, grade_id, staff_id)
                GROUP BY \(d)profession_id, grade_id, earliest
                """, arguments)
        case .movements:
            return Summary.movementRows(scope)
        case .cpdMember:
            let (activities, arguments) = Summary.countedActivities(scope)
            return ("""
                \(activities)
                SELECT profession_id, cycle_year, staff_id, SUM(minutes) AS minutes, 1 AS n
                FROM counted_activity
                GROUP BY profession_id, cycle_year, staff_id
                """, arguments)
        case .cpdTypes, .departmentCPDTypes:
            let (activities, arguments) = Summary.countedActivities(scope)
            let staff = isSplitByDepartment ? "JOIN staff s ON s.id = c.staff_id" : ""
            return ("""
                \(activities)
                SELECT \(d)c.profession_id, c.cycle_year, c.type, SUM(c.minutes) AS minutes, COUNT(*) AS activities
                FROM counted_activity c \(staff)
                GROUP BY \(d)c.profession_id, c.cycle_year, c.type
                """, arguments)
        }
    }

    /// `latest`: each staff × skill pair once (walking the assessment_by_staff index in order),
    /// with its latest level (latest date, then highest id) by one look-up on the same index:
    /// cheaper than ranking every row with a window function (2.4 s against 1.5 s of CPU per
    /// million assessments). Non-members' assessments are in it; the summaries join membership.
    private static func latestLevels(_ scope: Scope) -> (sql: String, arguments: StatementArguments) {
        let (filter, arguments) = scope.filter(
            staff: "a.staff_id", profession: "a.skill_id IN (SELECT id FROM skill WHERE profession_id = ?)",
            professionIsCondition: true)
        return ("""
            WITH latest AS (
                SELECT p.staff_id, p.skill_id,
                       (SELECT b.level FROM assessment b
                        WHERE b.staff_id = p.staff_id AND b.skill_id = p.skill_id
                        ORDER BY b.date DESC, b.id DESC LIMIT 1) AS level
                FROM (SELECT DISTINCT a.staff_id, a.skill_id FROM assessment a WHERE \(filter)) p
            )
            """, arguments)
    }

    /// `latest` as a rebuild worked it out once (`rebuild`).
    private static let sharedLatest: (sql: String, arguments: StatementArguments) =
        ("WITH latest AS (SELECT staff_id, skill_id, level FROM temp.latest_level)", [])

    /// Whether the contribution works out each pair's latest level (`latestLevels`).
    var readsLatestLevels: Bool { [.skillLevel, .departmentSkillLevel, .below].contains(self) }

    /// A profession move under the profession it leaves and, if another, the one it enters;
    /// placements and returns under each of the person's professions.
    private static func movementRows(_ scope: Scope) -> (sql: String, arguments: StatementArguments) {
        let (from, fromArguments) = scope.filter(staff: "m.staff_id", profession: "m.from_profession_id")
        let (to, toArguments) = scope.filter(staff: "m.staff_id", profession: "m.to_profession_id")
        let (member, memberArguments) = scope.filter(staff: "m.staff_id", profession: "sp.profession_id")
        let rest = """
            m.staff_id, m.id AS movement_id, COALESCE(m.from_profession_id, 0) AS from_profession_id,
            COALESCE(m.to_profession_id, 0) AS to_profession_id, COALESCE(m.end_date, '') AS end_date, 1 AS n
            """
        return ("""
            SELECT m.kind, m.start_date, m.from_profession_id AS profession_id, \(rest)
            FROM movement m
            WHERE m.kind = 'profession' AND m.from_profession_id IS NOT NULL AND \(from)
            UNION ALL
            SELECT m.kind, m.start_date, m.to_profession_id AS profession_id, \(rest)
            FROM movement m
            WHERE m.kind = 'profession' AND m.to_profession_id IS NOT NULL
              AND m.to_profession_id IS NOT m.from_profession_id AND \(to)
            UNION ALL
            SELECT m.kind, m.start_date, sp.profession_id, \(rest)
            FROM movement m JOIN staff_profession sp ON sp.staff_id = m.staff_id
            WHERE m.kind IN ('secondment-out', 'loan-out', 'job-shadowing', 'return') AND \(member)
            """, fromArguments + toArguments + memberArguments)
    }

    /// Members' activities of a type their profession counts, with the CPD cycle they fall in:
    /// the cycle runs twelve months from the 1st of the profession's start month, and is
    /// named by the year it starts. Professions without a CPD requirement have none.
    private static func countedActivities(_ scope: Scope) -> (sql: String, arguments: StatementArguments) {
        let (professionFilter, professionArguments) = scope.professionFilter("r.profession_id")
        let (staffFilter, staffArguments) = scope.staffFilter("sp.staff_id")
        return ("""
            WITH counted_type AS (
                SELECT r.profession_id, r.cycle_start_month, r.hours_per_cycle, t.value AS type
                FROM cpd_requirement r, json_each(r.counted_types) t
                WHERE \(professionFilter)
            ),
            counted_activity AS (
                SELECT sp.profession_id, sp.staff_id, c.type, c.minutes, ct.cycle_start_month, ct.hours_per_cycle,
                       CAST(substr(c.date, 1, 4) AS INTEGER)
                         - (CAST(substr(c.date, 6, 2) AS INTEGER) < ct.cycle_start_month) AS cycle_year
                FROM counted_type ct
                JOIN staff_profession sp ON sp.profession_id = ct.profession_id
                JOIN cpd_activity c ON c.staff_id = sp.staff_id AND c.type = ct.type
                WHERE \(staffFilter)
            )
            """, professionArguments + staffArguments)
    }

    /// Each member with each qualification their profession makes mandatory at their grade,
    /// and the last day their record of it is valid (the latest, if they hold it more than
    /// once; `StoredQualificationValidity.neverExpires` for one that does not lapse; NULL if none).
    /// Names match as the import matches codes: ignoring case.
    private static func requiredQualifications(_ scope: Scope) -> (sql: String, arguments: StatementArguments) {
        let (professionFilter, professionArguments) = scope.professionFilter("r.profession_id")
        let (staffFilter, staffArguments) = scope.staffFilter("sp.staff_id")
        return ("""
            WITH required_qualification AS (
                SELECT s.department_id, r.profession_id, r.grade_id, sp.staff_id, r.qualification,
                       (SELECT MAX(COALESCE(q.expires, '\(StoredQualificationValidity.neverExpires)')) FROM qualification_held q
                        WHERE q.staff_id = sp.staff_id AND q.qualification = r.qualification COLLATE NOCASE) AS best
                FROM qualification_requirement r
                JOIN staff_profession sp ON sp.profession_id = r.profession_id
                JOIN staff s ON s.id = sp.staff_id AND s.grade_id = r.grade_id
                WHERE \(professionFilter) AND \(staffFilter)
            )
            """, professionArguments + staffArguments)
    }

    // MARK: - Maintenance

    /// Adds (`sign` 1) or subtracts (`sign` -1) the contribution of the staff in `scope`.
    func apply(sign: Int, _ scope: Scope, _ db: Database) throws {
        let (contribution, arguments) = contribution(scope)
        let signed = countColumns.map { "\(sign) * \($0)" }.joined(separator: ", ")
        let accumulate = countColumns.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ", ")
        let keys = keyColumns.joined(separator: ", ")
        // `WHERE true` tells SQLite's parser that ON CONFLICT belongs to the INSERT.
        try db.cachedStatement(sql: """
            INSERT INTO \(table) (\(columns))
            SELECT \(keys), \(signed) FROM (\(contribution)) WHERE true
            ON CONFLICT (\(keys)) DO UPDATE SET \(accumulate)
            """).execute(arguments: arguments)
        try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(emptyCondition)").execute()
    }

    /// Runs `change` between subtracting and re-adding these staff members' contributions,
    /// so that the summaries reflect the change exactly.
    static func maintaining<T>(_ summaries: [Summary], forStaff staff: [RowID], _ db: Database,
                               _ change: () throws -> T) throws -> T {
        try apply(summaries, sign: -1, forStaff: staff, db)
        let result = try change()
        try apply(summaries, sign: 1, forStaff: staff, db)
        return result
    }

    /// Adds (`sign` 1) or subtracts (-1) these staff members' contributions to these summaries.
    static func apply(_ summaries: [Summary], sign: Int, forStaff staff: [RowID], _ db: Database) throws {
        guard !staff.isEmpty else { return }
        for summary in summaries { try summary.apply(sign: sign, .staff(staff), db) }
    }

    /// Recomputes these summaries from the records, for everyone or for one profession.
    static func rebuild(_ db: Database, _ summaries: [Summary] = Summary.allCases, profession: RowID? = nil) throws {
        // Summaries split by department first: a per-profession summary rebuilt with its split
        // is then the split's sums over departments, not a second pass over the records.
        let ordered = summaries.filter(\.isSplitByDepartment) + summaries.filter { !$0.isSplitByDepartment }
        let only: StatementArguments = profession.map { [$0] } ?? []
        let scope = profession.map(Scope.profession) ?? .everyone
        let summed = ordered.filter { $0.byDepartment != $0 && summaries.contains($0.byDepartment) }
        // Each pair's latest level worked out once, when more than one summary reads it: at
        // 1,034,184 assessments 0.7 s, against 0.7 s inside each statement that needs it.
        let sharedLatest = ordered.filter { $0.readsLatestLevels && !summed.contains($0) }.count > 1
        if sharedLatest {
            let (latest, arguments) = latestLevels(scope)
            try db.execute(sql: """
                DROP TABLE IF EXISTS temp.latest_level;
                CREATE TEMP TABLE latest_level AS \(latest) SELECT staff_id, skill_id, level FROM latest
                """, arguments: arguments)
        }
        defer { if sharedLatest { try? db.execute(sql: "DROP TABLE IF EXISTS temp.latest_level") } }
        for summary in ordered {
            if summed.contains(summary) {
                try summary.sumOverDepartments(db, profession: profession)
                continue
            }
            let filter = profession == nil ? "" : "WHERE profession_id = ?"
            try db.execute(sql: "DELETE FROM \(summary.table) \(filter)", arguments: only)
            let (contribution, arguments) = summary.contribution(scope, sharedLatest: sharedLatest)
            try db.execute(sql: "INSERT INTO \(summary.table) (\(summary.columns)) \(contribution)",
                           arguments: arguments)
        }
    }

    /// Replaces this per-profession summary's rows (of one profession, or all) with the sums
    /// over departments of its split, which must be exact already.
    func sumOverDepartments(_ db: Database, profession: RowID? = nil) throws {
        let only: StatementArguments = profession.map { [$0] } ?? []
        let filter = profession == nil ? "" : "WHERE profession_id = ?"
        let keys = keyColumns.joined(separator: ", ")
        let sums = countColumns.map { "SUM(\($0))" }.joined(separator: ", ")
        try db.execute(sql: "DELETE FROM \(table) \(filter)", arguments: only)
        try db.execute(sql: """
            INSERT INTO \(table) (\(columns))
            SELECT \(keys), \(sums) FROM \(byDepartment.table) \(filter) GROUP BY \(keys)
            """, arguments: only)
    }

    // MARK: - Verification

    /// Differences between the stored summaries and a recomputation from the records, in
    /// words; empty when they agree.
    static func verify(_ db: Database) throws -> [String] {
        var differences: [String] = []
        for summary in allCases {
            let (contribution, arguments) = summary.contribution(.everyone)
            let columns = summary.columns
            let sql = """
                SELECT 'stored' AS side, * FROM (
                    SELECT \(columns) FROM \(summary.table) EXCEPT SELECT \(columns) FROM (\(contribution)))
                UNION ALL
                SELECT 'recomputed' AS side, * FROM (
                    SELECT \(columns) FROM (\(contribution)) EXCEPT SELECT \(columns) FROM \(summary.table))
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments + arguments) {
                let fields = (summary.keyColumns + summary.countColumns)
                    .map { "\($0) \(row[$0] as DatabaseValue)" }
                    .joined(separator: ", ")
                let side: String = row["side"]
                differences.append(side == "stored"
                    ? "\(summary.table): stored row (\(fields)) does not match the records"
                    : "\(summary.table): the records give (\(fields)) but no such row is stored")
            }
        }
        return differences
    }
}

extension Summary.Scope {
    /// A WHERE condition restricting to this scope, given the columns (or, with
    /// `professionIsCondition`, the condition with one `?`) that name staff and profession.
    func filter(staff staffColumn: String, profession: String,
                professionIsCondition: Bool = false) -> (String, StatementArguments) {
        switch self {
        case .everyone: ("1", [])
        case .staff: staffFilter(staffColumn)
        case .profession(let id): (professionIsCondition ? profession : "\(profession) = ?", [id])
        }
    }

    /// Staff ids travel as one JSON array argument, so that the statement can be cached
    /// whatever their number.
    func staffFilter(_ column: String) -> (String, StatementArguments) {
        guard case .staff(let ids) = self else { return ("1", []) }
        return ("\(column) IN (SELECT value FROM json_each(?))", [JSONList.encodeIDs(ids)])
    }

    func professionFilter(_ column: String) -> (String, StatementArguments) {
        guard case .profession(let id) = self else { return ("1", []) }
        return ("\(column) = ?", [id])
    }
}

extension JSONList {
    static func encodeIDs(_ ids: [RowID]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}

/// How the qualification summaries write "valid to" as text that sorts with days: before every
/// day when the member holds none, after every day when it does not lapse.
enum StoredQualificationValidity {
    static let missing = ""
    static let neverExpires = "9999-12-31"
}
