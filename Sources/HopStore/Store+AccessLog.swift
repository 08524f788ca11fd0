import GRDB
import HopModel

// MARK: - Access log

// Every list of named people taken out of the tool is recorded, without the names, so that a
// Head of Profession can answer "who has taken lists of our staff out of the tool".

extension Store {
    /// Records one export of a list. Not a change to any record: `last_change` stays as it is.
    @discardableResult
    public func recordAccess(_ entry: AccessLogEntry, by user: String) throws(StoreError) -> AccessLogEntry {
        try write(by: user, stampsLastChange: false) { w in
            var entry = entry
            entry.at = w.at
            entry.user = user
            try w.db.execute(sql: """
                INSERT INTO access_log (at, user, profession_code, list, people, format) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [entry.at, entry.user, entry.professionCode, entry.list, entry.people, entry.format])
            entry.id = w.db.lastInsertedRowID
            return entry
        }
    }

    /// The latest exports, newest first; only those of one profession (by code) when given.
    public func accessLog(professionCode: String? = nil, limit: Int) throws(StoreError) -> [AccessLogEntry] {
        try read { db in
            let filter = professionCode == nil ? "" : "WHERE profession_code = ? COLLATE NOCASE"
            let arguments: StatementArguments = professionCode.map { [$0, limit] } ?? [limit]
            return try Row.fetchAll(db, sql: """
                SELECT id, at, user, profession_code, list, people, format FROM access_log \(filter) ORDER BY id DESC LIMIT ?
                """, arguments: arguments).map { row in
                try AccessLogEntry(id: row.value(at: 0), at: row.value(at: 1), user: row.value(at: 2),
                                   professionCode: row.value(at: 3), list: row.value(at: 4), people: row.value(at: 5),
                                   format: row.value(at: 6))
            }
        }
    }
}
