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
    public func exportJSON(progress: ProgressReport? = nil, _ emit: (String) throws -> Void) throws {
        // The JSON form's refusals and `emit`'s failures are passed on as they are.
        try readPassingOwnErrors { try Self.exportJSON($0, progress, emit) }
    }

    private static func exportJSON(_ db: Database, _ progress: ProgressReport?, _ emit: (String) throws -> Void) throws {
        let layout = try JSONStoreLayout.read(db)
        var counter = try progress.map { report in
            ProgressCounter(total: try layout.tables.reduce(0) {
                $0 + (try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\($1.name)\"") ?? 0)
            }, report: report)
        }
        let schemaVersion = try Schema.state(db).found
        try emit("""
            {
            "format": \(LoggedJSON.quoted(JSONStoreFormat.name)),
            "formatVersion": \(JSONStoreFormat.version),
            "schemaVersion": \(schemaVersion),
            "tables": {
            """)
        for (index, table) in layout.tables.enumerated() {
            let names = table.columns.map(\.name)
            try emit("\n" + LoggedJSON.quoted(table.name) + ": {\n\"columns\": ["
                     + names.map(LoggedJSON.quoted).joined(separator: ", ") + "],\n\"rows\": [")
            let select = names.map { "\"\($0)\"" }.joined(separator: ", ")
            let order = table.primaryKey.map { "\"\($0)\"" }.joined(separator: ", ")
            let rows = try Row.fetchCursor(db, sql: "SELECT \(select) FROM \"\(table.name)\" ORDER BY \(order)")
            var first = true
            while let row = try rows.next() {
                var line = first ? "\n[" : ",\n["
                first = false
                for column in 0..<row.count {
                    if column > 0 { line += ", " }
                    line += try jsonValue(row[column] as DatabaseValue, table: table.name, column: names[column])
                }
                try emit(line + "]")
                counter?.add()
            }
            try emit((first ? "]\n}" : "\n]\n}") + (index == layout.tables.count - 1 ? "" : ","))
        }
        try emit("\n}\n}\n")
        counter?.end()
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
