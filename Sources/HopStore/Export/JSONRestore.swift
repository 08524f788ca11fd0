import Foundation
import GRDB

extension Store {
    /// How many problems a refused restore lists before saying "and N more".
    static let restoreProblemLimit = 20

    /// Builds a new store at `path` from a JSON export (see docs/FORMAT.md).
    ///
    /// All or nothing: the store is built in a temporary file in the same folder, checked
    /// (every row well-formed and within the store's rules, every reference resolved,
    /// summaries rebuilt and verified), then moved into place; an existing `path` is never
    /// replaced. Every table and column of the file's schema must be in the file. A file from an
    /// older schema is restored into this build's layout, the tables and columns added since
    /// left empty or at their defaults: what migrating it would give, since every migration so
    /// far only adds (a migration that changes rows must restore into the old layout, then
    /// migrate). The change log and `last_change` are the file's own: restoring adds no entry,
    /// so that exporting the restored store gives the same bytes.
    public static func restore(fromJSON file: String, to path: String,
                               clock: @escaping Clock = { Date() }) throws {
        guard !StoreFiles.exists(path) else { throw JSONStoreError.exists(path: path) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw JSONStoreError.unreadable(file: file, reason: "cannot be read (\(error.localizedDescription))")
        }
        let document = try JSONStoreDocument.read(data, file: file)
        try StoreFiles.build(beside: path, purpose: "restoring") { temporary in
            let store = try Store.open(path: temporary, mode: .createIfMissing, clock: clock)
            try store.load(document, file: file)
        }
    }

    /// Inserts every row of `document` in one transaction; then checks each against the store's
    /// rules (`RestoreChecks`) and the foreign keys.
    private func load(_ document: JSONStoreDocument, file: String) throws {
        var problems: [String] = []
        var more = 0
        func problem(_ text: String) {
            if problems.count < Store.restoreProblemLimit { problems.append(text) } else { more += 1 }
        }
        var failure: JSONStoreError?
        // Each row loaded into a table with rules: its table, place in the file and key.
        var loaded: [(table: String, index: Int, key: [DatabaseValue])] = []
        // The tables and columns of the layout the file was exported from: each must be there.
        let fileLayout = try JSONStoreLayout.read(schemaVersion: document.schemaVersion)
        do {
            try write(by: "hopdash", stampsLastChange: false) { w in
                let db = w.db
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                let layout = try JSONStoreLayout.read(db)
                let missing = fileLayout.tables.map(\.name).filter { document.tables[$0] == nil }
                if !missing.isEmpty {
                    problem("tables: missing " + missing.joined(separator: ", ") + " (an export of schema "
                            + "\(document.schemaVersion) holds every one of its tables, empty or not)")
                }
                for name in document.tables.keys.sorted() {
                    let table = document.tables[name]!
                    guard let known = layout.table(name) else {
                        problem("tables.\(name): no such table in a hopdash store (known: "
                                + layout.tables.map(\.name).joined(separator: ", ") + ")")
                        continue
                    }
                    guard let columns = Self.columns(table.columns, of: known, required: fileLayout.table(name),
                                                     problem: problem) else { continue }
                    let insert = """
                        INSERT INTO "\(name)" (\(columns.map { "\"\($0.name)\"" }.joined(separator: ", ")))
                        VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
                        """
                    var statement = try db.makeStatement(sql: insert)
                    let rules = RestoreChecks.byTable[name]
                    let keyPositions = rules.map { rules in
                        rules.keyColumns.map { key in columns.firstIndex { $0.name == key } }
                    }
                    for (index, row) in table.rows.enumerated() {
                        let at = "tables.\(name).rows[\(index)]"
                        guard row.count == columns.count else {
                            problem("\(at): \(row.count) values, expected \(columns.count) (one per column)")
                            continue
                        }
                        var values: [DatabaseValue] = []
                        values.reserveCapacity(row.count)
                        var wellFormed = true
                        for (cell, column) in zip(row, columns) {
                            if case .text(let text) = cell, let reason = Validate.textProblem(text) {
                                problem("\(at).\(column.name): \(reason)")
                                wellFormed = false
                            } else if let value = Self.value(cell, for: column) {
                                values.append(value)
                            } else {
                                problem("\(at): \(column.name) is \(Self.describe(cell)), expected \(Self.describe(column))")
                                wellFormed = false
                            }
                        }
                        guard wellFormed else { continue }
                        do {
                            try statement.execute(arguments: StatementArguments(values))
                            if let keyPositions, keyPositions.allSatisfy({ $0 != nil }) {
                                loaded.append((name, index, keyPositions.map { values[$0!] }))
                            }
                        } catch let error as DatabaseError {
                            problem("\(at): \(error.message ?? "refused by the store")")
                            // A failed statement would report its error again on its next use.
                            statement = try db.makeStatement(sql: insert)
                        }
                    }
                }
                // The store's own rules, once every table is in (a level needs its skill's scale).
                let checks = RestoreChecks(db: db)
                for (name, index, key) in loaded {
                    do {
                        try RestoreChecks.byTable[name]!.check(checks, key)
                    } catch {
                        guard let text = RestoreChecks.problem(error, at: "tables.\(name).rows[\(index)]") else { throw error }
                        problem(text)
                    }
                }
                for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                    let table: String = row["table"]
                    let parent: String = row["parent"]
                    let rowid: Int64? = row["rowid"]
                    problem("tables.\(table): a row\(rowid.map { " (rowid \($0))" } ?? "") refers to a \(parent) that is not in the file")
                }
                guard problems.isEmpty else {
                    failure = .invalid(file: file, problems: problems, more: more)
                    throw failure!
                }
                try Summary.rebuild(db)
                let differences = try Summary.verify(db)
                guard differences.isEmpty else {
                    failure = .summaries(file: file, differences: differences)
                    throw failure!
                }
            }
        } catch {
            throw failure ?? error
        }
    }

    /// The layout's columns in the file's order, or nil (with problems reported) when the file
    /// names a column this build does not know, names one twice, or leaves out one of the
    /// `required` table (the table in the file's own schema). A file from an older schema
    /// leaves out the columns added since; they take their defaults.
    private static func columns(_ names: [String], of table: JSONStoreLayout.Table, required: JSONStoreLayout.Table?,
                                problem: (String) -> Void) -> [JSONStoreLayout.Column]? {
        var columns: [JSONStoreLayout.Column] = []
        var ok = true
        for name in names {
            if let column = table.columns.first(where: { $0.name == name }), !columns.contains(column) {
                columns.append(column)
            } else {
                problem("tables.\(table.name).columns: \(LoggedJSON.quoted(name)) "
                        + (columns.contains { $0.name == name } ? "appears twice" : "is not a column of \(table.name)"))
                ok = false
            }
        }
        if let required {
            let missing = required.columns.filter { column in !names.contains(column.name) }.map(\.name)
            if !missing.isEmpty {
                problem("tables.\(table.name).columns: missing " + missing.joined(separator: ", "))
                ok = false
            }
        }
        return ok ? columns : nil
    }

    private static func value(_ cell: JSONStoreDocument.Cell, for column: JSONStoreLayout.Column) -> DatabaseValue? {
        switch (cell, column.kind) {
        case (.null, _): column.isNullable ? .null : nil
        case (.integer(let n), .integer): n.databaseValue
        case (.integer(let n), .real): Double(n).databaseValue
        case (.real(let d), .real): d.databaseValue
        case (.text(let s), .text): s.databaseValue
        default: nil
        }
    }

    private static func describe(_ cell: JSONStoreDocument.Cell) -> String {
        switch cell {
        case .null: "null"
        case .integer: "a whole number"
        case .real: "a decimal number"
        case .text: "a string"
        }
    }

    private static func describe(_ column: JSONStoreLayout.Column) -> String {
        let kind = switch column.kind {
        case .integer: "a whole number"
        case .real: "a number"
        case .text: "a string"
        }
        return column.isNullable ? kind + " or null" : kind
    }
}
