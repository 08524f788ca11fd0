import GRDB

/// Loads the tables of a JSON export into a store being restored, row by row as the file is
/// read (`JSONPullReader`), so that memory stays the same whatever the file's size.
///
/// Each row is inserted, then checked against the store's rules (`RestoreChecks`) at once. A
/// table whose checks read other tables (an assessment needs its skill's scale) is read past
/// and loaded after them. Problems are collected, each with its JSON path and line, for one
/// refusal; the caller rolls everything back when there are any.
final class JSONRestoreLoader {
    private let reader: JSONPullReader
    private let db: Database
    /// This build's tables, into which the file is restored.
    private let layout: JSONStoreLayout
    /// The tables and columns of the schema the file was exported from: each must be there.
    private let fileLayout: JSONStoreLayout
    private let checks: RestoreChecks
    private let progress: ((_ rows: Int, _ fraction: Double) -> Void)?
    /// The bytes of rows read past to be read again later (for progress).
    private var bytesToReadAgain: Int64 = 0
    private(set) var problems: [String] = []
    private(set) var more = 0
    /// Rows read from the file, for progress.
    private(set) var rowsRead = 0
    /// Tables met in the file, and those whose rows are in.
    private var seen: Set<String> = []
    private var loaded: Set<String> = []
    /// Tables whose rows wait for the tables their checks read.
    private var waiting: [(name: String, columns: [JSONStoreLayout.Column], rows: JSONPullReader.Position)] = []
    private var cells: [JSONPullReader.Scalar] = []

    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    private static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")

    init(reader: JSONPullReader, db: Database, fileLayout: JSONStoreLayout,
         progress: ((_ rows: Int, _ fraction: Double) -> Void)?) throws {
        self.reader = reader
        self.db = db
        self.layout = try JSONStoreLayout.read(db)
        self.fileLayout = fileLayout
        self.checks = RestoreChecks(db: db)
        self.progress = progress
    }

    /// Reads the value of "tables" (the reader is at it) and loads every table; the reader is
    /// left after it.
    func loadTables(schemaVersion: Int) throws {
        if try reader.peek() != Self.openBrace {
            problem("tables: expected an object holding the tables", line: reader.line)
            try reader.skipValue()
        } else if try !reader.enter(Self.openBrace, close: Self.closeBrace) {
            repeat { try table(try reader.memberName()) } while try reader.comma(or: Self.closeBrace)
        }
        let after = reader.position
        for table in waiting {
            try reader.seek(to: table.rows)
            try rows(of: table.name, table.columns)
        }
        if !waiting.isEmpty { try reader.seek(to: after) }
        let missing = fileLayout.tables.map(\.name).filter { !seen.contains($0) }
        if !missing.isEmpty {
            // First, so that it is never among those cut to "and N more".
            problems.insert("tables: missing " + missing.joined(separator: ", ") + " (an export of schema "
                            + "\(schemaVersion) holds every one of its tables, empty or not)", at: 0)
            if problems.count > Store.restoreProblemLimit {
                problems.removeLast()
                more += 1
            }
        }
    }

    /// Every row that refers to one that is not in the file (the foreign keys, checked once all
    /// are in).
    func checkReferences() throws {
        let rows = try Row.fetchCursor(db, sql: "PRAGMA foreign_key_check")
        while let row = try rows.next() {
            let table: String = row["table"]
            let parent: String = row["parent"]
            let rowid: Int64? = row["rowid"]
            problem("tables.\(table): a row\(rowid.map { " (rowid \($0))" } ?? "") refers to a \(parent) that is not in the file",
                    line: nil)
        }
    }

    func problem(_ text: String, line: Int?) {
        if problems.count < Store.restoreProblemLimit {
            problems.append((line.map { "line \($0): " } ?? "") + text)
        } else {
            more += 1
        }
    }

    // MARK: - Tables

    /// One table's object: its columns, then its rows, loaded now or once the tables its checks
    /// read are in.
    private func table(_ name: String) throws {
        let path = "tables.\(name)"
        let line = reader.line
        guard seen.insert(name).inserted else {
            problem("\(path): appears twice", line: line)
            return try reader.skipValue()
        }
        guard try reader.peek() == Self.openBrace else {
            problem("\(path): expected an object with columns and rows", line: reader.line)
            return try reader.skipValue()
        }
        let known = layout.table(name)
        if known == nil {
            problem("\(path): no such table in a hopdash store (known: " + layout.tables.map(\.name).joined(separator: ", ") + ")",
                    line: line)
        }
        let waits = RestoreChecks.byTable[name]?.reads.contains { !loaded.contains($0) } ?? false
        var names: [String]??
        var resolved: [JSONStoreLayout.Column]?
        var rowsAt: JSONPullReader.Position?
        var rowsMet = false
        var skipped: Int64 = 0
        if try !reader.enter(Self.openBrace, close: Self.closeBrace) {
            repeat {
                let memberLine = reader.line
                switch try reader.memberName() {
                case "columns" where names == nil:
                    names = .some(try columnNames(path + ".columns"))
                    if let known, let valid = names! {
                        resolved = columns(valid, of: known, required: fileLayout.table(name), line: memberLine)
                    }
                case "rows" where !rowsMet:
                    rowsMet = true
                    _ = try reader.peek()
                    if let resolved, !waits {
                        try rows(of: name, resolved)
                    } else {
                        // Before its columns, or waiting: read past now, loaded later.
                        let start = reader.position
                        try reader.skipValue()
                        rowsAt = start
                        skipped = reader.position.offset - start.offset
                    }
                case "columns", "rows":
                    problem("\(path): holds \"columns\" or \"rows\" twice", line: memberLine)
                    try reader.skipValue()
                default:
                    try reader.skipValue()
                }
            } while try reader.comma(or: Self.closeBrace)
        }
        if names == nil { problem("\(path).columns: missing", line: line) }
        if !rowsMet { problem("\(path).rows: missing", line: line) }
        guard let rowsAt, let resolved else { return }
        bytesToReadAgain += skipped
        if waits {
            waiting.append((name, resolved, rowsAt))
        } else {
            let after = reader.position
            try reader.seek(to: rowsAt)
            try rows(of: name, resolved)
            try reader.seek(to: after)
        }
    }

    /// The column names, or nil (with the problem reported) when one is not a string.
    private func columnNames(_ path: String) throws -> [String]? {
        guard try reader.peek() == Self.openBracket else {
            problem("\(path): expected an array of column names", line: reader.line)
            try reader.skipValue()
            return nil
        }
        var names: [String] = []
        var valid = true
        if try !reader.enter(Self.openBracket, close: Self.closeBracket) {
            repeat {
                if case .text(let name) = try reader.scalar() {
                    names.append(name)
                } else {
                    problem("\(path)[\(names.count)]: expected a column name (a string)", line: reader.line)
                    valid = false
                    names.append("")
                }
            } while try reader.comma(or: Self.closeBracket)
        }
        return valid ? names : nil
    }

    /// The layout's columns in the file's order, or nil (with problems reported) when the file
    /// names a column this build does not know, names one twice, or leaves out one of the
    /// `required` table (the table in the file's own schema). A file from an older schema
    /// leaves out the columns added since; they take their defaults.
    private func columns(_ names: [String], of table: JSONStoreLayout.Table, required: JSONStoreLayout.Table?,
                         line: Int) -> [JSONStoreLayout.Column]? {
        var columns: [JSONStoreLayout.Column] = []
        var ok = true
        for name in names {
            if let column = table.columns.first(where: { $0.name == name }), !columns.contains(column) {
                columns.append(column)
            } else {
                problem("tables.\(table.name).columns: \(LoggedJSON.quoted(name)) "
                        + (columns.contains { $0.name == name } ? "appears twice" : "is not a column of \(table.name)"), line: line)
                ok = false
            }
        }
        if let required {
            let missing = required.columns.filter { column in !names.contains(column.name) }.map(\.name)
            if !missing.isEmpty {
                problem("tables.\(table.name).columns: missing " + missing.joined(separator: ", "), line: line)
                ok = false
            }
        }
        return ok ? columns : nil
    }

    // MARK: - Rows

    /// A table's rows (the reader is at the array): each inserted and checked.
    private func rows(of name: String, _ columns: [JSONStoreLayout.Column]) throws {
        defer { loaded.insert(name) }
        let path = "tables.\(name).rows"
        guard try reader.peek() == Self.openBracket else {
            problem("\(path): expected an array of rows", line: reader.line)
            return try reader.skipValue()
        }
        let insert = """
            INSERT INTO "\(name)" (\(columns.map { "\"\($0.name)\"" }.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            """
        var statement = try db.makeStatement(sql: insert)
        let rule = RestoreChecks.byTable[name]
        let keyPositions = rule?.keyColumns.compactMap { key in columns.firstIndex { $0.name == key } }
        let check = keyPositions?.count == rule?.keyColumns.count ? rule?.check : nil
        var values: [DatabaseValue] = []
        values.reserveCapacity(columns.count)
        var index = 0
        guard try !reader.enter(Self.openBracket, close: Self.closeBracket) else { return }
        repeat {
            _ = try reader.peek()
            let line = reader.line
            let at = "\(path)[\(index)]"
            index += 1
            rowsRead += 1
            if rowsRead & 0xFFF == 0, let progress {
                progress(rowsRead, min(1, Double(reader.bytesRead) / Double(max(1, reader.size + bytesToReadAgain))))
            }
            guard try readCells(at, line: line) else { continue }
            guard cells.count == columns.count else {
                problem("\(at): \(cells.count) values, expected \(columns.count) (one per column)", line: line)
                continue
            }
            values.removeAll(keepingCapacity: true)
            var wellFormed = true
            for (cell, column) in zip(cells, columns) {
                if case .text(let text) = cell, let reason = Validate.textProblem(text) {
                    problem("\(at).\(column.name): \(reason)", line: line)
                    wellFormed = false
                } else if let value = Self.value(cell, for: column) {
                    values.append(value)
                } else {
                    problem("\(at): \(column.name) is \(Self.describe(cell)), expected \(Self.describe(column))", line: line)
                    wellFormed = false
                }
            }
            guard wellFormed else { continue }
            do {
                try statement.execute(arguments: StatementArguments(values))
            } catch let error as DatabaseError {
                problem("\(at): \(error.message ?? "refused by the store")", line: line)
                // A failed statement would report its error again on its next use.
                statement = try db.makeStatement(sql: insert)
                continue
            }
            guard let check, let keyPositions else { continue }
            do {
                try check(checks, keyPositions.map { values[$0] })
            } catch {
                guard let text = RestoreChecks.problem(error, at: at) else { throw error }
                problem(text, line: line)
            }
        } while try reader.comma(or: Self.closeBracket)
    }

    /// One row's values into `cells`; false (the problem reported) when the row is not an
    /// array or holds a value of no kind a cell can be.
    private func readCells(_ at: String, line: Int) throws -> Bool {
        cells.removeAll(keepingCapacity: true)
        guard try reader.peek() == Self.openBracket else {
            problem("\(at): expected an array of values", line: line)
            try reader.skipValue()
            return false
        }
        var valid = true
        if try !reader.enter(Self.openBracket, close: Self.closeBracket) {
            repeat {
                let cell = try reader.scalar()
                if case .other(let kind) = cell {
                    problem("\(at)[\(cells.count)]: \(kind), expected a number, a string or null", line: reader.line)
                    valid = false
                }
                cells.append(cell)
            } while try reader.comma(or: Self.closeBracket)
        }
        return valid
    }

    private static func value(_ cell: JSONPullReader.Scalar, for column: JSONStoreLayout.Column) -> DatabaseValue? {
        switch (cell, column.kind) {
        case (.null, _): column.isNullable ? .null : nil
        case (.integer(let n), .integer): n.databaseValue
        case (.integer(let n), .real): Double(n).databaseValue
        case (.real(let d), .real): d.databaseValue
        case (.text(let s), .text): s.databaseValue
        default: nil
        }
    }

    private static func describe(_ cell: JSONPullReader.Scalar) -> String {
        switch cell {
        case .null: "null"
        case .integer: "a whole number"
        case .real: "a decimal number"
        case .text: "a string"
        case .other(let kind): kind
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
