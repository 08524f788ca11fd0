import GRDB
import HopModel

/// What `hopdash import` and `hopdash export --table` read and write as CSV.
public enum CSVTable: String, CaseIterable, Sendable {
    case staff, assessments, cpd, qualifications
    case criticalPosts = "critical-posts"
    case learningOffers = "learning-offers"

    /// The columns an import understands, in the order an export writes them.
    public var columns: [CSVColumn] {
        switch self {
        case .staff: StaffCSV.columns
        case .assessments: AssessmentCSV.columns
        case .cpd: CPDCSV.columns
        case .qualifications: QualificationCSV.columns
        case .criticalPosts: CriticalPostCSV.columns
        case .learningOffers: LearningOfferCSV.columns
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
        case .learningOffers: "Learning offers"
        }
    }
}

/// One kind of import's own work, run row by row by `Store.importCSV`, once to check and once
/// inside its write transaction: checking a row (`parse`, which reports every problem it finds)
/// and writing it (`save`, called only while the import has found no problem at all; when
/// `WriteContext.checkOnly`, it counts what it would do and writes nothing).
protocol RowImporter {
    associatedtype Row
    static var columns: [CSVColumn] { get }
    /// The table the change log files the import under.
    static var table: String { get }
    /// The summaries fed by the rows written, kept before commit (`SummaryUpkeep`).
    static var summaries: [Summary] { get }
    /// Indexes of the table written that the import does not read, dropped during a large
    /// load and created once at its end (`SummaryUpkeep`); none by default.
    static var deferredIndexes: [String] { get }

    init(_ w: WriteContext) throws
    /// Rules about the header beyond unknown, repeated and missing columns.
    func check(_ header: CSVHeader, line: Int, problems: inout ImportProblems)
    /// The row's values, or nil after reporting everything wrong with it.
    mutating func parse(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) throws -> Row?
    mutating func save(_ row: Row, _ outcome: inout ImportOutcome) throws
    /// Writes what `save` held back to write several rows to a statement (none by default):
    /// called before anything reads the rows written as a whole.
    mutating func flush() throws
    /// Whose figures saving `row` can change, so that an import naming few of the store's people
    /// keeps the summaries per person (`SummaryUpkeep`); `.anyone`, the default, when it may
    /// change anyone's.
    static func concerns(_ row: Row) -> RowConcerns
    /// Called once after every row was saved, with no problem found: work that needs the
    /// whole file (records that span rows).
    mutating func finish(_ outcome: inout ImportOutcome) throws
    /// Dated records written for days already past, whose history the import fills in
    /// (`ImportedHistory`); nil for records the history does not follow.
    var history: ImportedHistory? { get }
}

extension RowImporter {
    func check(_ header: CSVHeader, line: Int, problems: inout ImportProblems) {}
    mutating func finish(_ outcome: inout ImportOutcome) throws {}
    mutating func flush() throws {}
    static func concerns(_ row: Row) -> RowConcerns { .anyone }
    static var deferredIndexes: [String] { [] }
    var history: ImportedHistory? { nil }

    /// Reads the header, then every row: blank rows skipped, ragged rows reported, the rest
    /// parsed and, while there is no problem, saved. After a problem the rest of the file is
    /// still checked, so that every problem is listed. With `summariesIn`, the write's
    /// database, the summaries the rows feed are kept exact (`SummaryUpkeep`).
    mutating func run(_ reader: CSVReader, problems: inout ImportProblems, summariesIn db: Database? = nil,
                      progress: ((_ rows: Int, _ bytes: Int) -> Void)?) throws -> ImportOutcome {
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
        var upkeep = try SummaryUpkeep<Row>(db, Self.summaries, deferring: Self.deferredIndexes, concerns: Self.concerns)
        while let record = try reader.next() {
            rows += 1
            if rows % 8_192 == 0 { progress?(rows, reader.bytesRead) }
            if Self.reportControls(record, &problems) { continue }
            if record.isBlank { outcome.skipped += 1; continue }
            if record.fields.count != header.fieldCount {
                problems.add(line: record.line, column: 0,
                             "\(record.fields.count) fields; expected \(header.fieldCount), as in the header")
                continue
            }
            if Self.reportOverLimit(record, header, &problems) { continue }
            guard let row = try parse(record, header, &problems), problems.isEmpty else { continue }
            try upkeep.add(row) { try save($0, &outcome) }
        }
        if problems.isEmpty {
            try upkeep.finish(save: { try save($0, &outcome) }, flush: { try flush() })
            try finish(&outcome)
        }
        progress?(rows, reader.bytesRead)
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
            // Printable ASCII, most cells, holds nothing to report.
            if field.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { continue }
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

extension RowImporter {
    /// Reports each cell longer than its column's limit (`FieldLimit`, the same as the form's);
    /// returns whether there was one.
    static func reportOverLimit(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) -> Bool {
        var found = false
        for (index, column) in columns.enumerated() {
            guard let limit = column.limit, let field = header.field(index, of: record),
                  let problem = limit.problem(field.text) else { continue }
            problems.add(line: record.line, column: field.column, problem)
            found = true
        }
        return found
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

extension Store {
    /// Imports `table` from the CSV file `open` opens, all or nothing, in two passes over it.
    ///
    /// The check: every row is parsed and matched against the store as one read transaction
    /// sees it, writing nothing and holding no lock an editor waits on. On any problem nothing
    /// is written and `ImportFailure` lists them (up to `errorLimit`); a dry run, or an import
    /// that would change nothing, ends there too, so neither ever begins a write.
    ///
    /// The write: the file is read again in one immediate transaction, checked again (the store
    /// may have changed in between) and saved. The summaries the table feeds are kept exact (per
    /// person for a small file, rebuilt once at the end for a large one: `SummaryUpkeep`), and
    /// the change log gets one entry for the import (file and counts) plus the before and after
    /// of every record it updated. While it holds the store, `ImportNotice`
    /// tells an editor whose save it blocks who is importing and since when. `progress` is
    /// called now and then with the rows and bytes read so far (in each pass).
    ///
    /// `checkFirst: false` skips the check, for a caller that has just made it through another
    /// `Store` (one opened read-only, so that a refused import never opens the file for writing:
    /// opening for writing alone rewrites pages of it).
    public func importCSV(_ table: CSVTable, reading open: () throws -> CSVReader, file: String, dryRun: Bool = false,
                          checkFirst: Bool = true, errorLimit: Int = 50, by user: String = "import",
                          progress: ((_ rows: Int, _ bytes: Int) -> Void)? = nil) throws -> ImportOutcome {
        let check = checkFirst || dryRun
        return switch table {
        case .staff: try importRows(StaffImporter.self, open, file, dryRun, check, errorLimit, user, progress)
        case .assessments: try importRows(AssessmentImporter.self, open, file, dryRun, check, errorLimit, user, progress)
        case .cpd: try importRows(CPDImporter.self, open, file, dryRun, check, errorLimit, user, progress)
        case .qualifications: try importRows(QualificationImporter.self, open, file, dryRun, check, errorLimit, user, progress)
        case .criticalPosts: try importRows(CriticalPostImporter.self, open, file, dryRun, check, errorLimit, user, progress)
        case .learningOffers: try importRows(LearningOfferImporter.self, open, file, dryRun, check, errorLimit, user, progress)
        }
    }

    /// `importCSV(.assessments, ...)`.
    public func importAssessments(reading open: () throws -> CSVReader, file: String, dryRun: Bool = false,
                                  errorLimit: Int = 50, by user: String = "import",
                                  progress: ((_ rows: Int, _ bytes: Int) -> Void)? = nil) throws -> ImportOutcome {
        try importCSV(.assessments, reading: open, file: file, dryRun: dryRun, errorLimit: errorLimit, by: user,
                      progress: progress)
    }

    private func importRows<I: RowImporter>(_ importer: I.Type, _ open: () throws -> CSVReader, _ file: String, _ dryRun: Bool,
                                            _ checkFirst: Bool, _ errorLimit: Int, _ user: String,
                                            _ progress: ((_ rows: Int, _ bytes: Int) -> Void)?) throws -> ImportOutcome {
        if checkFirst {
            // The check, on a read-only connection: a write here would fail in SQLite itself.
            let checked = try readPassingOwnErrors { db in
                try Self.pass(I.self, open(), WriteContext(db: db, user: user, at: Store.timestamp(clock()), checkOnly: true),
                              file, errorLimit, progress)
            }
            if !checked.problems.isEmpty { throw ImportFailure(problems: checked.problems) }
            guard !dryRun, checked.outcome.inserted + checked.outcome.updated > 0 else { return checked.outcome }
        }
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }

        let notice = isFileBacked ? ImportNotice.post(beside: path, user: user, at: clock()) : nil
        defer { notice?.remove() }
        var problems = ImportProblems(file: file, limit: errorLimit)
        var outcome = ImportOutcome()
        // `ImportRollBack` is thrown to roll back on problems or nothing to do; `write` wraps
        // whatever it catches, so the flag, not the error's type, says that this was intended.
        var rolledBack = false
        do {
            try write(by: user) { w in
                // A large load raises the page cache while it writes (`SummaryUpkeep`).
                let cacheSize = try Int.fetchOne(w.db, sql: "PRAGMA cache_size") ?? -2_000
                defer { try? w.db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                let history: ImportedHistory?
                (outcome, problems, history) = try Self.pass(I.self, open(), w, file, errorLimit, progress)
                guard problems.isEmpty, outcome.inserted + outcome.updated > 0 else {
                    rolledBack = true
                    throw ImportRollBack()
                }
                // The summaries are kept by then (`SummaryUpkeep`, in the pass).
                try history?.keep(w.db, today: Day.today(clock()))
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

    /// One pass over the file: every row parsed and, while there is no problem, saved through
    /// `w` (or, `w.checkOnly`, only counted).
    private static func pass<I: RowImporter>(_ importer: I.Type, _ reader: CSVReader, _ w: WriteContext, _ file: String,
                                             _ errorLimit: Int, _ progress: ((_ rows: Int, _ bytes: Int) -> Void)?) throws
        -> (outcome: ImportOutcome, problems: ImportProblems, history: ImportedHistory?) {
        var problems = ImportProblems(file: file, limit: errorLimit)
        var outcome = ImportOutcome()
        var history: ImportedHistory?
        do {
            var importer = try I(w)
            outcome = try importer.run(reader, problems: &problems, summariesIn: w.checkOnly ? nil : w.db,
                                       progress: progress)
            history = importer.history
        } catch let error as CSVError {
            problems.add(line: error.line, column: error.column, error.message)
        }
        return (outcome, problems, history)
    }
}

/// Thrown inside an import's transaction to roll it back on purpose.
private struct ImportRollBack: Error {}
