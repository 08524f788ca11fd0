import GRDB
import HopModel

// MARK: - Forum dates: the dates the forum or a seminar met

// Store-wide records (no profession): filed in the change log under none, like the seminar plan.

extension ForumDate: VersionedRecord {
    static let kind = RecordKind.forumDate
    static let keyColumns = ["id"]
    static let valueColumns = ["date", "title"]

    init(row: Row) throws {
        try self.init(id: row.value("id"), date: row.day("date"), title: row.value("title"), version: row.value("version"))
    }

    var keyValues: [DatabaseValue] { [idValue(id)] }
    var values: [DatabaseValue] { [date.databaseValue, title.databaseValue] }
    mutating func didInsert(rowID: RowID) { id = rowID }
    var stored: StoredRecord { .forumDate(self) }
    var limitedTexts: [LimitedText] { [LimitedText("title", title, .forumTitle)] }
}

extension Validate {
    /// A forum date's title is free text (blank allowed); the date is any supported day.
    static func forumDate(_ f: ForumDate) throws {
        if let problem = textProblem(f.title) { throw StoreError.invalid(field: "Title", reason: problem) }
    }
}

extension Store {
    /// Marks (id 0) or corrects (at its version) a forum or seminar date, keeping every
    /// profession's figures on that day in the same transaction (as the store stands: a day in
    /// the past gets today's checklist, and the figures that depend on the day as of that day).
    public func saveForumDate(_ forum: ForumDate, by user: String) throws(StoreError) -> ForumDate {
        try validated { try Validate.forumDate(forum) }
        return try write(by: user) { w in
            let before = forum.id == 0 ? nil : try ForumDate.fetch(w.db, key: [forum.id])
            let saved = try w.save(forum) { _ in nil }
            if let before, before.date != saved.date { try FigureHistory.forget(w.db, forumOn: before.date) }
            try FigureHistory.keep(w.db, on: saved.date, reason: .forum)
            return saved
        }
    }

    public func deleteForumDate(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(ForumDate.self, key: [id], expectedVersion: expectedVersion)
            try w.delete(current, professionId: nil)
            try FigureHistory.forget(w.db, forumOn: current.date)
        }
    }

    /// Every marked date, oldest first.
    public func forumDates() throws(StoreError) -> [ForumDate] {
        try read { db in
            try ForumDate.fetchAll(db, sql: "SELECT \(ForumDate.selection) FROM forum_date ORDER BY date, id")
        }
    }

    /// The latest forum marked on or before `day`, with the figures kept on its date; nil when
    /// none is marked. The report's and the kiosk's "since the last forum" both start here.
    public func lastForum(onOrBefore day: Day) throws(StoreError) -> LastForum? {
        // One read, so that the date and its figures come from the same state of the store.
        try read { db in
            guard let forum = try ForumDate.fetchAll(db, sql: """
                SELECT \(ForumDate.selection) FROM forum_date WHERE date <= ? ORDER BY date DESC, id DESC LIMIT 1
                """, arguments: [day.iso]).first else { return nil }
            return LastForum(forum: forum, figures: try Self.figures(db, on: forum.date))
        }
    }
}
