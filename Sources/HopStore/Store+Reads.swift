import GRDB
import HopModel

// MARK: - Reads

// Each read is one short read transaction (long ones would keep the WAL from checkpointing).
// What a dashboard frame needs comes from small tables and summaries only; staff,
// assessments and CPD activities are read a page or one person at a time.

extension Store {
    /// Every profession, by name.
    public func professions() throws(StoreError) -> [Profession] {
        try read { db in
            try Profession.fetchAll(db, sql: "SELECT \(Profession.selection) FROM profession ORDER BY name, id")
        }
    }

    public func profession(id: RowID) throws(StoreError) -> Profession? {
        try read { db in try Profession.fetch(db, key: [id]) }
    }

    /// The grade ladder, lowest first.
    public func grades() throws(StoreError) -> [Grade] {
        try read { db in try Grade.fetchAll(db, sql: "SELECT \(Grade.selection) FROM grade ORDER BY rank") }
    }

    public func departments() throws(StoreError) -> [Department] {
        try read { db in
            try Department.fetchAll(db, sql: "SELECT \(Department.selection) FROM department ORDER BY name, id")
        }
    }

    public func skills(professionId: RowID) throws(StoreError) -> [Skill] {
        try read { db in
            try Skill.fetchAll(db, sql: "SELECT \(Skill.selection) FROM skill WHERE profession_id = ? ORDER BY id",
                               arguments: [professionId])
        }
    }

    /// When the store last changed (ISO 8601, UTC), for the kiosk's "last change".
    public func lastChange() throws(StoreError) -> String? {
        try read(StoreMeta.lastChange)
    }

    // MARK: Dashboard

    /// Everything one profession's dashboard shows. Reads summaries and small tables only:
    /// never a staff, assessment or CPD activity row. CPD figures are for the cycle that
    /// contains `today`.
    public func professionData(id: RowID, today: Day) throws(StoreError) -> ProfessionData {
        let all = try professionData(only: id, today: today)
        guard var data = all.first else { throw StoreError.missing(kind: .profession, recordId: String(id)) }
        // The people followed up for the profession's lists: a few look-ups each.
        data.followUps = try followUpProgress(professionId: id, today: today)
        return data
    }

    /// Every profession's dashboard data, by profession name. One read transaction and one
    /// query per table, whatever the number of professions. `movements: false` leaves out the
    /// movement facts (about a quarter of the read at 510,000 staff) for a screen that shows
    /// none of them, as the interactive overview does.
    public func allProfessionData(today: Day, movements: Bool = true) throws(StoreError) -> [ProfessionData] {
        try read { db in try Store.professionData(db, only: nil, today: today, movements: movements) }
    }

    /// `department` restricts the figures to that department's staff, read from the
    /// summaries split by department; movements are left out there.
    func professionData(only id: RowID?, today: Day, department: RowID? = nil) throws(StoreError) -> [ProfessionData] {
        try read { db in try Store.professionData(db, only: id, today: today, department: department) }
    }

    /// The same inside a transaction already open (a write keeping the figures' history).
    static func professionData(_ db: Database, only id: RowID?, today: Day, department: RowID? = nil,
                               movements withMovements: Bool = true) throws -> [ProfessionData] {
        let only = ProfessionFilter(id: id)
        func fetch<R: MappedRecord>(_ type: R.Type, _ sql: String) throws -> [R] {
            try R.fetchAll(db, sql: sql, arguments: only.arguments)
        }
        let professions = try fetch(Profession.self, """
            SELECT \(Profession.selection) FROM profession \(only.clause("id")) ORDER BY name, id
            """)
        let grades = try Grade.fetchAll(db, sql: "SELECT \(Grade.selection) FROM grade ORDER BY rank")
        let skills = try fetch(Skill.self, "SELECT \(Skill.selection) FROM skill \(only.clause()) ORDER BY id")
        let skillProfession = Dictionary(uniqueKeysWithValues: skills.map { ($0.id, $0.professionId) })
        let requirements = try fetch(SkillRequirement.self, """
            SELECT r.skill_id, r.grade_id, r.level FROM skill_requirement r JOIN skill k ON k.id = r.skill_id
            \(only.clause("k.profession_id")) ORDER BY r.skill_id, r.grade_id
            """)
        let cpdRequirements = try fetch(CPDRequirement.self, """
            SELECT \(CPDRequirement.selection) FROM cpd_requirement \(only.clause())
            """)
        let qualifications = try fetch(QualificationRequirement.self, """
            SELECT \(QualificationRequirement.selection) FROM qualification_requirement \(only.clause())
            ORDER BY grade_id, qualification
            """)
        let checklists = try fetch(ChecklistEntry.self, """
            SELECT \(ChecklistEntry.selection) FROM checklist_entry \(only.clause()) ORDER BY item_id
            """)
        let maturity = try fetch(MaturityAssessment.self, """
            SELECT \(MaturityAssessment.selection) FROM maturity_assessment \(only.clause()) ORDER BY date, id
            """)
        let summaries = try SummaryRows.fetch(db, only: only, today: today, department: department,
                                              cpdRequirements: cpdRequirements)
        // The department comparison shows no movement figures, so it reads no movements.
        let movements = withMovements && department == nil ? try MovementFacts.fetch(db, only: id, today: today) : [:]
        let posts = try CriticalPostFacts.fetch(db, only: id)

        let skillsOf = Dictionary(grouping: skills, by: \.professionId)
        let requirementsOf = Dictionary(grouping: requirements) { skillProfession[$0.skillId] ?? 0 }
        let cpdOf = Dictionary(grouping: cpdRequirements, by: \.professionId)
        let qualificationsOf = Dictionary(grouping: qualifications, by: \.professionId)
        let checklistOf = Dictionary(grouping: checklists, by: \.professionId)
        let maturityOf = Dictionary(grouping: maturity, by: \.professionId)
        return professions.map { profession in
            let p = profession.id
            let cpd = cpdOf[p]?.first
            return ProfessionData(
                profession: profession, grades: grades, skills: skillsOf[p] ?? [],
                requirements: requirementsOf[p] ?? [], membership: summaries.membership[p] ?? [],
                levelCounts: summaries.levels[p] ?? [], cpdRequirement: cpd,
                qualificationRequirements: qualificationsOf[p] ?? [],
                cpdCycleYear: cpd?.cycleYear(containing: today),
                cpdCoverage: summaries.coverage[p] ?? [], cpdTypeTotals: summaries.types[p] ?? [],
                qualificationHoldings: summaries.holdings[p] ?? [], qualificationGrades: summaries.qualificationGrades[p] ?? [],
                checklist: checklistOf[p] ?? [], maturity: maturityOf[p] ?? [], movements: movements[p] ?? [],
                criticalPosts: posts[p] ?? [])
        }
    }

    // MARK: Staff, a page at a time

    /// Up to `limit` staff members by name (then id), after the last member of the previous
    /// page: keyset pagination on the name index, so a page costs the same wherever it is.
    /// `professionId` restricts to members of a profession; `filter` matches a part of the
    /// name or staff number, ignoring case.
    public func staffPage(professionId: RowID?, filter: String = "", after last: StaffMember? = nil,
                          limit: Int) throws(StoreError) -> [StaffMember] {
        try staffPage(professionId: professionId, filter: filter, anchor: last.map { .after($0) } ?? .first, limit: limit)
    }

    /// Up to `limit` staff by name then id from `anchor`, in that order. Pages before a row or
    /// at the end are read backwards through the name index and returned in list order.
    public func staffPage(professionId: RowID?, filter: String = "", anchor: StaffPageAnchor,
                          limit: Int) throws(StoreError) -> [StaffMember] {
        let query = StaffQuery(professionId: professionId, filter: filter)
        return try read { db in
            var conditions = query.conditions
            var arguments = query.arguments
            let backwards: Bool
            switch anchor {
            case .first: backwards = false
            case .last: backwards = true
            case .after(let row), .startingAt(let row), .before(let row):
                let comparison = switch anchor { case .after: ">"; case .startingAt: ">="; default: "<" }
                conditions.append("(s.name, s.id) \(comparison) (?, ?)")
                arguments += [row.name, row.id]
                backwards = comparison == "<"
            }
            arguments += [limit]
            let columns = StaffMember.allColumns.map { "s.\($0)" }.joined(separator: ", ")
            let order = backwards ? "s.name DESC, s.id DESC" : "s.name, s.id"
            let rows = try StaffMember.fetchAll(db, sql: """
                SELECT \(columns) FROM staff s \(query.join)
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY \(order) LIMIT ?
                """, arguments: arguments)
            return backwards ? rows.reversed() : rows
        }
    }

    /// How many staff `staffPage` would list in all.
    public func staffCount(professionId: RowID?, filter: String = "") throws(StoreError) -> Int {
        let query = StaffQuery(professionId: professionId, filter: filter)
        return try read { db in
            if let professionId, query.filter.isEmpty {
                return try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(members), 0) FROM sum_membership WHERE profession_id = ?",
                                        arguments: [professionId]) ?? 0
            }
            return try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM staff s \(query.join) WHERE \(query.conditions.joined(separator: " AND "))
                """, arguments: query.arguments) ?? 0
        }
    }

    public func staffMember(id: RowID) throws(StoreError) -> StaffMember? {
        try read { db in try StaffMember.fetch(db, key: [id]) }
    }

    /// A staff member's professions, primary first.
    public func staffProfessions(staffId: RowID) throws(StoreError) -> [StaffProfession] {
        try read { db in
            try StaffProfession.fetchAll(db, sql: """
                SELECT \(StaffProfession.selection) FROM staff_profession WHERE staff_id = ?
                ORDER BY is_primary DESC, profession_id
                """, arguments: [staffId])
        }
    }

    /// The qualifications a profession makes mandatory, by grade.
    public func qualificationRequirements(professionId: RowID) throws(StoreError) -> [QualificationRequirement] {
        try read { db in
            try QualificationRequirement.fetchAll(db, sql: """
                SELECT \(QualificationRequirement.selection) FROM qualification_requirement WHERE profession_id = ?
                ORDER BY grade_id, qualification
                """, arguments: [professionId])
        }
    }

    /// A staff member's assessments, newest first.
    public func assessments(staffId: RowID) throws(StoreError) -> [SkillAssessment] {
        try read { db in
            try SkillAssessment.fetchAll(db, sql: """
                SELECT \(SkillAssessment.selection) FROM assessment WHERE staff_id = ? ORDER BY date DESC, id DESC
                """, arguments: [staffId])
        }
    }

    /// A staff member's CPD activities, newest first.
    public func cpdActivities(staffId: RowID) throws(StoreError) -> [CPDActivity] {
        try read { db in
            try CPDActivity.fetchAll(db, sql: """
                SELECT \(CPDActivity.selection) FROM cpd_activity WHERE staff_id = ? ORDER BY date DESC, id DESC
                """, arguments: [staffId])
        }
    }

    public func qualificationsHeld(staffId: RowID) throws(StoreError) -> [QualificationHeld] {
        try read { db in
            try QualificationHeld.fetchAll(db, sql: """
                SELECT \(QualificationHeld.selection) FROM qualification_held WHERE staff_id = ? ORDER BY date, id
                """, arguments: [staffId])
        }
    }

    // MARK: Profession records

    public func checklist(professionId: RowID) throws(StoreError) -> [ChecklistEntry] {
        try read { db in
            try ChecklistEntry.fetchAll(db, sql: """
                SELECT \(ChecklistEntry.selection) FROM checklist_entry WHERE profession_id = ? ORDER BY item_id
                """, arguments: [professionId])
        }
    }

    public func cpdRequirement(professionId: RowID) throws(StoreError) -> CPDRequirement? {
        try read { db in try CPDRequirement.fetch(db, key: [professionId]) }
    }

    // MARK: Change log

    /// The latest changes filed under a profession (or all, for nil), newest first.
    public func changeLog(professionId: RowID?, limit: Int) throws(StoreError) -> [ChangeLogEntry] {
        try read { db in
            let filter = professionId == nil ? "" : "WHERE profession_id = ?"
            let arguments: StatementArguments = professionId.map { [$0, limit] } ?? [limit]
            return try ChangeLogNames.attach(Row.fetchAll(db, sql: """
                SELECT \(ChangeLogEntry.selection) FROM change_log \(filter) ORDER BY id DESC LIMIT ?
                """, arguments: arguments).map(ChangeLogEntry.init(row:)), db)
        }
    }

    /// The history of one record, newest first (`recordId` as the change log writes it:
    /// the id, or the parts of a composite key joined by "/").
    public func changeLog(kind: RecordKind, recordId: String) throws(StoreError) -> [ChangeLogEntry] {
        try read { db in
            try ChangeLogNames.attach(Row.fetchAll(db, sql: """
                SELECT \(ChangeLogEntry.selection) FROM change_log WHERE table_name = ? AND record_id = ? ORDER BY id DESC
                """, arguments: [kind.table, recordId]).map(ChangeLogEntry.init(row:)), db)
        }
    }

    // MARK: Summaries

    /// Recomputes every summary from the records (after a bulk load or an import).
    public func rebuildSummaries(by user: String = "hopdash") throws(StoreError) {
        try write(by: user) { w in try Summary.rebuild(w.db) }
    }

    /// Differences between the stored summaries and a recomputation from the records, in
    /// words; empty when they agree. Reads everything: for checks, not for drawing.
    public func verifySummaries() throws(StoreError) -> [String] {
        try read(Summary.verify)
    }
}

/// The WHERE clause shared by `staffPage` and `staffCount`.
private struct StaffQuery {
    let professionId: RowID?
    let filter: String

    var join: String {
        professionId == nil ? "" : "JOIN staff_profession sp ON sp.staff_id = s.id AND sp.profession_id = ?"
    }

    var conditions: [String] {
        var conditions = ["1"]
        if !filter.isEmpty {
            conditions.append("(instr(lower(s.name), lower(?)) > 0 OR instr(lower(s.staff_number), lower(?)) > 0)")
        }
        return conditions
    }

    /// The join's argument first, then the filter's, in the order they appear in the SQL.
    var arguments: StatementArguments {
        var arguments: StatementArguments = []
        if let professionId { arguments += [professionId] }
        if !filter.isEmpty { arguments += [filter, filter] }
        return arguments
    }
}

/// Restricts a read to one profession, or none.
private struct ProfessionFilter {
    let id: RowID?

    func clause(_ column: String = "profession_id") -> String {
        id == nil ? "" : "WHERE \(column) = ?"
    }

    var arguments: StatementArguments { id.map { [$0] } ?? [] }
}

/// The summary tables' rows, grouped by profession; CPD figures for the cycle containing `today`.
private struct SummaryRows {
    var membership: [RowID: [GradeMembership]] = [:]
    var levels: [RowID: [SkillLevelCount]] = [:]
    var coverage: [RowID: [CPDCoverageBin]] = [:]
    var types: [RowID: [CPDTypeTotal]] = [:]
    var holdings: [RowID: [QualificationHolding]] = [:]
    var qualificationGrades: [RowID: [QualificationGradeCount]] = [:]

    /// Columns are read by position: GRDB's lookup by name lower-cases the name and every
    /// column's name on each access, which was the largest cost of the overview's read.
    static func fetch(_ db: Database, only: ProfessionFilter, today: Day, department: RowID?,
                      cpdRequirements: [CPDRequirement]) throws -> SummaryRows {
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
        // Valid today: to today or later; lapsing soon: valid, to at most the window's end. Each
        // required qualification's holders are ranges of the summary's key (its rows are by
        // expiry date, two thirds of them lapsed at 510,000 staff), so lapsed rows are not read.
        let window: StatementArguments = [today.iso, today.iso, today.adding(days: QualificationReport.expiringWithinDays).iso]
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
