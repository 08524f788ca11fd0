import GRDB
import HopModel

/// What an import of dated records (assessments, CPD activities) does to the figures' history,
/// in the import's own transaction (DECISIONS 85): an old audit loaded with its dates shows as
/// the past, not as today.
///
/// - A past quarter end one of the written records' dates falls in, and any day filled in this
///   way before from the records on or after the earliest date written, has its figures worked
///   out from the dated records as of that day (`reason = records`), unless the figures of that
///   day were kept from live data.
/// - A day kept from live data (a quarter end kept by a write, a forum date) on or after the
///   earliest date written keeps its value, moved by exactly what the import changes on that
///   day: the assessments figures (skills gap overall and per skill, audit coverage) worked out
///   as of the day for the people the import wrote, with and without what it wrote. CPD
///   compliance of a kept day is left as kept: its summary totals a cycle, not the days within it.
final class ImportedHistory {
    enum Kind { case assessments, cpd }

    let kind: Kind
    /// The dates of the records written (inserted or changed).
    private(set) var dates: Set<Day> = []
    /// The people whose assessments were written; their assessments as they stood before the
    /// first write are copied into `temp.history_before`.
    private var touched: Set<RowID> = []

    init(_ kind: Kind) { self.kind = kind }

    /// Figures this kind of record feeds.
    func feeds(_ figure: Figure) -> Bool {
        switch (kind, figure) {
        case (.assessments, .skillsGap), (.assessments, .skillGap), (.assessments, .auditCoverage), (.cpd, .cpdCompliance): true
        default: false
        }
    }

    /// Called before each record is written, with the record's person and date.
    func willWrite(staffId: RowID, date: Day, _ db: Database) throws {
        dates.insert(date)
        guard kind == .assessments, touched.insert(staffId).inserted else { return }
        if touched.count == 1 {
            try db.execute(sql: """
                CREATE TEMP TABLE IF NOT EXISTS history_before (
                    id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL, skill_id INTEGER NOT NULL, level INTEGER NOT NULL,
                    date TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS temp.history_before_by_staff ON history_before(staff_id, skill_id, date, id);
                CREATE TEMP TABLE IF NOT EXISTS history_staff (staff_id INTEGER PRIMARY KEY);
                DELETE FROM temp.history_before;
                DELETE FROM temp.history_staff;
                """)
        }
        try db.cachedStatement(sql: """
            INSERT INTO temp.history_before (id, staff_id, skill_id, level, date)
            SELECT id, staff_id, skill_id, level, date FROM assessment WHERE staff_id = ?
            """).execute(arguments: [staffId])
        try db.cachedStatement(sql: "INSERT INTO temp.history_staff (staff_id) VALUES (?)").execute(arguments: [staffId])
    }

    /// After every record is written and the summaries rebuilt: fills in and adjusts the history.
    func keep(_ db: Database, today: Day) throws {
        defer { if !touched.isEmpty { try? db.execute(sql: "DELETE FROM temp.history_before; DELETE FROM temp.history_staff") } }
        guard let earliest = dates.min() else { return }
        let marker = kind == .assessments ? Figure.skillsGap.code : Figure.cpdCompliance.code
        var live: [Day: Set<RowID>] = [:]
        var filled: Set<Day> = []
        for row in try Row.fetchAll(db, sql: """
            SELECT profession_id, day, reason FROM figure_history WHERE figure = ? AND day >= ? AND day < ?
            """, arguments: [marker, earliest.iso, today.iso]) {
            let day: Day = try row.day(at: 1, "day")
            if row[2] == HistoryReason.records.rawValue { filled.insert(day) } else { live[day, default: []].insert(row[0]) }
        }
        let lastEnded = today.previousQuarterEnd
        let days = (Set(dates.map(\.quarterEnd).filter { $0 <= lastEnded }).union(filled)).subtracting(live.keys)
        guard !days.isEmpty || (kind == .assessments && !live.isEmpty) else { return }
        // Skills, requirements and grades as they are now (as every worked-out figure, DECISIONS 79).
        let professions = try Store.professionData(db, only: nil, today: today)
        // Every day's skill facts, the days filled in and the written people's as of the days
        // kept live, from one pass over the store's assessments (DatedSkillFacts).
        let (filledFacts, after) = kind == .assessments
            ? try DatedSkillFacts.facts(db, from: .store, asOf: Array(days), touchedAsOf: Array(live.keys)) : ([:], [:])
        for day in days.sorted() { try fill(db, day, professions, filledFacts[day] ?? [:]) }
        if kind == .assessments && !live.isEmpty {
            let before = try DatedSkillFacts.facts(db, from: .before, onlyTouched: true, asOf: Array(live.keys))
            for (day, ids) in live.sorted(by: { $0.key < $1.key }) {
                try adjust(db, day, professions.filter { ids.contains($0.profession.id) }, after: after[day] ?? [:],
                           before: before[day] ?? [:])
            }
        }
    }

    /// A day no live figures were kept for: its figures worked out from the dated records alone.
    /// A profession none of whose members has a record dated by then gets none.
    private func fill(_ db: Database, _ day: Day, _ professions: [ProfessionData], _ facts: [RowID: DatedSkillFacts.Facts]) throws {
        switch kind {
        case .assessments:
            for var data in professions {
                guard let own = facts[data.profession.id], own.membership.contains(where: { $0.assessed > 0 }) else { continue }
                data.levelCounts = own.levels
                data.membership = own.membership
                try FigureHistory.write(db, professionId: data.profession.id, day: day, values(data, day), reason: .records)
            }
        case .cpd:
            let recorded = Set(try RowID.fetchAll(db, sql: """
                SELECT DISTINCT sp.profession_id FROM cpd_activity c JOIN staff_profession sp ON sp.staff_id = c.staff_id
                WHERE c.date <= ?
                """, arguments: [day.iso]))
            for data in try Store.professionData(db, only: nil, today: day) where recorded.contains(data.profession.id) {
                let values = values(data, day)
                guard let cpd = values[.cpdCompliance], cpd.base > 0 else { continue }
                try FigureHistory.write(db, professionId: data.profession.id, day: day, values, reason: .records)
            }
        }
    }

    /// A day kept from live data: each assessments figure moved by what the import changed on
    /// that day, worked out for the people it wrote with and without what it wrote (the figures
    /// are sums over people, so the difference of the two is the import's part).
    private func adjust(_ db: Database, _ day: Day, _ professions: [ProfessionData],
                        after: [RowID: DatedSkillFacts.Facts], before: [RowID: DatedSkillFacts.Facts]) throws {
        let update = try db.cachedStatement(sql: """
            UPDATE figure_history SET count = count + ?, base = base + ?
            WHERE profession_id = ? AND figure = ? AND day = ? AND reason <> 'records'
            """)
        for data in professions {
            let id = data.profession.id
            guard after[id] != nil || before[id] != nil else { continue }
            func with(_ facts: DatedSkillFacts.Facts?) -> [Figure: Ratio] {
                var data = data
                data.levelCounts = facts?.levels ?? []
                data.membership = facts?.membership ?? []
                return values(data, day)
            }
            let now = with(after[id]), then = with(before[id])
            for figure in Set(now.keys).union(then.keys).sorted() {
                let a = now[figure] ?? Ratio(0, of: 0), b = then[figure] ?? Ratio(0, of: 0)
                guard a.count != b.count || a.base != b.base else { continue }
                try update.execute(arguments: [a.count - b.count, a.base - b.base, id, figure.code, day.iso])
            }
        }
    }

    /// The figures this kind of record feeds, from `data` as of `day`.
    private func values(_ data: ProfessionData, _ day: Day) -> [Figure: Ratio] {
        Figure.values(ProfessionDashboard(data: data, framework: .embedded, today: day)).filter { feeds($0.key) }
    }
}
