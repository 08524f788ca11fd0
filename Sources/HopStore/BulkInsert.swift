import GRDB
import GRDBSQLite

/// One record type's INSERT, prepared once for a bulk load (or an import's new rows) and run
/// with its values bound straight from their `DatabaseValue`s through SQLite's C API. GRDB's
/// `execute(arguments:)` builds and checks a `StatementArguments` for every row, and
/// `MappedRecord.insert` builds the SQL text and looks the statement up by it: together about
/// a fifth of `generate`'s time (decision 102). Valid inside the transaction whose `Database`
/// made it.
struct BulkInsert {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// Inserts one row: `first` then `rest` bound in order to the statement's parameters.
    func run(_ first: [DatabaseValue], _ rest: [DatabaseValue]) throws {
        let s = statement.sqliteStatement
        defer { sqlite3_reset(s) }
        var index: Int32 = 1
        for value in first { try Self.bind(value, at: index, statement, db); index += 1 }
        for value in rest { try Self.bind(value, at: index, statement, db); index += 1 }
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else { throw db.failure(code, of: statement) }
    }

    /// Binds `value` to the parameter at `index` (from 1) of `statement`, which `db` prepared.
    static func bind(_ value: DatabaseValue, at index: Int32, _ statement: Statement, _ db: Database) throws {
        let s = statement.sqliteStatement
        let code: Int32
        switch value.storage {
        case .null: code = sqlite3_bind_null(s, index)
        case .int64(let int): code = sqlite3_bind_int64(s, index, int)
        case .double(let double): code = sqlite3_bind_double(s, index, double)
        case .string(let text):
            var text = text
            code = text.withUTF8 { bytes in
                // Never a null pointer, which SQLite would bind as NULL rather than ''.
                bytes.isEmpty ? sqlite3_bind_text(s, index, "", 0, BulkInsert.transient)
                    : sqlite3_bind_text(s, index, bytes.baseAddress, Int32(bytes.count), BulkInsert.transient)
            }
        case .blob(let data):
            code = data.withUnsafeBytes { bytes in
                bytes.isEmpty ? sqlite3_bind_zeroblob(s, index, 0)
                    : sqlite3_bind_blob(s, index, bytes.baseAddress, Int32(bytes.count), BulkInsert.transient)
            }
        }
        guard code == SQLITE_OK else { throw db.failure(code, of: statement) }
    }

    /// SQLite copies what is bound before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
