import GRDB
import GRDBSQLite

extension Database {
    /// A failed call of SQLite's C API on one of this connection's statements, reported as GRDB
    /// reports a statement's failure: the result code (extended: GRDB turns extended codes on for
    /// every connection, so a constraint says which kind), SQLite's message and the SQL.
    func failure(_ code: Int32, of statement: Statement) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code),
                      message: sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }, sql: statement.sql)
    }
}
