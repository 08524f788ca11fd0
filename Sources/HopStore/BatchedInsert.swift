import GRDB
import GRDBSQLite
import HopModel

/// An import's new rows of one table, inserted `rowsPerStatement` to a statement. A single-row
/// INSERT runs a whole statement for every row, and a CHECK written `IN (...)` builds its list
/// again on every run: together more than half of what an import of a million assessments
/// spent inserting (docs/PERFORMANCE.md, "Inserts many rows to a statement").
///
/// In a table keyed by `id`, each row is given its id when it is added, the next after the
/// table's largest (the one SQLite would choose), so that the importer knows it before the row
/// is written; in another, a row's values include its key. Rows wait until a statement's worth
/// is held, or `flush`: reads of the table see only what was flushed. A table whose rows name
/// another's (memberships, their staff) flushes that one's first (`after`). Valid inside the
/// transaction whose `Database` made it, which nothing else inserts into the table during.
final class BatchedInsert {
    static let rowsPerStatement = 64
    private let db: Database
    private let table: String
    /// The columns `add` takes values for, in order (after the id it gives, if it gives one).
    private let columns: [String]
    /// The id the next row gets; nil: the table is keyed otherwise.
    private var nextId: RowID?
    private let parent: BatchedInsert?
    private var pending: [DatabaseValue] = []

    init(_ db: Database, table: String, columns: [String], assigningIds: Bool = true, after parent: BatchedInsert? = nil) throws {
        self.db = db
        self.table = table
        self.columns = columns
        self.parent = parent
        if assigningIds { nextId = (try RowID.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0) + 1 }
        pending.reserveCapacity(Self.rowsPerStatement * width)
    }

    /// New records of `R`'s table: its `valueColumns` after the id it is given when keyed by
    /// `id`, else its `keyColumns` and `valueColumns`.
    convenience init<R: MappedRecord>(_ db: Database, for type: R.Type, after parent: BatchedInsert? = nil) throws {
        let byId = R.keyColumns == ["id"]
        try self.init(db, table: R.table, columns: byId ? R.valueColumns : R.keyColumns + R.valueColumns,
                      assigningIds: byId, after: parent)
    }

    /// Values in a row of the statement.
    private var width: Int { columns.count + (nextId == nil ? 0 : 1) }

    /// Holds `record` of a table keyed by `id` (its own id is not read); returns the id it will have.
    func add<R: MappedRecord>(_ record: R) throws -> RowID { try add(record.values) }

    /// Holds a row of a table keyed by `id`, its values in `columns` order; returns its id.
    func add(_ values: [DatabaseValue]) throws -> RowID {
        guard let id = nextId else { preconditionFailure("\(table) is not keyed by id") }
        precondition(values.count == columns.count, "\(values.count) values for \(columns.count) columns of \(table)")
        nextId = id + 1
        pending.append(id.databaseValue)
        try hold(values)
        return id
    }

    /// Holds `record` of a table keyed otherwise, key and all.
    func add<R: MappedRecord>(keyed record: R) throws {
        precondition(nextId == nil, "\(table) is keyed by id")
        try hold(record.keyValues + record.values)
    }

    private func hold(_ values: [DatabaseValue]) throws {
        pending.append(contentsOf: values)
        if pending.count == Self.rowsPerStatement * width { try flush() }
    }

    /// Inserts every row held (the parent's first).
    func flush() throws {
        try parent?.flush()
        guard !pending.isEmpty else { return }
        let rows = pending.count / width
        let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        let names = (nextId == nil ? [] : ["id"]) + columns
        // A full statement's text is the same every time, so GRDB's cache keeps it prepared.
        let statement = try db.cachedStatement(sql: """
            INSERT INTO \(table) (\(names.joined(separator: ", ")))
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            """)
        let s = statement.sqliteStatement
        defer { sqlite3_reset(s) }
        for (index, value) in pending.enumerated() { try BulkInsert.bind(value, at: Int32(index + 1), statement, db) }
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else { throw db.failure(code, of: statement) }
        pending.removeAll(keepingCapacity: true)
    }
}
