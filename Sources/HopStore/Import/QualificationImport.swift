import GRDB
import HopModel

/// `hopdash import qualifications`: qualifications staff hold.
///
/// Columns: staff number; qualification (its name, as the profession's requirement names it);
/// date (when it was gained); expires (optional: the last day it is valid, blank if it does
/// not lapse). A row for a qualification the person already holds updates its dates; without
/// an Expires column, the stored expiry is kept.
public enum QualificationCSV {
    public static let columns = [
        ImportColumns.staffNumber,
        CSVColumn("Qualification", aliases: ["qualification name", "qualification held", "award"], limit: .qualification),
        CSVColumn("Date", aliases: ["date awarded", "awarded on", "date gained", "date achieved"]),
        CSVColumn("Expires", aliases: ["expiry date", "expiry", "valid until", "expires on"], isRequired: false),
    ]
    enum Column: Int { case staff, qualification, date, expires }
}

/// The row-by-row work of a qualifications import, inside the import's transaction.
struct QualificationImporter: RowImporter {
    static let columns = QualificationCSV.columns
    static let table = RecordKind.qualificationHeld.table
    static let summaries = Summary.qualifications

    let w: WriteContext
    private var staff = StaffLookup()
    private var stored = PersonRecords<String, (date: Day, expires: Day?)>()

    /// New records, several to a statement (decision 109); nil while checking, which writes nothing.
    private let insert: BatchedInsert?

    init(_ w: WriteContext) throws {
        self.w = w
        insert = w.checkOnly ? nil : try BatchedInsert(w.db, for: QualificationHeld.self)
    }

    struct Row {
        var staffId: RowID
        var primary: RowID?
        var qualification: String
        var date: Day
        /// Outer nil: the file has no Expires column; inner nil: a blank cell.
        var expires: Day??
    }

    mutating func parse(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) throws -> Row? {
        let before = problems.total
        let person = try staff.require(header.field(QualificationCSV.Column.staff.rawValue, of: record)!,
                                       line: record.line, w.db, &problems)
        let qualification = header.field(QualificationCSV.Column.qualification.rawValue, of: record)!
        if qualification.text.isEmpty {
            problems.add(line: record.line, column: qualification.column, "no qualification; expected its name")
        }
        let dateField = header.field(QualificationCSV.Column.date.rawValue, of: record)!
        let date = ImportValues.day(dateField.text)
        if case .failure(let message) = date {
            problems.add(line: record.line, column: dateField.column, message.description)
        }
        var expires: Day?? = nil
        if let cell = header.field(QualificationCSV.Column.expires.rawValue, of: record) {
            if cell.text.isEmpty {
                expires = .some(nil)
            } else {
                switch ImportValues.day(cell.text) {
                case .success(let day): expires = .some(day)
                case .failure(let message): problems.add(line: record.line, column: cell.column, "expires: " + message.description)
                }
            }
            if case .success(let gained) = date, let last = expires ?? nil, last < gained {
                problems.add(line: record.line, column: cell.column,
                             "expires \(ImportValues.quoted(cell.text)) before the day it was gained; expected a day on or after \(gained.iso)")
            }
        }
        guard problems.total == before, let person, case .success(let day) = date else { return nil }
        return Row(staffId: person.id, primary: person.primary, qualification: qualification.text, date: day, expires: expires)
    }

    static func concerns(_ row: Row) -> RowConcerns { .staff(row.staffId) }

    mutating func save(_ row: Row, _ outcome: inout ImportOutcome) throws {
        let db = w.db
        try stored.load(row.staffId) {
            try GRDB.Row.fetchAll(db.cachedStatement(sql: """
                SELECT qualification, id, date, expires FROM qualification_held WHERE staff_id = ? ORDER BY id
                """), arguments: [row.staffId]).compactMap { stored in
                Day(iso: stored[2]).map { (key: stored[0], id: stored[1], value: ($0, (stored[3] as String?).flatMap(Day.init(iso:)))) }
            }
        }
        try stored.save(row.qualification, isSame: { value in
            value.date == row.date && (row.expires.map { $0 == value.expires } ?? true)
        }, &outcome, writing: !w.checkOnly, update: { id in
            try ImportLog.update(QualificationHeld.self, id: id, w, professionId: row.primary) {
                $0.date = row.date
                if let expires = row.expires { $0.expires = expires }
            }
        }, insert: { [insert] in
            // Written with the next rows; never read back by this import (`PersonRecords`).
            try insert!.add(QualificationHeld(staffId: row.staffId, qualification: row.qualification, date: row.date,
                                              expires: row.expires ?? nil))
        })
    }

    mutating func flush() throws { try insert?.flush() }
}
