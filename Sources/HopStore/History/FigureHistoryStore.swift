import GRDB
import HopModel

/// Keeps each profession's figures (`Figure`) on every quarter end and forum date, in
/// `figure_history`, inside the write transaction that crosses the day (DECISIONS 79).
///
/// The first write after a quarter ends keeps the figures as the store stood before that write:
/// nothing was written between the quarter end and it, so the records edited in place (the
/// checklist, a member's grade) are as they were on the day, and the figures that depend on
/// the day (CPD pro rata, qualifications lapsed, movements in the last twelve months) are
/// computed as of the quarter end itself.
enum FigureHistory {
    static let throughKey = "history_through"
    /// Quarter ends worked out from dated records when a store first keeps history.
    static let quartersWorkedOut = 8

    /// Called at the start of every write (before its own statements) on `today`.
    static func keepQuarters(_ db: Database, today: Day) throws {
        let due = today.previousQuarterEnd
        let through = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM store_meta WHERE key = ?"),
                                          arguments: [throughKey]).flatMap(Day.init(iso:))
        if let through, through >= due { return }
        // Every quarter end since the last kept (nothing was written in between), at most five years.
        var days: [Day] = []
        var day = due
        while days.count < 20, through.map({ day > $0 }) ?? days.isEmpty {
            days.append(day)
            day = day.previousQuarterEnd
        }
        for day in days.reversed() { try keep(db, on: day, reason: .quarter) }
        if through == nil { try workOutFromRecords(db, before: days.min() ?? due) }
        try db.execute(sql: """
            INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, arguments: [throughKey, due.iso])
    }

    /// Every profession's figures on `day`, as the store stands (replacing any kept that day).
    static func keep(_ db: Database, on day: Day, reason: HistoryReason) throws {
        for data in try Store.professionData(db, only: nil, today: day) {
            let dashboard = ProfessionDashboard(data: data, framework: .embedded, today: day)
            try write(db, professionId: data.profession.id, day: day, Figure.values(dashboard), reason: reason)
        }
    }

    /// Before a store kept any history: the figures its dated records can give (maturity,
    /// joiners, leavers) on the quarter ends of the two years before `first`.
    static func workOutFromRecords(_ db: Database, before first: Day) throws {
        var day = first.previousQuarterEnd
        for _ in 0..<quartersWorkedOut {
            for var data in try Store.professionData(db, only: nil, today: day) {
                data.maturity = data.maturity.filter { $0.date <= day }
                let dashboard = ProfessionDashboard(data: data, framework: .embedded, today: day)
                let values = Figure.values(dashboard).filter { [.maturity, .joiners, .leavers].contains($0.key) }
                try write(db, professionId: data.profession.id, day: day, values, reason: .records)
            }
            day = day.previousQuarterEnd
        }
    }

    /// The demo's two years: on each of the eight quarter ends before `today`, the figures its
    /// dated records give (maturity, CPD, joiners, leavers) as of the day, and for the others
    /// (edited in place, or undated) today's moved back a little each quarter (gaps wider,
    /// progress less), so that every line has a shape. Made up, like the rest of the demo.
    static func demo(_ db: Database, today: Day) throws {
        var day = today.previousQuarterEnd
        for quarter in 1...quartersWorkedOut {
            let back = 0.05 * Double(quarter) - (quarter % 3 == 0 ? 0.02 : 0)
            for var data in try Store.professionData(db, only: nil, today: day) {
                data.maturity = data.maturity.filter { $0.date <= day }
                var values = Figure.values(ProfessionDashboard(data: data, framework: .embedded, today: day))
                for (figure, value) in values where ![.maturity, .cpdCompliance, .joiners, .leavers].contains(figure) {
                    let factor = figure.higherIsBetter ? 1 - back : 1 + back
                    values[figure] = Ratio(min(value.base, max(0, Int((Double(value.count) * factor).rounded()))), of: value.base)
                }
                try write(db, professionId: data.profession.id, day: day, values, reason: .quarter)
            }
            day = day.previousQuarterEnd
        }
    }

    static func write(_ db: Database, professionId: RowID, day: Day, _ values: [Figure: Ratio],
                              reason: HistoryReason) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO figure_history (profession_id, figure, day, count, base, reason) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (profession_id, figure, day)
            DO UPDATE SET count = excluded.count, base = excluded.base, reason = excluded.reason
            """)
        for (figure, value) in values.sorted(by: { $0.key < $1.key }) {
            try statement.execute(arguments: [professionId, figure.code, day.iso, value.count, value.base, reason.rawValue])
        }
    }

    /// A forum date unmarked takes its figures with it, unless another forum was marked that day.
    static func forget(_ db: Database, forumOn day: Day) throws {
        guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM forum_date WHERE date = ?", arguments: [day.iso]) == 0 else { return }
        // A quarter end's figures stay, as the quarter's.
        try db.execute(sql: day == day.quarterEnd ? "UPDATE figure_history SET reason = 'quarter' WHERE day = ? AND reason = 'forum'"
                                                  : "DELETE FROM figure_history WHERE day = ? AND reason = 'forum'",
                       arguments: [day.iso])
    }
}

extension Store {
    /// One figure of one profession on every day kept from `since` on, oldest first: an index
    /// range, whatever the number of staff.
    public func history(professionId: RowID, figure: Figure, since: Day = .earliest) throws(StoreError) -> [HistoryPoint] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT day, count, base, reason FROM figure_history
                WHERE profession_id = ? AND figure = ? AND day >= ? ORDER BY day
                """), arguments: [professionId, figure.code, since.iso]).map { row in
                HistoryPoint(day: try row.day(at: 0, "day"), value: Ratio(row[1], of: row[2]),
                             reason: HistoryReason(rawValue: row[3]) ?? .quarter)
            }
        }
    }

    /// Every profession's figures on one day kept (the forum report's "then"), by profession.
    public func figures(on day: Day) throws(StoreError) -> [RowID: [Figure: Ratio]] {
        try read { db in try Self.figures(db, on: day) }
    }

    static func figures(_ db: Database, on day: Day) throws -> [RowID: [Figure: Ratio]] {
        var figures: [RowID: [Figure: Ratio]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT profession_id, figure, count, base FROM figure_history WHERE day = ?",
                                    arguments: [day.iso]) {
            guard let figure = Figure(code: row[1]) else { continue }
            figures[row[0], default: [:]][figure] = Ratio(row[2], of: row[3])
        }
        return figures
    }
}

extension Store {
    /// Every figure kept of one profession, and every forum date: one index range of the
    /// primary key and the forum dates, whatever the number of staff.
    public func professionHistory(professionId: RowID) throws(StoreError) -> ProfessionHistory {
        try read { db in
            var kept: [Figure: [HistoryPoint]] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT figure, day, count, base, reason FROM figure_history WHERE profession_id = ? ORDER BY figure, day
                """), arguments: [professionId]) {
                guard let figure = Figure(code: row[0]) else { continue }
                kept[figure, default: []].append(HistoryPoint(day: try row.day(at: 1, "day"), value: Ratio(row[2], of: row[3]),
                                                              reason: HistoryReason(rawValue: row[4]) ?? .quarter))
            }
            let forums = try ForumDate.fetchAll(db, sql: "SELECT \(ForumDate.selection) FROM forum_date ORDER BY date, id")
            return ProfessionHistory(professionId: professionId, kept: kept, forums: forums)
        }
    }

    /// What the overview's trend is measured from (`TrendBaseline`): the last forum date on or
    /// before `today` whose figures were kept, else the last quarter end kept before it; nil
    /// when nothing was kept.
    public func trendBaseline(today: Day) throws(StoreError) -> TrendBaseline? {
        let forums = try forumDates()
        let kept: Day? = try read { db in
            try String.fetchOne(db, sql: "SELECT MAX(day) FROM figure_history WHERE reason = 'quarter' AND day < ?",
                                arguments: [today.iso]).flatMap(Day.init(iso:))
        }
        if let forum = forums.last(onOrBefore: today) {
            let figures = try figures(on: forum.date)
            if !figures.isEmpty { return TrendBaseline(day: forum.date, forum: forum, figures: figures) }
        }
        guard let kept else { return nil }
        return TrendBaseline(day: kept, forum: nil, figures: try figures(on: kept))
    }
}
