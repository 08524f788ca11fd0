import GRDB
import GRDBSQLite
import HopModel

/// An import's new rows of one table, inserted `rowsPerStatement` to a statement. A single-row
/// INSERT runs a whole statement for every row, and a CHECK written `IN (...)` builds its list
/// again on every run: together more than half of what an import of a million assessments
/// spent inserting (docs/PERFORMANCE.md, "Inserts many rows to a statement").
///
/// Each row is given its id when it is added, the next after the table's largest (the one
/// SQLite would choose), so that the importer knows it before the row is written. Rows wait
/// until a statement's worth is held, or `flush`: reads of the table see only what was flushed.
/// Valid inside the transaction whose `Database` made it, which nothing else inserts into the
/// table during.
final class BatchedInsert {
    static let rowsPerStatement = 64
    private let db: Database
    private let table: String
    /// The columns after `id`, in the order `add` takes their values.
    private let columns: [String]
    private var pending: [DatabaseValue] = []
    private var nextId: RowID

    init(_ db: Database, table: String, columns: [String]) throws {
        self.db = db
        self.table = table
        self.columns = columns
        nextId = (try RowID.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0) + 1
        pending.reserveCapacity(Self.rowsPerStatement * (columns.count + 1))
    }

    /// New records of `R`'s table, its `valueColumns` after the id.
    convenience init<R: MappedRecord>(_ db: Database, for type: R.Type) throws {
        try self.init(db, table: R.table, columns: R.valueColumns)
    }

    /// Holds `record` (its id is not read); returns the id it will have.
    func add<R: MappedRecord>(_ record: R) throws -> RowID { try add(record.values) }

    /// Holds one row, its values in `columns` order; returns the id it will have.
    func add(_ values: [DatabaseValue]) throws -> RowID {
        precondition(values.count == columns.count, "\(values.count) values for \(columns.count) columns of \(table)")
        let id = nextId
        nextId += 1
        pending.append(id.databaseValue)
        pending.append(contentsOf: values)
        if pending.count == Self.rowsPerStatement * (columns.count + 1) { try flush() }
        return id
    }

    /// Inserts every row held.
    func flush() throws {
        guard !pending.isEmpty else { return }
        let rows = pending.count / (columns.count + 1)
        let row = "(" + Array(repeating: "?", count: columns.count + 1).joined(separator: ", ") + ")"
        // A full statement's text is the same every time, so GRDB's cache keeps it prepared.
        let statement = try db.cachedStatement(sql: """
            INSERT INTO \(table) (id, \(columns.joined(separator: ", ")))
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
