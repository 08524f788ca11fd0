import GRDB
import HopModel

/// `hopdash import assessments`: skills-audit results from a spreadsheet.
///
/// Columns: staff number; skill, named within the staff member's primary profession, or
/// within the profession a "Profession" column names by code; level (1 to the top of that
/// profession's scale); date (YYYY-MM-DD or DD/MM/YYYY); source (self, line manager, panel).
/// A row for a staff member, skill and date already in the store updates it (or leaves it
/// unchanged); any other row is a new assessment.
public enum AssessmentCSV {
    public static let columns = [
        CSVColumn("Staff number", aliases: ["staff no", "staff id", "employee number", "personnel number"]),
        CSVColumn("Profession", aliases: ["profession code"], isRequired: false),
        CSVColumn("Skill", aliases: ["skill name", "competency"]),
        CSVColumn("Level", aliases: ["assessed level", "proficiency", "proficiency level"]),
        CSVColumn("Date", aliases: ["assessment date", "assessed on", "date assessed"]),
        CSVColumn("Source", aliases: ["assessed by", "assessment source"]),
    ]
    enum Column: Int { case staff, profession, skill, level, date, source }

    /// Sources as people write them, normalised.
    static let sources: [String: AssessmentSource] = [
        "self": .selfAssessed, "selfassessment": .selfAssessed, "selfassessed": .selfAssessed,
        "linemanager": .lineManager, "manager": .lineManager, "panel": .panel,
    ]
}

extension Store {
    /// Imports assessments from `reader` in one transaction: every row is checked, and on any
    /// problem nothing is written and `ImportFailure` lists them (up to `errorLimit`). With
    /// `dryRun` everything is checked and counted, then rolled back. The skill summaries are
    /// rebuilt once at the end. `progress` is called now and then with the bytes read so far.
    public func importAssessments(from reader: CSVReader, file: String, dryRun: Bool = false,
                                  errorLimit: Int = 50, by user: String = "import",
                                  progress: ((Int) -> Void)? = nil) throws -> ImportOutcome {
        var problems = ImportProblems(file: file, limit: errorLimit)
        var outcome = ImportOutcome()
        // Thrown to roll back on problems or a dry run; `write` wraps whatever it catches, so
        // the flag, not the error's type, says that this was intended.
        struct RollBack: Error {}
        var rolledBack = false
        do {
            try write(by: user) { w in
                do {
                    var importer = try AssessmentImporter(db: w.db)
                    outcome = try importer.run(reader, problems: &problems, progress: progress)
                } catch let error as CSVError {
                    problems.add(line: error.line, column: error.column, error.message)
                }
                guard problems.isEmpty else { rolledBack = true; throw RollBack() }
                try Summary.rebuild(w.db, Summary.skills)
                try w.log(table: RecordKind.assessment.table, recordId: "*", action: .bulkLoad, professionId: nil,
                          before: nil, after: LoggedJSON.object([
                              ("file", file.databaseValue), ("inserted", outcome.inserted.databaseValue),
                              ("updated", outcome.updated.databaseValue)]))
                if dryRun { rolledBack = true; throw RollBack() }
            }
        } catch {
            guard rolledBack else { throw error }
        }
        guard problems.isEmpty else { throw ImportFailure(problems: problems) }
        return outcome
    }
}

/// The row-by-row work of an assessment import, inside the import's transaction.
private struct AssessmentImporter {
    let db: Database
    /// Lower-cased code → profession.
    let professions: [String: Profession]
    let professionById: [RowID: Profession]
    /// Skills by profession and lower-cased name.
    let skills: [RowID: [String: RowID]]

    init(db: Database) throws {
        self.db = db
        let all = try Profession.fetchAll(db, sql: "SELECT \(Profession.selection) FROM profession")
        professions = Dictionary(all.map { ($0.code.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        professionById = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        var skills: [RowID: [String: RowID]] = [:]
        for skill in try Skill.fetchAll(db, sql: "SELECT \(Skill.selection) FROM skill") {
            skills[skill.professionId, default: [:]][skill.name.lowercased()] = skill.id
        }
        self.skills = skills
    }

    mutating func run(_ reader: CSVReader, problems: inout ImportProblems,
                      progress: ((Int) -> Void)?) throws -> ImportOutcome {
        var outcome = ImportOutcome()
        guard let headerRow = try reader.next() else {
            problems.add(line: 1, column: 0, "the file is empty; expected a header row naming the columns: "
                         + AssessmentCSV.columns.map(\.title).joined(separator: ", "))
            return outcome
        }
        let header = CSVHeader.match(headerRow, columns: AssessmentCSV.columns, report: &problems)
        guard problems.isEmpty else { return outcome }
        var rows = 0
        while let record = try reader.next() {
            rows += 1
            if rows % 65_536 == 0 { progress?(reader.bytesRead) }
            if record.isBlank { outcome.skipped += 1; continue }
            if record.fields.count != header.fieldCount {
                problems.add(line: record.line, column: 0,
                             "\(record.fields.count) fields; expected \(header.fieldCount), as in the header")
                continue
            }
            guard let row = try parse(record, header, &problems), problems.isEmpty else { continue }
            try save(row, &outcome)
        }
        progress?(reader.bytesRead)
        return outcome
    }

    private struct Row {
        var staffId: RowID
        var skillId: RowID
        var level: Int
        var date: Day
        var source: AssessmentSource
    }

    /// The row's values, or nil after reporting what is wrong with it.
    /// The last staff member looked up: audit files list each person's skills together.
    private var lastStaff: (number: String, found: (id: RowID, primary: RowID?)?)?

    private mutating func lookUpStaff(_ number: String) throws -> (id: RowID, primary: RowID?)? {
        if let lastStaff, lastStaff.number == number { return lastStaff.found }
        let found = try ImportLookup.staff(db, number: number)
        lastStaff = (number, found)
        return found
    }

    private mutating func parse(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) throws -> Row? {
        let before = problems.total
        func field(_ column: AssessmentCSV.Column) -> (text: String, column: Int)? {
            header.field(column.rawValue, of: record)
        }
        func problem(_ at: (text: String, column: Int)?, _ message: String) {
            problems.add(line: record.line, column: at?.column ?? 0, message)
        }
        // Staff member and their primary profession.
        let staffField = field(.staff)!
        let staff = try lookUpStaff(staffField.text)
        if staffField.text.isEmpty {
            problem(staffField, "no staff number; expected the staff number of someone in the store")
        } else if staff == nil {
            problem(staffField, "unknown staff number \(ImportValues.quoted(staffField.text, identifier: true)); expected someone already in the store (import staff first)")
        }
        // The profession whose skill this is.
        var profession: Profession?
        if let code = field(.profession), !code.text.isEmpty {
            profession = professions[code.text.lowercased()]
            if profession == nil {
                problem(code, "unknown profession code \(ImportValues.quoted(code.text, identifier: true)); expected one of: "
                        + professions.values.map(\.code).sorted().joined(separator: ", "))
            }
        } else if let staff {
            profession = staff.primary.flatMap { professionById[$0] }
            if profession == nil {
                problem(staffField, "staff number \(ImportValues.quoted(staffField.text, identifier: true)) has no primary profession; add a Profession column naming the skill's profession")
            }
        }
        let skillField = field(.skill)!
        var skillId: RowID?
        if let profession {
            skillId = skills[profession.id]?[skillField.text.lowercased()]
            if skillId == nil {
                let known = (skills[profession.id] ?? [:]).keys.sorted().prefix(20).joined(separator: "; ")
                problem(skillField, "no skill \(ImportValues.quoted(skillField.text, otherwise: "of that name")) in \(profession.code) (\(profession.name)); expected one of: \(known)")
            }
        }
        let levelField = field(.level)!
        let level = Int(levelField.text)
        if level == nil {
            problem(levelField, "level \(ImportValues.quoted(levelField.text)) is not a whole number; expected 1 to the top of the profession's scale")
        } else if let level, level < 1 {
            problem(levelField, "level \(level) is below 1, the lowest level")
        } else if let level, let profession, level > profession.scaleMax {
            problem(levelField, "level \(level) is above \(profession.code)'s maximum \(profession.scaleMax)")
        }
        let dateField = field(.date)!
        let date = ImportValues.day(dateField.text)
        if case .failure(let message) = date { problem(dateField, message.description) }
        let sourceField = field(.source)!
        let source = AssessmentSource(rawValue: sourceField.text)
            ?? AssessmentCSV.sources[CSVColumn.normalised(sourceField.text)]
        if source == nil {
            problem(sourceField, "source \(ImportValues.quoted(sourceField.text)) is not known; expected self, line manager or panel")
        }
        guard problems.total == before, let staff, let skillId, let level, case .success(let day) = date,
              let source else { return nil }
        return Row(staffId: staff.id, skillId: skillId, level: level, date: day, source: source)
    }

    /// What is stored for one person, by skill and date: read once when their rows start
    /// (audit files list a person's skills together) instead of one look-up per row.
    private struct Stored { var id: RowID; var level: Int; var source: String }
    private struct StoredKey: Hashable { var skillId: RowID; var date: String }
    private var storedFor: RowID?
    private var stored: [StoredKey: Stored] = [:]

    private mutating func storedAssessments(of staffId: RowID) throws {
        guard storedFor != staffId else { return }
        stored.removeAll(keepingCapacity: true)
        // By id, so that of two on the same day the later one is kept, as a re-import updates it.
        let rows = try GRDB.Row.fetchCursor(db.cachedStatement(sql: """
            SELECT skill_id, date, id, level, source FROM assessment WHERE staff_id = ? ORDER BY id
            """), arguments: [staffId])
        while let row = try rows.next() {
            stored[StoredKey(skillId: row[0], date: row[1])] = Stored(id: row[2], level: row[3], source: row[4])
        }
        storedFor = staffId
    }

    private mutating func save(_ row: Row, _ outcome: inout ImportOutcome) throws {
        try storedAssessments(of: row.staffId)
        let key = StoredKey(skillId: row.skillId, date: row.date.iso)
        if let existing = stored[key] {
            if existing.level == row.level && existing.source == row.source.rawValue {
                outcome.unchanged += 1
            } else {
                try db.cachedStatement(sql: "UPDATE assessment SET level = ?, source = ?, version = version + 1 WHERE id = ?")
                    .execute(arguments: [row.level, row.source.rawValue, existing.id])
                stored[key] = Stored(id: existing.id, level: row.level, source: row.source.rawValue)
                outcome.updated += 1
            }
        } else {
            try db.cachedStatement(sql: "INSERT INTO assessment (staff_id, skill_id, level, date, source) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [row.staffId, row.skillId, row.level, key.date, row.source.rawValue])
            stored[key] = Stored(id: db.lastInsertedRowID, level: row.level, source: row.source.rawValue)
            outcome.inserted += 1
        }
    }
}

/// Lookups shared by imports.
enum ImportLookup {
    /// The staff member with this number and their primary profession.
    static func staff(_ db: Database, number: String) throws -> (id: RowID, primary: RowID?)? {
        guard !number.isEmpty, let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT s.id, sp.profession_id FROM staff s
            LEFT JOIN staff_profession sp ON sp.staff_id = s.id AND sp.is_primary
            WHERE s.staff_number = ?
            """), arguments: [number]) else { return nil }
        return (row[0], row[1])
    }
}
