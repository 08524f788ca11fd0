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

    /// Every department, by name.
    public func departments() throws(StoreError) -> [Department] {
        try read(Store.departments)
    }

    static func departments(_ db: Database) throws -> [Department] {
        try Department.fetchAll(db, sql: "SELECT \(Department.selection) FROM department ORDER BY name, id")
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
    /// query per table, whatever the number of professions. `forOverview` leaves out what the
    /// interactive overview shows none of: the movement facts (about a quarter of the read at
    /// 510,000 staff), each mandatory qualification's holders (the overview shows who holds
    /// them all) and CPD hours by activity type.
    public func allProfessionData(today: Day, forOverview: Bool = false) throws(StoreError) -> [ProfessionData] {
        try read { db in try Store.professionData(db, only: nil, today: today, forOverview: forOverview) }
    }

    func professionData(only id: RowID?, today: Day) throws(StoreError) -> [ProfessionData] {
        try read { db in try Store.professionData(db, only: id, today: today) }
    }

    /// The same inside a transaction already open (a write keeping the figures' history).
    static func professionData(_ db: Database, only id: RowID?, today: Day,
                               forOverview: Bool = false) throws -> [ProfessionData] {
        let only = ProfessionFilter(id: id)
        let frame = try ProfessionFrame.fetch(db, only: only)
        let summaries = try SummaryRows.fetch(db, only: only, today: today, department: nil,
                                              cpdRequirements: frame.cpdRequirements, forOverview: forOverview)
        let movements = forOverview ? [:] : try MovementFacts.fetch(db, only: id, today: today)
        return frame.data(summaries: summaries, movements: movements, today: today)
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
