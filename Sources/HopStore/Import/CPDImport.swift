import GRDB
import HopModel

/// `hopdash import cpd`: CPD activities from a spreadsheet.
///
/// Columns: staff number; date; hours (decimal, "1.5", or hours and minutes, "1:30") or
/// minutes (a whole number), one of the two; type (as the dashboard names it, e.g. "Job
/// shadowing", or a common alias); title; note (optional). A row for an activity the person
/// already has on that date, of that type and title, updates its time and note.
public enum CPDCSV {
    public static let columns = [
        ImportColumns.staffNumber,
        CSVColumn("Date", aliases: ["activity date", "date completed", "completed on"]),
        CSVColumn("Hours", aliases: ["hours spent", "duration hours", "cpd hours"], isRequired: false),
        CSVColumn("Minutes", aliases: ["duration minutes", "cpd minutes"], isRequired: false),
        CSVColumn("Type", aliases: ["activity type", "cpd type"]),
        CSVColumn("Title", aliases: ["activity", "activity title", "description"], limit: .cpdTitle),
        CSVColumn("Note", aliases: ["notes", "comment", "comments"], isRequired: false, limit: .note),
    ]
    enum Column: Int { case staff, date, hours, minutes, type, title, note }

    /// What an export writes: minutes, which are exact, rather than hours.
    static let exportedColumns: [Column] = [.staff, .date, .minutes, .type, .title, .note]

    /// Activity types as people write them, normalised: each type's code and label, plus aliases.
    static let types: [String: CPDActivityType] = {
        var types: [String: CPDActivityType] = [:]
        for type in CPDActivityType.allCases {
            types[CSVColumn.normalised(type.rawValue)] = type
            types[CSVColumn.normalised(type.label)] = type
        }
        let aliases: [String: CPDActivityType] = [
            "training": .course, "training course": .course, "e-learning": .selfStudy, "elearning": .selfStudy,
            "qualification": .qualificationStudy, "study for a qualification": .qualificationStudy,
            "seminar": .seminar, "workshop": .seminar, "shadowing": .jobShadowing, "work shadowing": .jobShadowing,
            "coached": .coaching, "mentored": .mentoring, "action learning set": .actionLearning,
            "reading": .selfStudy, "self study": .selfStudy, "loan": .secondment,
        ]
        for (alias, type) in aliases { types[CSVColumn.normalised(alias)] = type }
        return types
    }()
}

/// The row-by-row work of a CPD import, inside the import's transaction.
struct CPDImporter: RowImporter {
    static let columns = CPDCSV.columns
    static let table = RecordKind.cpdActivity.table
    static let summaries = Summary.cpd

    let w: WriteContext
    private var staff = StaffLookup()
    private struct Key: Hashable { var date: Day; var type: CPDActivityType; var title: String }
    private struct Value { var minutes: Int; var note: String }
    private var stored = PersonRecords<Key, Value>()
    /// Checking writes nothing, so keeps no history.
    var history: ImportedHistory? { w.checkOnly ? nil : ownHistory }
    private let ownHistory = ImportedHistory(.cpd)

    /// New records, several to a statement (decision 109); nil while checking, which writes nothing.
    private let insert: BatchedInsert?

    init(_ w: WriteContext) throws {
        self.w = w
        insert = w.checkOnly ? nil : try BatchedInsert(w.db, for: CPDActivity.self)
    }

    func check(_ header: CSVHeader, line: Int, problems: inout ImportProblems) {
        let hours = header.column(CPDCSV.Column.hours.rawValue), minutes = header.column(CPDCSV.Column.minutes.rawValue)
        if hours == nil && minutes == nil {
            problems.add(line: line, column: 0, "missing column \"Hours\" (or \"Minutes\"); expected the time each activity took")
        } else if hours != nil, let minutes {
            problems.add(line: line, column: minutes, "columns \"Hours\" and \"Minutes\" both given; expected one of them")
        }
    }

    struct Row {
        var staffId: RowID
        var primary: RowID?
        var date: Day
        var minutes: Int
        var type: CPDActivityType
        var title: String
        var note: String?
    }

    mutating func parse(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) throws -> Row? {
        let before = problems.total
        func field(_ column: CPDCSV.Column) -> (text: String, column: Int)? {
            header.field(column.rawValue, of: record)
        }
        func problem(_ at: (text: String, column: Int)?, _ message: String) {
            problems.add(line: record.line, column: at?.column ?? 0, message)
        }
        let person = try staff.require(field(.staff)!, line: record.line, w.db, &problems)
        let dateField = field(.date)!
        let date = ImportValues.day(dateField.text)
        if case .failure(let message) = date { problem(dateField, message.description) }
        var minutes: Int?
        if let hours = field(.hours) {
            switch ImportValues.minutes(hours: hours.text) {
            case .success(let value): minutes = value
            case .failure(let message): problem(hours, message.description)
            }
        } else if let field = field(.minutes) {
            switch ImportValues.minutes(field.text) {
            case .success(let value): minutes = value
            case .failure(let message): problem(field, message.description)
            }
        }
        let typeField = field(.type)!
        let type = CPDCSV.types[CSVColumn.normalised(typeField.text)]
        if type == nil {
            problem(typeField, (typeField.text.isEmpty ? "no activity type" : "unknown activity type \(ImportValues.quoted(typeField.text, identifier: true))")
                    + "; expected one of: " + CPDActivityType.allCases.map(\.label).joined(separator: ", "))
        }
        let title = field(.title)!
        if title.text.isEmpty { problem(title, "no title; expected what the activity was") }
        guard problems.total == before, let person, case .success(let day) = date, let minutes, let type else { return nil }
        return Row(staffId: person.id, primary: person.primary, date: day, minutes: minutes, type: type,
                   title: title.text, note: field(.note)?.text)
    }

    static func concerns(_ row: Row) -> RowConcerns { .staff(row.staffId) }

    mutating func save(_ row: Row, _ outcome: inout ImportOutcome) throws {
        let db = w.db
        try stored.load(row.staffId) {
            try GRDB.Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, date, type, title, minutes, note FROM cpd_activity WHERE staff_id = ? ORDER BY id
                """), arguments: [row.staffId]).compactMap { stored in
                guard let date = Day(iso: stored[1]), let type = CPDActivityType(rawValue: stored[2]) else { return nil }
                return (Key(date: date, type: type, title: stored[3]), stored[0], Value(minutes: stored[4], note: stored[5]))
            }
        }
        let key = Key(date: row.date, type: row.type, title: row.title)
        // Without a Note column, a stored note is kept: only the time is compared.
        try stored.save(key, isSame: { $0.minutes == row.minutes && (row.note == nil || $0.note == row.note) }, &outcome, writing: !w.checkOnly,
                        update: { [ownHistory] id in
            try ownHistory.willWrite(staffId: row.staffId, date: row.date, db)
            try ImportLog.update(CPDActivity.self, id: id, w, professionId: row.primary) {
                $0.minutes = row.minutes
                if let note = row.note { $0.note = note }
            }
        }, insert: { [ownHistory, insert] in
            try ownHistory.willWrite(staffId: row.staffId, date: row.date, db)
            // Written with the next rows; never read back by this import (`PersonRecords`).
            return try insert!.add(CPDActivity(staffId: row.staffId, date: row.date, minutes: row.minutes, type: row.type,
                                               title: row.title, note: row.note ?? ""))
        })
    }

    mutating func flush() throws { try insert?.flush() }
}
