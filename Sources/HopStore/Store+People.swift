import GRDB
import HopModel

// MARK: - Lists of people

// The people behind a figure, a page at a time (keyset pagination: a page is found from its
// neighbour, never by counting rows from the top, so the last page costs what the first does).
// Each list is the members of one profession that one condition holds for, computed per
// member from their own rows through the indexes on staff id; the condition is the same one
// the summaries count (`Summaries.swift`, `SkillGapReport`, `CPDReport`), so a list's length
// is the figure it was opened from.

extension Store {
    /// Up to `limit` people of `query`'s list from `anchor`, in the list's order.
    public func peoplePage(_ query: PeopleQuery, anchor: PeoplePageAnchor = .first,
                           limit: Int) throws(StoreError) -> [PersonRow] {
        try read { db in try PeopleSQL(db, query).page(db, anchor: anchor, limit: limit) }
    }

    /// How many people `query`'s list holds (reads every member of the profession).
    public func peopleCount(_ query: PeopleQuery) throws(StoreError) -> Int {
        try read { db in try PeopleSQL(db, query).count(db) }
    }

    /// Calls `body` with every person of `query`'s list in order, `pageSize` at a time, all from
    /// one read transaction (one consistent list), never holding more than a page; returns how
    /// many there were. Errors `body` throws pass through as they are.
    @discardableResult
    public func forEachPerson(_ query: PeopleQuery, pageSize: Int = 1000,
                              _ body: ([PersonRow]) throws -> Void) throws -> Int {
        try readPassingOwnErrors { db in
            // One statement read to its end: each member is looked at once, where pages read
            // one after another would each search again from their anchor.
            let rows = try PeopleSQL(db, query).all(db)
            var page: [PersonRow] = []
            page.reserveCapacity(pageSize)
            var total = 0
            while let row = try rows.next() {
                page.append(try PeopleSQL.person(row))
                if page.count == pageSize {
                    total += page.count
                    try body(page)
                    page.removeAll(keepingCapacity: true)
                }
            }
            if !page.isEmpty {
                total += page.count
                try body(page)
            }
            return total
        }
    }

    /// The query for `who` on the profession with this code (and grade, by code), with every
    /// name checked against the store: an unknown profession lists the codes, an unknown skill
    /// the profession's skills, an unknown grade the ladder, an unknown qualification the ones
    /// the profession requires.
    public func peopleQuery(professionCode: String, who criterion: PeopleCriterion, gradeCode: String?,
                            today: Day) throws(StoreError) -> PeopleQuery {
        try read { db in
            let professions = try Profession.fetchAll(db, sql: "SELECT \(Profession.selection) FROM profession ORDER BY code")
            guard let profession = professions.first(where: { $0.code.caseInsensitiveCompare(professionCode) == .orderedSame }) else {
                let codes = professions.map(\.code).joined(separator: ", ")
                throw StoreError.invalid(field: "--profession", reason: "no profession has the code \"\(professionCode)\"; codes: \(codes.isEmpty ? "none" : codes)")
            }
            var gradeId: RowID?
            if let gradeCode {
                let grades = try Grade.fetchAll(db, sql: "SELECT \(Grade.selection) FROM grade ORDER BY rank")
                guard let grade = grades.first(where: { $0.code.caseInsensitiveCompare(gradeCode) == .orderedSame }) else {
                    throw StoreError.invalid(field: "--grade", reason: "no grade has the code \"\(gradeCode)\"; the ladder, lowest first: "
                                             + grades.map(\.code).joined(separator: ", "))
                }
                gradeId = grade.id
            }
            var criterion = criterion
            switch criterion {
            case .below(let name):
                let skills = try String.fetchAll(db, sql: "SELECT name FROM skill WHERE profession_id = ? ORDER BY name",
                                                 arguments: [profession.id])
                guard let skill = skills.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) else {
                    throw StoreError.invalid(field: "--who", reason: "\(profession.name) has no skill \"\(name)\"; its skills: "
                                             + (skills.isEmpty ? "none" : skills.joined(separator: ", ")))
                }
                criterion = .below(skill: skill)
            case .qualificationMissing(let name?):
                let required = try String.fetchAll(db, sql: """
                    SELECT DISTINCT qualification FROM qualification_requirement WHERE profession_id = ? ORDER BY qualification
                    """, arguments: [profession.id])
                guard let match = required.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) else {
                    throw StoreError.invalid(field: "--who", reason: "\(profession.name) requires no qualification \"\(name)\"; it requires: "
                                             + (required.isEmpty ? "none" : required.joined(separator: ", ")))
                }
                criterion = .qualificationMissing(match)
            case .cpd:
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM cpd_requirement WHERE profession_id = ?",
                                        arguments: [profession.id]) ?? false else {
                    throw StoreError.invalid(field: "--who", reason: "\(profession.name) has set no CPD requirement, so it has no CPD lists")
                }
            case .neverAssessed, .auditOverdue, .qualificationMissing(nil), .expiring: break
            }
            return PeopleQuery(professionId: profession.id, criterion: criterion, gradeId: gradeId, today: today)
        }
    }
}

/// The SQL of one list: the members of the profession, each with the columns its condition
/// reads, filtered by that condition, in the list's order. Arguments are named, so that one
/// set serves every statement built from the parts.
struct PeopleSQL {
    let query: PeopleQuery
    /// Per-member columns the condition and value read (correlated subqueries on indexes).
    private var columns: String = ""
    private var condition: String = ""
    private var value: String = ""
    private var key: String = ""
    private var arguments: [String: (any DatabaseValueConvertible)?] = [:]
    /// Walk the whole staff name index (each row a membership look-up) rather than the
    /// profession's members then sort them: cheaper for the first page of a large profession.
    private var byNameIndex = false
    /// Where the list's people come from: the profession's members, or a summary of them.
    private var source = Source.members
    /// A join the columns read from (for CPD, each member's total in the cycle).
    private var cpdJoin = ""
    /// Only the members followed up for the list within this window (the dashboard's
    /// "followed up, not yet improved"), read from the follow-ups' index.
    private var followedUp: FollowUpWindow?

    private enum Source { case members, below }

    /// Professions at least this large read their first page along the staff name index.
    static let nameIndexThreshold = 10_000

    /// The last day the member's record of the requirement `q`'s qualification is valid: the
    /// latest, if held more than once; `StoredQualificationValidity.neverExpires` if it does not
    /// lapse; NULL if not held.
    static let validTo = """
        (SELECT MAX(COALESCE(h.expires, '\(StoredQualificationValidity.neverExpires)')) FROM qualification_held h
         WHERE h.staff_id = s.id AND h.qualification = q.qualification COLLATE NOCASE)
        """

    init(_ db: Database, _ query: PeopleQuery, followedUpIn window: FollowUpWindow? = nil) throws {
        self.query = query
        arguments["p"] = query.professionId
        if let window {
            followedUp = window
            arguments["list"] = query.criterion.text
            arguments["followed_after"] = window.after.iso
            arguments["followed_to"] = window.today.iso
        }
        let inProfession = "(SELECT 1 FROM assessment a JOIN skill k ON k.id = a.skill_id WHERE a.staff_id = s.id AND k.profession_id = :p)"
        switch query.criterion {
        case .neverAssessed:
            columns = "EXISTS \(inProfession) AS assessed"
            condition = "NOT assessed"
            value = "'never'"
            key = "0"
        case .auditOverdue:
            columns = "(SELECT MAX(a.date) FROM assessment a JOIN skill k ON k.id = a.skill_id WHERE a.staff_id = s.id AND k.profession_id = :p) AS last"
            condition = "last < :cutoff"
            value = "last"
            key = "CAST(replace(last, '-', '') AS INTEGER)"
            arguments["cutoff"] = query.today.adding(months: -PeopleCriterion.auditCycleMonths).iso
        case .below(let skill):
            guard let id = try RowID.fetchOne(db, sql: "SELECT id FROM skill WHERE profession_id = ? AND name = ?",
                                              arguments: [query.professionId, skill]) else {
                throw StoreError.invalid(field: "skill", reason: "the profession has no skill \"\(skill)\"")
            }
            arguments["skill"] = id
            // The people below, with their latest level and the requirement, are a summary
            // (`Summary.below`): the list reads the skill's rows, never a member's assessments.
            source = .below
            columns = "b.level AS level, b.required AS required"
            condition = "1"
            value = "level || ' of ' || required"
            key = "required - level"
        case .cpd(let category):
            guard let requirement = try CPDRequirement.fetch(db, key: [query.professionId]) else {
                throw StoreError.invalid(field: "CPD", reason: "the profession has set no CPD requirement")
            }
            // The cycle containing today and the minutes due by its end, as `CPDReport` has them.
            let year = requirement.cycleYear(containing: query.today)
            let start = requirement.cycleStart(year: year), end = requirement.cycleEnd(year: year)
            let length = start.days(until: end) + 1
            let elapsed = min(length, max(0, start.days(until: query.today) + 1))
            let required = requirement.hoursPerCycle * 60
            arguments["due"] = Double(required) * Double(elapsed) / Double(length) / 60
            // A member's counted minutes in the cycle are a summary (`Summary.cpdMember`): one
            // look-up, read once however often the category's rule names them.
            arguments["cycle"] = year
            cpdJoin = "LEFT JOIN sum_cpd_member m ON m.profession_id = :p AND m.cycle_year = :cycle AND m.staff_id = s.id"
            columns = """
                COALESCE(m.minutes, 0) AS minutes,
                s.joined_profession AS joined_profession, s.fte_hundredths AS fte_hundredths
                """
            // The category by `CPDRule`, as the dashboard counts it (joiners and part-timers
            // owe their share).
            let rule = CPDRule(requirement: requirement, cycleYear: year, today: query.today)
            let (ruleSQL, _) = CPDRuleSQL.category(rule, minutes: "minutes", joined: "joined_profession",
                                                    fte: "fte_hundredths")
            condition = "(\(ruleSQL)) = '\(category.rawValue)'"
            value = "printf('%.1f (%.1f)', minutes / 60.0, :due)"
            key = "minutes"
        case .qualificationMissing(let name):
            // Held: some record of it (names ignoring case) valid on the day, as the
            // qualification summaries count it (`Summary.qualificationMembers`).
            let only = name == nil ? "" : "AND q.qualification = :qualification COLLATE NOCASE"
            if let name { arguments["qualification"] = name }
            arguments["today"] = query.today.iso
            let missing = """
                FROM (SELECT q.qualification, \(Self.validTo) AS valid_to
                      FROM qualification_requirement q WHERE q.profession_id = :p AND q.grade_id = s.grade_id \(only))
                WHERE valid_to IS NULL OR valid_to < :today
                """
            columns = """
                (SELECT group_concat(qualification || COALESCE(' (lapsed ' || valid_to || ')', ''), '; ') \(missing)) AS missing,
                (SELECT COUNT(*) \(missing)) AS missing_count
                """
            condition = "missing IS NOT NULL"
            value = "missing"
            key = "missing_count"
        case .expiring:
            // The first of the grade's mandatory qualifications to lapse (a missing one sorts
            // first, as '' does in `Summary.qualificationMembers`), when it lapses in the window.
            arguments["today"] = query.today.iso
            arguments["window"] = query.today.adding(days: QualificationReport.expiringWithinDays).iso
            columns = """
                (SELECT COALESCE(valid_to, '') || ' ' || qualification
                 FROM (SELECT q.qualification, \(Self.validTo) AS valid_to
                       FROM qualification_requirement q WHERE q.profession_id = :p AND q.grade_id = s.grade_id)
                 ORDER BY COALESCE(valid_to, ''), qualification LIMIT 1) AS first_lapse
                """
            condition = "substr(first_lapse, 1, 10) BETWEEN :today AND :window"
            value = "substr(first_lapse, 12) || ' to ' || substr(first_lapse, 1, 10)"
            key = "CAST(replace(substr(first_lapse, 1, 10), '-', '') AS INTEGER)"
        }
        if query.sort == .name && source == .members && followedUp == nil {
            let members = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(members), 0) FROM sum_membership WHERE profession_id = ?",
                                           arguments: [query.professionId]) ?? 0
            byNameIndex = members >= Self.nameIndexThreshold
        }
        if let gradeId = query.gradeId { arguments["grade"] = gradeId }
        if !query.filter.isEmpty { arguments["filter"] = query.filter }
    }

    /// Every member with the list's columns, before the list's condition.
    private var members: String {
        var filters = ["1"]
        if query.gradeId != nil { filters.append("s.grade_id = :grade") }
        if !query.filter.isEmpty {
            filters.append("(instr(lower(s.name), lower(:filter)) > 0 OR instr(lower(s.staff_number), lower(:filter)) > 0)")
        }
        // CROSS JOIN keeps the tables in the order written (SQLite's rule), which decides
        // which index drives the walk.
        let from: String
        // Those followed up for the list are a few people: read from the follow-ups' index.
        let followed = """
            (SELECT DISTINCT staff_id FROM follow_up
             WHERE profession_id = :p AND list = :list AND date > :followed_after AND date <= :followed_to) fu
            """
        switch source {
        case .below where followedUp != nil:
            from = "\(followed) CROSS JOIN sum_below b ON b.skill_id = :skill AND b.staff_id = fu.staff_id CROSS JOIN staff s ON s.id = b.staff_id"
        case .members where followedUp != nil:
            from = "\(followed) CROSS JOIN staff_profession sp ON sp.staff_id = fu.staff_id AND sp.profession_id = :p "
                + "CROSS JOIN staff s ON s.id = sp.staff_id"
        case .below:
            from = "sum_below b CROSS JOIN staff s ON s.id = b.staff_id"
            filters.append("b.skill_id = :skill")
        case .members where byNameIndex:
            from = "staff s CROSS JOIN staff_profession sp ON sp.staff_id = s.id AND sp.profession_id = :p"
        case .members:
            from = "staff_profession sp CROSS JOIN staff s ON s.id = sp.staff_id"
            filters.append("sp.profession_id = :p")
        }
        return """
            SELECT s.id, s.name, s.staff_number, g.code AS grade, g.rank AS grade_rank, d.name AS department, s.post,
                   \(columns)
            FROM \(from)
            JOIN grade g ON g.id = s.grade_id
            JOIN department d ON d.id = s.department_id
            \(cpdJoin)
            WHERE \(filters.joined(separator: " AND "))
            """
    }

    /// The list: its rows with their value, in no particular order.
    private var listed: String {
        """
        SELECT id, name, staff_number, grade, grade_rank, department, post, \(value) AS value, \(key) AS value_key
        FROM (\(members)) WHERE \(condition)
        """
    }

    /// The sort key's column, before name and id (nil when sorting by name).
    private var sortColumn: String? {
        switch query.sort {
        case .name: nil
        case .staffNumber: "staff_number"
        case .grade: "grade_rank"
        case .department: "department"
        case .value: "value_key"
        }
    }

    private var keyColumns: [String] { (sortColumn.map { [$0] } ?? []) + ["name", "id"] }

    private func keyValues(_ row: PersonRow) -> [any DatabaseValueConvertible] {
        let sort: [any DatabaseValueConvertible] = switch query.sort {
        case .name: []
        case .staffNumber: [row.staffNumber]
        case .grade: [row.gradeRank]
        case .department: [row.department]
        case .value: [row.valueKey]
        }
        return sort + [row.name, row.id]
    }

    func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(listed))", arguments: StatementArguments(arguments)) ?? 0
    }

    func page(_ db: Database, anchor: PeoplePageAnchor, limit: Int) throws -> [PersonRow] {
        var arguments = self.arguments
        arguments["limit"] = limit
        // Reading backwards (a page before a row, or the last page) walks the order reversed.
        let backwards: Bool
        var keyset = "1"
        switch anchor {
        case .first: backwards = false
        case .last: backwards = true
        case .after(let row), .before(let row), .from(let row):
            backwards = if case .before = anchor { true } else { false }
            let ascending = backwards == query.descending
            let names = keyColumns.indices.map { "k\($0)" }
            for (name, value) in zip(names, keyValues(row)) { arguments[name] = value }
            let inclusive = if case .from = anchor { "=" } else { "" }
            keyset = "(\(keyColumns.joined(separator: ", "))) \(ascending ? ">" : "<")\(inclusive) "
                + "(\(names.map { ":" + $0 }.joined(separator: ", ")))"
        }
        let descending = backwards != query.descending
        let order = keyColumns.map { descending ? "\($0) DESC" : $0 }.joined(separator: ", ")
        // The latest follow-up is read for the page's rows only, after the limit.
        let rows = try Row.fetchAll(db, sql: """
            SELECT page.*, \(Self.latestFollowUp("page.id")) FROM (
                SELECT * FROM (\(listed)) WHERE \(keyset) ORDER BY \(order) LIMIT :limit
            ) page ORDER BY \(order)
            """, arguments: StatementArguments(arguments)).map(Self.person)
        return try Self.withBookings(db, query.bookingLine, backwards ? rows.reversed() : rows)
    }

    /// The page's rows with each person's booking on `line` (one look-up for the page).
    static func withBookings(_ db: Database, _ line: PlanLineKey?, _ rows: [PersonRow]) throws -> [PersonRow] {
        guard let line, !rows.isEmpty else { return rows }
        let ids = rows.map(\.id)
        let bookings = try Booking.fetchAll(db, sql: """
            SELECT \(Booking.selection) FROM booking WHERE plan_id = ? AND skill_id = ? AND offer_id = ?
            AND staff_id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))
            """, arguments: StatementArguments([line.planId, line.skillId, line.offerId] + ids))
        let byStaff = Dictionary(bookings.map { ($0.staffId, $0) }, uniquingKeysWith: { a, _ in a })
        return rows.map { row in
            var row = row
            row.booking = byStaff[row.id]
            return row
        }
    }

    /// A person's latest follow-up for any of the profession's lists, as "YYYY-MM-DD reason"
    /// (one look-up on `follow_up_by_staff`).
    static func latestFollowUp(_ staffId: String) -> String {
        """
        (SELECT f.date || ' ' || f.reason FROM follow_up f WHERE f.staff_id = \(staffId) AND f.profession_id = :p
         ORDER BY f.date DESC, f.id DESC LIMIT 1) AS latest_follow_up
        """
    }

    /// The ids of everyone on the list, in no order: a cursor over one statement (marking a
    /// whole list as followed up).
    func forEachId(_ db: Database, _ body: (RowID) throws -> Void) throws {
        var sql = self
        sql.byNameIndex = false
        let ids = try RowID.fetchCursor(db, sql: "SELECT id FROM (\(sql.listed))", arguments: StatementArguments(arguments))
        while let id = try ids.next() { try body(id) }
    }

    /// How many the list holds, and how many of them have a booking on `line` (any status: one
    /// look-up each on the booking's unique index).
    func count(_ db: Database, onLine line: PlanLineKey) throws -> (onList: Int, onLine: Int) {
        var arguments = self.arguments
        arguments["line_plan"] = line.planId
        arguments["line_skill"] = line.skillId
        arguments["line_offer"] = line.offerId
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*), COALESCE(SUM(EXISTS (
                SELECT 1 FROM booking k WHERE k.plan_id = :line_plan AND k.skill_id = :line_skill AND k.offer_id = :line_offer
                AND k.staff_id = listed.id)), 0)
            FROM (\(listed)) listed
            """, arguments: StatementArguments(arguments))
        return (row?[0] ?? 0, row?[1] ?? 0)
    }

    /// The ids of everyone on the list in the list's order (its sort, then name and id), from one
    /// statement read as a cursor, until `body` returns false.
    func forEachIdInOrder(_ db: Database, _ body: (RowID) throws -> Bool) throws {
        var sql = self
        sql.byNameIndex = false
        let order = keyColumns.map { query.descending ? "\($0) DESC" : $0 }.joined(separator: ", ")
        let ids = try RowID.fetchCursor(db, sql: "SELECT id FROM (\(sql.listed)) ORDER BY \(order)",
                                        arguments: StatementArguments(arguments))
        while let id = try ids.next() {
            guard try body(id) else { return }
        }
    }

    /// The whole list in its order, as a cursor. It reads the members in staff id order and
    /// sorts what it lists: the staff rows come page after page, where walking the name index
    /// would fetch each from anywhere in the file (7.6 s against 1.0 s for 158,000 of 330,000).
    func all(_ db: Database) throws -> RowCursor {
        var sql = self
        sql.byNameIndex = false
        let order = keyColumns.map { query.descending ? "\($0) DESC" : $0 }.joined(separator: ", ")
        return try Row.fetchCursor(db, sql: """
            SELECT listed.*, \(Self.latestFollowUp("listed.id")) FROM (\(sql.listed)) listed ORDER BY \(order)
            """, arguments: StatementArguments(arguments))
    }

    static func person(_ row: Row) throws -> PersonRow {
        try PersonRow(id: row.value(at: 0), name: row.value(at: 1), staffNumber: row.value(at: 2), grade: row.value(at: 3),
                      gradeRank: row.value(at: 4), department: row.value(at: 5), post: row.value(at: 6),
                      value: row.value(at: 7) ?? "", valueKey: row.value(at: 8) ?? 0,
                      latestFollowUp: row.count > 9 ? (row.value(at: 9) ?? "") : "")
    }
}
