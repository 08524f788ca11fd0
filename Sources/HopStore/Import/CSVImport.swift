import GRDB
import HopModel

/// What `hopdash import` and `hopdash export --table` read and write as CSV.
public enum CSVTable: String, CaseIterable, Sendable {
    case staff, assessments, cpd, qualifications
    case criticalPosts = "critical-posts"

    /// The columns an import understands, in the order an export writes them.
    public var columns: [CSVColumn] {
        switch self {
        case .staff: StaffCSV.columns
        case .assessments: AssessmentCSV.columns
        case .cpd: CPDCSV.columns
        case .qualifications: QualificationCSV.columns
        case .criticalPosts: CriticalPostCSV.columns
        }
    }

    /// How a summary line names the records ("Staff: 3 inserted, ...").
    public var title: String {
        switch self {
        case .staff: "Staff"
        case .assessments: "Assessments"
        case .cpd: "CPD activities"
        case .qualifications: "Qualifications held"
        case .criticalPosts: "Critical posts"
        }
    }
}

/// One kind of import's own work, run row by row by `Store.importCSV` inside its transaction:
/// checking a row (`parse`, which reports every problem it finds) and writing it (`save`,
/// called only while the import has found no problem at all).
protocol RowImporter {
    associatedtype Row
    static var columns: [CSVColumn] { get }
    /// The table the change log files the import under.
    static var table: String { get }
    /// The summaries fed by the rows written, rebuilt once before commit.
    static var summaries: [Summary] { get }

    init(_ w: WriteContext) throws
    /// Rules about the header beyond unknown, repeated and missing columns.
    func check(_ header: CSVHeader, line: Int, problems: inout ImportProblems)
    /// The row's values, or nil after reporting everything wrong with it.
    mutating func parse(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) throws -> Row?
    mutating func save(_ row: Row, _ outcome: inout ImportOutcome) throws
    /// Called once after every row was saved, with no problem found: work that needs the
    /// whole file (records that span rows).
    mutating func finish(_ outcome: inout ImportOutcome) throws
}

extension RowImporter {
    func check(_ header: CSVHeader, line: Int, problems: inout ImportProblems) {}
    mutating func finish(_ outcome: inout ImportOutcome) throws {}

    /// Reads the header, then every row: blank rows skipped, ragged rows reported, the rest
    /// parsed and, while there is no problem, saved. After a problem the rest of the file is
    /// still checked, so that every problem is listed.
    mutating func run(_ reader: CSVReader, problems: inout ImportProblems,
                      progress: ((Int) -> Void)?) throws -> ImportOutcome {
        var outcome = ImportOutcome()
        guard let headerRow = try reader.next() else {
            problems.add(line: 1, column: 0, "the file is empty; expected a header row naming the columns: "
                         + Self.columns.map(\.title).joined(separator: ", "))
            return outcome
        }
        guard !Self.reportControls(headerRow, &problems) else { return outcome }
        let header = CSVHeader.match(headerRow, columns: Self.columns, report: &problems)
        check(header, line: headerRow.line, problems: &problems)
        guard problems.isEmpty else { return outcome }
        var rows = 0
        while let record = try reader.next() {
            rows += 1
            if rows % 65_536 == 0 { progress?(reader.bytesRead) }
            if Self.reportControls(record, &problems) { continue }
            if record.isBlank { outcome.skipped += 1; continue }
            if record.fields.count != header.fieldCount {
                problems.add(line: record.line, column: 0,
                             "\(record.fields.count) fields; expected \(header.fieldCount), as in the header")
                continue
            }
            guard let row = try parse(record, header, &problems), problems.isEmpty else { continue }
            try save(row, &outcome)
        }
        if problems.isEmpty { try finish(&outcome) }
        progress?(reader.bytesRead)
        return outcome
    }
}

extension RowImporter {
    /// Reports each cell holding a character no record may hold (`SafeText`: a NUL, another
    /// control character, DEL, a bidirectional override; line breaks and tabs are data); returns
    /// whether there was one. A NUL usually means UTF-16 saved without a byte-order mark.
    static func reportControls(_ record: CSVRecord, _ problems: inout ImportProblems) -> Bool {
        var found = false
        for (index, field) in record.fields.enumerated() {
            guard let bad = field.unicodeScalars.first(where: { SafeText.isUnsafe($0) && !"\t\r\n".unicodeScalars.contains($0) })
            else { continue }
            found = true
            let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
            problems.add(line: record.line, column: index + 1, bad == "\0"
                ? "holds a NUL character (\(code)); expected text (is the file UTF-16? Save it as CSV UTF-8)"
                : "holds the control character \(code); expected text without control characters or direction overrides")
        }
        return found
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

extension Store {
    /// Imports `table` from `reader` in one transaction: every row is checked, and on any
    /// problem nothing is written and `ImportFailure` lists them (up to `errorLimit`). With
    /// `dryRun` everything is checked and counted, then rolled back; an import that would
    /// change nothing is rolled back too, so it leaves no trace. The summaries the table feeds
    /// are rebuilt once at the end, and the change log gets one entry for the import (file and
    /// counts) plus the before and after of every record it updated. `progress` is called now
    /// and then with the bytes read so far.
    public func importCSV(_ table: CSVTable, from reader: CSVReader, file: String, dryRun: Bool = false,
                          errorLimit: Int = 50, by user: String = "import",
                          progress: ((Int) -> Void)? = nil) throws -> ImportOutcome {
        switch table {
        case .staff: try importRows(StaffImporter.self, reader, file, dryRun, errorLimit, user, progress)
        case .assessments: try importRows(AssessmentImporter.self, reader, file, dryRun, errorLimit, user, progress)
        case .cpd: try importRows(CPDImporter.self, reader, file, dryRun, errorLimit, user, progress)
        case .qualifications: try importRows(QualificationImporter.self, reader, file, dryRun, errorLimit, user, progress)
        case .criticalPosts: try importRows(CriticalPostImporter.self, reader, file, dryRun, errorLimit, user, progress)
        }
    }

    /// `importCSV(.assessments, ...)`.
    public func importAssessments(from reader: CSVReader, file: String, dryRun: Bool = false,
                                  errorLimit: Int = 50, by user: String = "import",
                                  progress: ((Int) -> Void)? = nil) throws -> ImportOutcome {
        try importCSV(.assessments, from: reader, file: file, dryRun: dryRun, errorLimit: errorLimit, by: user,
                      progress: progress)
    }

    private func importRows<I: RowImporter>(_ importer: I.Type, _ reader: CSVReader, _ file: String, _ dryRun: Bool,
                                            _ errorLimit: Int, _ user: String,
                                            _ progress: ((Int) -> Void)?) throws -> ImportOutcome {
        var problems = ImportProblems(file: file, limit: errorLimit)
        var outcome = ImportOutcome()
        // `ImportRollBack` is thrown to roll back on problems, a dry run or nothing to do; `write`
        // wraps whatever it catches, so the flag, not the error's type, says that this was intended.
        var rolledBack = false
        do {
            try write(by: user) { w in
                do {
                    var importer = try I(w)
                    outcome = try importer.run(reader, problems: &problems, progress: progress)
                } catch let error as CSVError {
                    problems.add(line: error.line, column: error.column, error.message)
                }
                guard problems.isEmpty, !dryRun, outcome.inserted + outcome.updated > 0 else {
                    rolledBack = true
                    throw ImportRollBack()
                }
                try Summary.rebuild(w.db, I.summaries)
                try w.log(table: I.table, recordId: "*", action: .bulkLoad, professionId: nil,
                          before: nil, after: LoggedJSON.object([
                              ("file", file.databaseValue), ("inserted", outcome.inserted.databaseValue),
                              ("updated", outcome.updated.databaseValue)]))
            }
        } catch {
            guard rolledBack else { throw error }
        }
        guard problems.isEmpty else { throw ImportFailure(problems: problems) }
        return outcome
    }
}

/// Thrown inside an import's transaction to roll it back on purpose.
private struct ImportRollBack: Error {}
