import GRDB

extension Store {
    /// The whole store as JSON (see docs/FORMAT.md), handed to `emit` in pieces: one read
    /// transaction (a consistent snapshot), every table of the schema but the summaries, rows
    /// in primary-key order, columns in declaration order, one row a line. The same store
    /// always gives the same bytes.
    public func exportJSON(_ emit: (String) throws -> Void) throws {
        try read { db in
            let layout = try JSONStoreLayout.read(db)
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
                        line += Self.jsonValue(row[column] as DatabaseValue)
                    }
                    try emit(line + "]")
                }
                try emit((first ? "]\n}" : "\n]\n}") + (index == layout.tables.count - 1 ? "" : ","))
            }
            try emit("\n}\n}\n")
        }
    }

    private static func jsonValue(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "null"
        case .int64(let n): String(n)
        // Swift's shortest text that reads back as the same Double.
        case .double(let d): d.isFinite ? "\(d)" : "null"
        case .string(let s): LoggedJSON.quoted(s)
        case .blob: "null"
        }
    }
}
