import Foundation
import GRDB
import HopModel

/// How a HopModel record maps to one row of its table.
///
/// The model types stay plain values (HopModel does not know GRDB); each one gets a
/// conformance in `Records+GRDB.swift`, and the generic SQL below is written once.
protocol MappedRecord {
    static var kind: RecordKind { get }
    /// The columns that identify a row: `["id"]`, or the parts of a composite key.
    static var keyColumns: [String] { get }
    /// The other columns, in the order of `values`, without `version`.
    static var valueColumns: [String] { get }
    static var isVersioned: Bool { get }

    init(row: Row) throws
    /// Values of `keyColumns`; a new record's id is NULL so that SQLite assigns one.
    var keyValues: [DatabaseValue] { get }
    var values: [DatabaseValue] { get }
    /// Called after an insert with the rowid SQLite assigned.
    mutating func didInsert(rowID: RowID)
    /// The row version, for records that have one.
    var rowVersion: Int? { get }
    /// Its text columns with their `FieldLimit` (Validate+Records), which every write and
    /// restore checks; none for a record without free text.
    var limitedTexts: [LimitedText] { get }
}

/// One text column of a record, its value, and the most characters it may hold.
struct LimitedText {
    let column: String
    let text: String
    let limit: FieldLimit

    init(_ column: String, _ text: String, _ limit: FieldLimit) {
        self.column = column; self.text = text; self.limit = limit
    }
}

/// A record with a `version` that every write bumps (optimistic concurrency).
protocol VersionedRecord: MappedRecord {
    var version: Int { get set }
    /// The record as `StoreError.conflict` reports it.
    var stored: StoredRecord { get }
}

extension MappedRecord {
    static var isVersioned: Bool { false }
    mutating func didInsert(rowID: RowID) {}
    var rowVersion: Int? { nil }
    var limitedTexts: [LimitedText] { [] }
}

extension VersionedRecord {
    static var isVersioned: Bool { true }
    var rowVersion: Int? { version }
}

// MARK: - Generic SQL

extension MappedRecord {
    static var table: String { kind.table }
    static var allColumns: [String] { keyColumns + valueColumns + (isVersioned ? ["version"] : []) }
    static var selection: String { allColumns.joined(separator: ", ") }
    private static var keyCondition: String { keyColumns.map { "\($0) = ?" }.joined(separator: " AND ") }

    static func fetch(_ db: Database, key: [any DatabaseValueConvertible]) throws -> Self? {
        let statement = try db.cachedStatement(sql: "SELECT \(selection) FROM \(table) WHERE \(keyCondition)")
        return try Row.fetchCursor(statement, arguments: StatementArguments(key)).map(Self.init(row:)).next()
    }

    /// Decodes from the statement's own rows (a cursor): GRDB finds a column by name there in a
    /// dictionary kept per statement, where a copied row (`Row.fetchAll`) lower-cases every column
    /// name on every look-up; at 30 professions' requirements and checklists that was a tenth of
    /// the overview's reads. `init(row:)` copies each value out, keeping no row.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Self] {
        try Array(Row.fetchCursor(db, sql: sql, arguments: arguments).map(Self.init(row:)))
    }

    static var insertSQL: String {
        let columns = keyColumns + valueColumns
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
    }

    /// Inserts the row (version 1 by the column default) and returns its rowid.
    @discardableResult
    func insert(_ db: Database) throws -> RowID {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(keyValues + values))
        return db.lastInsertedRowID
    }

    /// Writes `values` over the row with this key, bumping its version.
    func update(_ db: Database) throws {
        var assignments = Self.valueColumns.map { "\($0) = ?" }
        if Self.isVersioned { assignments.append("version = version + 1") }
        let sql = "UPDATE \(Self.table) SET \(assignments.joined(separator: ", ")) WHERE \(Self.keyCondition)"
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values + keyValues))
    }

    static func delete(_ db: Database, key: [DatabaseValue]) throws {
        try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(keyCondition)")
            .execute(arguments: StatementArguments(key))
    }

    /// How the change log names the row: its key, parts joined by "/".
    var recordId: String { Self.recordId(keyValues) }

    static func recordId(_ key: [DatabaseValue]) -> String {
        key.map { value in
            switch value.storage {
            case .int64(let int): String(int)
            case .string(let text): text
            default: value.description
            }
        }.joined(separator: "/")
    }

    /// The row as a small JSON object (column names as keys), for the change log.
    var loggedJSON: String {
        let columns = keyValues + values + (rowVersion.map { [$0.databaseValue] } ?? [])
        return LoggedJSON.object(zip(Self.allColumns, columns))
    }
}

/// The change log's JSON: one flat object of column values, keys in a fixed order.
enum LoggedJSON {
    static func object<S: Sequence>(_ fields: S) -> String where S.Element == (String, DatabaseValue) {
        let members = fields.map { name, value in quoted(name) + ":" + scalar(value) }
        return "{" + members.joined(separator: ",") + "}"
    }

    static func scalar(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "null"
        case .int64(let int): String(int)
        case .double(let double): double.isFinite ? String(double) : "null"
        case .string(let text): quoted(text)
        case .blob(let data): quoted(data.base64EncodedString())
        }
    }

    /// A JSON string literal: `"` and `\\` escaped, control characters as `\\n`, `\\r`, `\\t` or
    /// `\\u00xx`, DEL, C1 controls and bidirectional overrides (`SafeText.isUnsafe`) as `\\uxxxx`
    /// (so an export shown on a terminal cannot drive it), everything else (all of Unicode) as
    /// UTF-8 itself: one text, one encoding (the JSON export's lossless round trip depends on it).
    /// Appends `quoted` of the UTF-8 text `bytes` to `out`: printable ASCII without `"` or `\\`
    /// is copied between quotes byte for byte, anything else goes through `quoted`. A NUL ends
    /// the text, as it ends a C string.
    static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var count = 0
        var plain = true
        for byte in bytes {
            if byte == 0 { break }
            if byte < 0x20 || byte > 0x7E || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { plain = false }
            count += 1
        }
        let text = UnsafeBufferPointer(rebasing: bytes[..<count])
        if plain {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: text)
            out.append(UInt8(ascii: "\""))
        } else {
            out.append(contentsOf: quoted(String(decoding: text, as: UTF8.self)).utf8)
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where SafeText.isUnsafe(scalar): out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

// MARK: - Decoding helpers

/// A value in the file that no hopdash writes (a damaged file, or an edit made outside hopdash):
/// `StoreError.wrapping` reports it as `StoreError.damagedValue`, naming the store.
struct StoredValueError: Error {
    let column: String
    let reason: String
}

extension Row {
    /// A column's value, throwing where GRDB's subscript would stop the process: a damaged file
    /// can hold a NULL, or text, where the layout allows neither (`StoreError.damagedValue`).
    func value<T: DatabaseValueConvertible>(_ column: String) throws -> T { try decode(T.self, forColumn: column) }

    /// By position, for reads of many rows (see `day(at:_:)`).
    func value<T: DatabaseValueConvertible>(at index: Int) throws -> T { try decode(T.self, atIndex: index) }

    // The same for the types SQLite's statement gives directly (integers, text, doubles and
    // their optionals): GRDB's decoding constrained to `DatabaseValueConvertible` alone goes
    // through a `DatabaseValue` and generic metadata on every call, which was a third of the
    // overview's read of 30 professions' summaries. A NULL still throws; every table is STRICT,
    // so a column cannot hold another type for SQLite to convert.
    func value<T: DatabaseValueConvertible & StatementColumnConvertible>(_ column: String) throws -> T {
        try decode(T.self, forColumn: column)
    }

    func value<T: DatabaseValueConvertible & StatementColumnConvertible>(at index: Int) throws -> T {
        try decode(T.self, atIndex: index)
    }

    func day(_ column: String) throws -> Day {
        let text: String = try decode(forColumn: column)
        guard let day = Day(iso: text) else { throw StoredValueError(column: column, reason: "the stored date is not a calendar day") }
        return day
    }

    func optionalDay(_ column: String) throws -> Day? {
        guard let text: String = try decode(forColumn: column) else { return nil }
        guard let day = Day(iso: text) else { throw StoredValueError(column: column, reason: "the stored date is not a calendar day") }
        return day
    }

    func decoded<T: RawRepresentable>(_ column: String, as type: T.Type) throws -> T where T.RawValue == String {
        let text: String = try decode(forColumn: column)
        guard let value = T(rawValue: text) else { throw StoredValueError(column: column, reason: "unknown stored value") }
        return value
    }

    // By position, for reads of many rows: GRDB's lookup by name lower-cases names on every
    // access. `column` only names the value in a message about damage.

    func day(at index: Int, _ column: String) throws -> Day {
        let text: String = try decode(atIndex: index)
        guard let day = Day(iso: text) else { throw StoredValueError(column: column, reason: "the stored date is not a calendar day") }
        return day
    }

    func optionalDay(at index: Int, _ column: String) throws -> Day? {
        guard let text: String = try decode(atIndex: index) else { return nil }
        guard let day = Day(iso: text) else { throw StoredValueError(column: column, reason: "the stored date is not a calendar day") }
        return day
    }

    func decoded<T: RawRepresentable>(at index: Int, _ column: String, as type: T.Type) throws -> T where T.RawValue == String {
        let text: String = try decode(atIndex: index)
        guard let value = T(rawValue: text) else { throw StoredValueError(column: column, reason: "unknown stored value") }
        return value
    }

    func stringList(_ column: String) throws -> [String] {
        let text: String = try decode(forColumn: column)
        return try JSONList.decode(text, field: column)
    }
}

/// JSON arrays of strings, as stored in `profession.scale_labels` and `cpd_requirement.counted_types`.
enum JSONList {
    static func encode(_ items: [String]) -> String {
        "[" + items.map(LoggedJSON.quoted).joined(separator: ",") + "]"
    }

    static func decode(_ text: String, field: String) throws -> [String] {
        if let items = plain(text) { return items }
        guard let items = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw StoredValueError(column: field, reason: "the stored list is not a JSON list of text")
        }
        return items
    }

    /// The list as `encode` writes it when there is nothing to unescape (no backslash, so no
    /// quote inside an item, and no control character), read without a `JSONDecoder`: one
    /// costs microseconds, and every profession and CPD requirement has a list read on every
    /// overview. Nil for anything else, which the decoder reads or refuses.
    static func plain(_ text: String) -> [String]? {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"),
              !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\\") }) else { return nil }
        let inner = text.dropFirst().dropLast()
        if inner.isEmpty { return [] }
        guard inner.hasPrefix("\""), inner.hasSuffix("\""), inner.count >= 2 else { return nil }
        let items = inner.dropFirst().dropLast().split(separator: "\",\"", omittingEmptySubsequences: false)
        guard !items.contains(where: { $0.contains("\"") }) else { return nil }
        return items.map(String.init)
    }
}

/// A new record has id 0 until the store assigns one; SQLite assigns one for NULL.
func idValue(_ id: RowID) -> DatabaseValue {
    id == 0 ? .null : id.databaseValue
}

extension Day {
    var databaseValue: DatabaseValue { iso.databaseValue }
}

extension FullTimeEquivalent {
    /// A stored `fte_hundredths`, refused (as damage) outside 1...100.
    static func stored(_ hundredths: Int) throws -> FullTimeEquivalent {
        guard let fte = FullTimeEquivalent(hundredths: hundredths) else {
            throw StoredValueError(column: "fte_hundredths", reason: "the stored full-time equivalent is not 1 to 100 hundredths")
        }
        return fte
    }
}
