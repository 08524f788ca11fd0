import GRDB

extension Store {
    /// The whole store as JSON (see docs/FORMAT.md), handed to `emit` in pieces: one read
    /// transaction (a consistent snapshot), every table of the schema but the summaries, rows
    /// in primary-key order, columns in declaration order, one row a line. The same store
    /// always gives the same bytes.
    ///
    /// A value the JSON form cannot carry (a non-finite REAL, a BLOB) is refused with
    /// `JSONStoreError.unsupportedValue`, never written as something else; an error from `emit`
    /// is passed on as it is.
    ///
    /// `progress`, when given, hears the rows written so far and their share of every table's
    /// rows (counted first, in the same snapshot) every few thousand rows and once at the end.
    /// `emit` is handed the text a row at a time; returns the number of rows.
    @discardableResult
    public func exportJSON(progress: ProgressReport? = nil, _ emit: (String) throws -> Void) throws -> Int {
        try exportJSON(blocksOf: 0, progress: progress) { try emit(String(decoding: $0, as: UTF8.self)) }
    }

    /// `exportJSON` handing on UTF-8 in blocks of at least `block` bytes, each ending at a row's end.
    @discardableResult
    public func exportJSON(blocksOf block: Int, progress: ProgressReport? = nil,
                           _ write: ([UInt8]) throws -> Void) throws -> Int {
        // The JSON form's refusals and `write`'s failures are passed on as they are.
        try readPassingOwnErrors { try Self.exportJSON($0, block, progress, write) }
    }

    private static func exportJSON(_ db: Database, _ block: Int, _ progress: ProgressReport?,
                                   _ write: ExportBuffer.Write) throws -> Int {
        let layout = try JSONStoreLayout.read(db)
        var counter = try progress.map { report in
            ProgressCounter(total: try layout.tables.reduce(0) {
                $0 + (try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\($1.name)\"") ?? 0)
            }, report: report)
        }
        let schemaVersion = try Schema.state(db).found
        var out = ExportBuffer(block: block)
        out.append("""
            {
            "format": \(LoggedJSON.quoted(JSONStoreFormat.name)),
            "formatVersion": \(JSONStoreFormat.version),
            "schemaVersion": \(schemaVersion),
            "tables": {
            """)
        var written = 0
        for (index, table) in layout.tables.enumerated() {
            let names = table.columns.map(\.name)
            out.append("\n" + LoggedJSON.quoted(table.name) + ": {\n\"columns\": ["
                       + names.map(LoggedJSON.quoted).joined(separator: ", ") + "],\n\"rows\": [")
            let select = names.map { "\"\($0)\"" }.joined(separator: ", ")
            let order = table.primaryKey.map { "\"\($0)\"" }.joined(separator: ", ")
            let rows = try ExportRows(db, sql: "SELECT \(select) FROM \"\(table.name)\" ORDER BY \(order)")
            var first = true
            while try rows.next() {
                out.append(first ? "\n[" : ",\n[")
                first = false
                for column in names.indices {
                    if column > 0 { out.append(", ") }
                    try appendJSONValue(rows, column, to: &out, table: table.name, column: names[column])
                }
                out.append("]")
                written += 1
                try out.endRow(write)
                counter?.add()
            }
            out.append((first ? "]\n}" : "\n]\n}") + (index == layout.tables.count - 1 ? "" : ","))
        }
        out.append("\n}\n}\n")
        try out.flush(write)
        counter?.end()
        return written
    }

    /// The value in `column` of the current row as JSON, appended to `out`.
    private static func appendJSONValue(_ rows: ExportRows, _ column: Int, to out: inout ExportBuffer,
                                        table: String, column name: String) throws(JSONStoreError) {
        switch rows.kind(column) {
        case .null: out.append("null")
        case .integer: out.append(rows.integer(column))
        case .real: out.append(try jsonValue(rows.real(column).databaseValue, table: table, column: name))
        case .text: out.appending { LoggedJSON.appendQuoted(rows.text(column), to: &$0) }
        case .blob: throw .unsupportedValue(table: table, column: name, reason: "binary data (a BLOB)")
        }
    }

    /// One value as JSON; `table` and `column` say where a value JSON cannot carry was found.
    static func jsonValue(_ value: DatabaseValue, table: String, column: String) throws(JSONStoreError) -> String {
        switch value.storage {
        case .null: return "null"
        case .int64(let n): return String(n)
        case .double(let d):
            guard d.isFinite else {
                throw .unsupportedValue(table: table, column: column, reason: d.isNaN ? "not a number (NaN)" : "an infinite number")
            }
            // Swift's shortest text that reads back as the same Double.
            return "\(d)"
        case .string(let s): return LoggedJSON.quoted(s)
        case .blob: throw .unsupportedValue(table: table, column: column, reason: "binary data (a BLOB)")
        }
    }
}
