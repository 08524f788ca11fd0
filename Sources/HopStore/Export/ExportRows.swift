import GRDB
import GRDBSQLite

/// The rows of one statement read column by column from SQLite itself, for the exports: no
/// `Row`, and no `String` for a value unless it needs escaping. Valid inside the read that
/// made it.
struct ExportRows {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// Moves to the next row; false past the last.
    func next() throws -> Bool {
        let code = sqlite3_step(statement.sqliteStatement)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            throw db.failure(code, of: statement)
        }
    }

    var columnCount: Int { Int(sqlite3_column_count(statement.sqliteStatement)) }

    enum Kind { case null, integer, real, text, blob }

    func kind(_ column: Int) -> Kind {
        switch sqlite3_column_type(statement.sqliteStatement, Int32(column)) {
        case SQLITE_NULL: .null
        case SQLITE_INTEGER: .integer
        case SQLITE_FLOAT: .real
        case SQLITE_TEXT: .text
        default: .blob
        }
    }

    func integer(_ column: Int) -> Int64 { sqlite3_column_int64(statement.sqliteStatement, Int32(column)) }

    func real(_ column: Int) -> Double { sqlite3_column_double(statement.sqliteStatement, Int32(column)) }

    /// The value as UTF-8 text (SQLite's own conversion of a number), valid until the next
    /// step; empty for NULL.
    func text(_ column: Int) -> UnsafeBufferPointer<UInt8> {
        guard let start = sqlite3_column_text(statement.sqliteStatement, Int32(column)) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement.sqliteStatement, Int32(column))))
    }
}

/// Bytes an export writes, handed on in blocks of at least `block` bytes that end at a row's end
/// (0: at every row's end), so that every block is whole UTF-8.
struct ExportBuffer {
    typealias Write = ([UInt8]) throws -> Void
    private(set) var bytes: [UInt8] = []
    private let block: Int

    init(block: Int) {
        self.block = block
        bytes.reserveCapacity(max(block, 4_096) + 4_096)
    }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// The decimal digits of `number`.
    mutating func append(_ number: Int64) {
        guard number != 0, number != .min else { append(String(number)); return }
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        var value = number.magnitude
        while value > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
            value /= 10
        }
        bytes[start...].reverse()
    }

    /// Runs `body` with the bytes to append to (the form the field writers take).
    mutating func appending(_ body: (inout [UInt8]) -> Void) { body(&bytes) }

    /// A row's end: hands the bytes to `write` once there are `block` of them.
    mutating func endRow(_ write: Write) throws {
        if bytes.count >= block { try flush(write) }
    }

    mutating func flush(_ write: Write) throws {
        guard !bytes.isEmpty else { return }
        try write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
