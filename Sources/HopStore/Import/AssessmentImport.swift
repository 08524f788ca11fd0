import GRDB
import HopModel

/// `hopdash import assessments`: skills-audit results from a spreadsheet.
///
/// Columns: staff number; skill, named within the staff member's primary profession, or
/// within the profession a "Profession" column names by code; level (1 to the top of that
/// profession's scale); date (YYYY-MM-DD or DD/MM/YYYY); source (self, line manager, panel).
/// A row takes a stored assessment of the staff member, skill and date, as `PersonRecords`
/// matches CPD and qualifications: the identical one, else the latest, which it updates; a row
/// with none left to take is a new assessment. So a file that gives one person, skill and date
/// twice keeps both rows (the later one counts as the latest), in whatever order its rows come.
public enum AssessmentCSV {
    public static let columns = [
        ImportColumns.staffNumber,
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

/// The row-by-row work of an assessment import, inside the import's transaction.
struct AssessmentImporter: RowImporter {
    static let columns = AssessmentCSV.columns
    static let table = RecordKind.assessment.table
    static let summaries = Summary.skills
    /// Read by skill screens, never by the import.
    static let deferredIndexes = ["assessment_by_skill"]

    let w: WriteContext
    var db: Database { w.db }
    /// Lower-cased code → profession.
    let professions: [String: Profession]
    let professionById: [RowID: Profession]
    /// Skills by profession and lower-cased name.
    let skills: [RowID: [String: RowID]]
    /// New assessments, several to a statement, bound through SQLite's C API (decisions 102, 109);
    /// nil while checking, which writes nothing.
    private let insert: BatchedInsert?

    init(_ w: WriteContext) throws {
        self.w = w
        let db = w.db
        insert = w.checkOnly ? nil : try BatchedInsert(db, for: SkillAssessment.self)
        let all = try Profession.fetchAll(db, sql: "SELECT \(Profession.selection) FROM profession")
        professions = Dictionary(all.map { ($0.code.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        professionById = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        var skills: [RowID: [String: RowID]] = [:]
        for skill in try Skill.fetchAll(db, sql: "SELECT \(Skill.selection) FROM skill") {
            skills[skill.professionId, default: [:]][skill.name.lowercased()] = skill.id
        }
        self.skills = skills
    }

    struct Row {
        var staffId: RowID
        var professionId: RowID
        var skillId: RowID
        var level: Int
        var date: Day
        var source: AssessmentSource
    }

    private var staff = StaffLookup()
    /// Checking writes nothing, so keeps no history.
    var history: ImportedHistory? { w.checkOnly ? nil : ownHistory }
    private let ownHistory = ImportedHistory(.assessments)

    /// The row's values, or nil after reporting what is wrong with it.
    mutating func parse(_ record: CSVRecord, _ header: CSVHeader, _ problems: inout ImportProblems) throws -> Row? {
        let before = problems.total
        func field(_ column: AssessmentCSV.Column) -> (text: String, column: Int)? {
            header.field(column.rawValue, of: record)
        }
        func problem(_ at: (text: String, column: Int)?, _ message: String) {
            problems.add(line: record.line, column: at?.column ?? 0, message)
        }
        // Staff member and their primary profession.
        let staffField = field(.staff)!
        let staff = try self.staff.require(staffField, line: record.line, db, &problems)
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
            problem(levelField, "level \(level) is above \(profession.code)'s maximum \(profession.scaleMax); expected 1 to \(profession.scaleMax)")
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
        guard problems.total == before, let staff, let profession, let skillId, let level,
              case .success(let day) = date, let source else { return nil }
        return Row(staffId: staff.id, professionId: profession.id, skillId: skillId, level: level, date: day, source: source)
    }

    private struct Key: Hashable { var skillId: RowID; var date: Day }
    private struct Value { var level: Int; var source: AssessmentSource }
    private var stored = PersonRecords<Key, Value>()

    static func concerns(_ row: Row) -> RowConcerns { .staff(row.staffId) }

    mutating func save(_ row: Row, _ outcome: inout ImportOutcome) throws {
        let db = w.db
        try stored.load(row.staffId) {
            try GRDB.Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, skill_id, date, level, source FROM assessment WHERE staff_id = ? ORDER BY id
                """), arguments: [row.staffId]).compactMap { stored in
                guard let date = Day(iso: stored[2]), let source = AssessmentSource(rawValue: stored[4]) else { return nil }
                return (Key(skillId: stored[1], date: date), stored[0], Value(level: stored[3], source: source))
            }
        }
        try stored.save(Key(skillId: row.skillId, date: row.date), isSame: { $0.level == row.level && $0.source == row.source },
                        &outcome, writing: !w.checkOnly, update: { [ownHistory] id in
            try ownHistory.willWrite(staffId: row.staffId, date: row.date, db)
            try ImportLog.update(SkillAssessment.self, id: id, w, professionId: row.professionId) {
                $0.level = row.level
                $0.source = row.source
            }
        }, insert: { [ownHistory, insert] in
            try ownHistory.willWrite(staffId: row.staffId, date: row.date, db)
            // Written with the next rows; never read back by this import (`PersonRecords`).
            return try insert!.add(SkillAssessment(staffId: row.staffId, skillId: row.skillId, level: row.level, date: row.date,
                                                   source: row.source))
        })
    }

    mutating func flush() throws { try insert?.flush() }
}
