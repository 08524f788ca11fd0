import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// A small generated store: one department (CS), the default grade ladder, about thirty
/// professions; CS000001 and CS000002 are in Operational Delivery.
func importTestStore() throws -> Store {
    let store = try inMemoryStore()
    try CivilServiceData.write(into: store, staff: 100, seed: 3, today: today)
    return store
}

/// What an import says, as the user reads it: the summary line, or every line of the refusal.
func importMessages(_ store: Store, _ table: CSVTable, _ reader: @autoclosure () throws -> CSVReader, file: String,
                    dryRun: Bool = false) throws -> [String] {
    do {
        return [try store.importCSV(table, reading: reader, file: file, dryRun: dryRun).summary]
    } catch let failure as ImportFailure {
        return failure.description.components(separatedBy: "\n")
    }
}

/// Every row of every table (records, summaries, change log, metadata), sorted: equal
/// dumps, the store unchanged record for record.
func everyRow(_ store: Store) throws -> [String] {
    try store.writer.read { db in
        var rows: [String] = []
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
            rows += try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { "\(table) \($0)" }.sorted()
        }
        return rows
    }
}

/// What importing one person's rows (`mine`) among other people's (`others`, one fewer) does,
/// with the person's rows consecutive and then each between two of the others', each order
/// into a fresh store that first imported `stored`: the outcome and the person's `records`
/// after. Importing the same file again must change nothing, whatever the order.
func importInBothOrders(_ table: CSVTable, header: String, stored: String, mine: [String], others: [String],
                        records: (Store) throws -> [String]) throws -> [(outcome: ImportOutcome, records: [String])] {
    var scattered: [String] = []
    for (index, row) in mine.enumerated() {
        scattered.append(row)
        if index < others.count { scattered.append(others[index]) }
    }
    return try [mine + others, scattered].map { rows in
        let store = try importTestStore()
        let file = header + "\n" + rows.joined(separator: "\n") + "\n"
        _ = try store.importCSV(table, reading: { CSVReader(bytes: Array((header + "\n" + stored + "\n").utf8)) }, file: "before.csv")
        let outcome = try store.importCSV(table, reading: { CSVReader(bytes: Array(file.utf8)) }, file: "hr.csv")
        let again = try store.importCSV(table, reading: { CSVReader(bytes: Array(file.utf8)) }, file: "hr.csv")
        #expect(again == ImportOutcome(inserted: 0, updated: 0, unchanged: rows.count, skipped: 0), "\(table) again: \(rows)")
        #expect(try store.verifySummaries().isEmpty)
        return (outcome, try records(store))
    }
}

@Suite("Importing and exporting CSV")
struct CSVImportTests {
    private func run(_ store: Store, _ table: CSVTable, _ text: String, dryRun: Bool = false) throws -> ImportOutcome {
        try store.importCSV(table, reading: { CSVReader(bytes: Array(text.utf8)) }, file: "hr.csv", dryRun: dryRun)
    }

    private func problems(_ store: Store, _ table: CSVTable, _ text: String) throws -> [String] {
        do {
            _ = try run(store, table, text)
            return []
        } catch let failure as ImportFailure {
            return failure.problems.listed.map(\.description)
        }
    }

    private func export(_ store: Store, _ table: CSVTable) throws -> String {
        var csv = ""
        try store.exportCSV(table) { csv += $0 }
        return csv
    }

    private func staffRow(_ store: Store, _ number: String) throws -> String? {
        try store.writer.read { db in
            try String.fetchOne(db, sql: """
                SELECT s.name || '|' || g.code || '|' || d.code || '|' || s.post || '|' || s.version || '|' ||
                       (SELECT group_concat(code, ' ') FROM (
                            SELECT p.code || (CASE WHEN sp.is_primary THEN '*' ELSE '' END) AS code
                            FROM staff_profession sp JOIN profession p ON p.id = sp.profession_id
                            WHERE sp.staff_id = s.id ORDER BY p.code))
                FROM staff s JOIN grade g ON g.id = s.grade_id JOIN department d ON d.id = s.department_id
                WHERE s.staff_number = ?
                """, arguments: [number])
        }
    }

    // MARK: - Staff

    @Test func staffAreUpsertedByNumberFromASpreadsheetsFile() throws {
        let store = try importTestStore()
        let exported = try export(store, .staff).components(separatedBy: "\r\n")
        var promoted = try CSVReader(bytes: Array(exported[2].utf8)).next()!.fields
        #expect(promoted[0] == "CS000002")
        let newGrade = promoted[2] == "G7" ? "G6" : "G7"
        promoted[2] = newGrade == "G7" ? "Grade 7" : "Grade 6"
        // Given an HR extract as a spreadsheet saves it: BOM, CRLF, aliases and other case in the
        // header, a quoted comma and a quoted line break, grade and department by name, a blank row
        let file = "\u{FEFF}Staff No.,FULL NAME,grade,Dept,Job title,Primary profession,Other professions,Joined,FTE\r\n"
            + exported[1] + "\r\n"                    // CS000001 as stored
            + CSVWriter.line(promoted)                  // CS000002 promoted, the grade by its name
            + "NEW001,\"Example, Ann\",heo,cs,\"Case\r\nworker\",pol,OPD; fin,,\r\n"
            + ",,,,,,,,\r\n"
        // When imported, then imported again
        let first = try run(store, .staff, file)
        let second = try run(store, .staff, file)
        // Then one is added, one updated, one unchanged, the blank row skipped; then all unchanged
        #expect(first == ImportOutcome(inserted: 1, updated: 1, unchanged: 1, skipped: 1))
        #expect(second == ImportOutcome(inserted: 0, updated: 0, unchanged: 3, skipped: 1))
        let added = try staffRow(store, "NEW001")
        #expect(added == "Example, Ann|HEO|CS|Case\r\nworker|1|FIN OPD POL*")
        #expect(try staffRow(store, "CS000002")?.contains("|\(newGrade)|CS|") == true)
        #expect(try store.verifySummaries().isEmpty)
        // And the change log keeps what was overwritten, besides one entry for the import
        let log = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT table_name, action, before, after FROM change_log WHERE user = 'import' ORDER BY id")
        }
        #expect(log.map { "\($0[0] as String) \($0[1] as String)" } == ["staff update", "staff bulk-load"])
        #expect((log[0][2] as String).contains("\"staff_number\":\"CS000002\""))
        #expect(log[0][2] as String != log[0][3] as String)
        #expect((log[1][3] as String) == "{\"file\":\"hr.csv\",\"inserted\":1,\"updated\":1}")
    }

    @Test func professionsColumnsReplaceMembershipsAndAbsentColumnsKeepFields() throws {
        let store = try importTestStore()
        _ = try run(store, .staff, "Staff number,Name,Grade,Department,Post,Profession,Other professions\n"
                    + "NEW001,Ann Example,EO,CS,Caseworker,OPD,POL;FIN\n")
        // A file with only the primary profession: exactly that one, and the post kept
        let outcome = try run(store, .staff, "Staff number,Name,Grade,Department,Profession\nNEW001,Ann Example,EO,CS,POL\n")
        #expect(outcome.updated == 1)
        let changed = try staffRow(store, "NEW001")
        #expect(changed == "Ann Example|EO|CS|Caseworker|2|POL*")
        // Without profession columns, memberships are left alone
        #expect(try run(store, .staff, "Staff number,Name,Grade,Department\nNEW001,Ann Example,EO,CS\n").unchanged == 1)
        #expect(try store.verifySummaries().isEmpty)
    }

    @Test func everyStaffProblemIsListedWithWhereAndWhatWasExpected() throws {
        let store = try importTestStore()
        let before = try everyRow(store)
        let file = """
            Staff number,Name,Grade,Department,Profession,Other professions
            NEW001,Ann Example,G8,CS,OPD,
            NEW002,,EO,Nowhere,XYZ,
            NEW003,Cy Example,EO,CS,,POL
            NEW004,Di Example,EO,CS,OPD,POL;FIN;TAX
            NEW005,Ed Example,EO,CS,OPD,opd
            NEW001,Fi Example,EO,CS,OPD,
            """
        #expect(try problems(store, .staff, file) == [
            "hr.csv:2:3: unknown grade \"G8\"; expected one of AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3",
            "hr.csv:3:2: no name; expected the person's name",
            "hr.csv:3:4: unknown department in this cell; expected a department code or name: CS",
            "hr.csv:3:5: unknown profession \"XYZ\"; expected a profession code or name: ACT, CFIN, CFRD, COMMR, COMMS, DDAT, DETH, ECON, FIN, GEOG, HR, IAUD, INTEL, KIM, LEGAL, MED, OPD, ORES, PDEL, PINS, PLAN, POL, PROP, PSY, SCI, SEC, SRES, STAT, TAX, VET",
            "hr.csv:4:5: other professions but no primary profession; expected the primary one in a Profession column",
            "hr.csv:5:6: 4 professions; expected at most 3 (one primary, two others)",
            "hr.csv:6:6: profession in this cell is named twice; expected each of a person's professions once",
            "hr.csv:7:1: duplicate staff number \"NEW001\", already on line 2; expected each person once",
        ])
        #expect(try everyRow(store) == before)
    }

    @Test func aDryRunChecksAndCountsButWritesNothing() throws {
        let store = try importTestStore()
        let before = try everyRow(store)
        let outcome = try run(store, .staff, "Staff number,Name,Grade,Department\nNEW001,Ann Example,EO,CS\n", dryRun: true)
        #expect(outcome == ImportOutcome(inserted: 1, updated: 0, unchanged: 0, skipped: 0))
        #expect(try everyRow(store) == before)
    }

    // MARK: - CPD

    @Test func cpdTakesHoursOrMinutesAndTypesAsPeopleWriteThem() throws {
        let store = try importTestStore()
        let file = """
            Employee No,Date,Hours,Activity type,Title
            CS000001,01/05/2025,1.5,Job shadowing,Shadowing a tribunal clerk
            CS000001,2025-05-02,1:30,workshop,Complaints workshop
            CS000001,2025-05-03,0.33,self study,Reading
            """
        #expect(try run(store, .cpd, file) == ImportOutcome(inserted: 3, updated: 0, unchanged: 0, skipped: 0))
        let stored = try store.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT date || ' ' || minutes || ' ' || type FROM cpd_activity
                WHERE staff_id = (SELECT id FROM staff WHERE staff_number = 'CS000001') AND date >= '2025-05-01' ORDER BY date
                """)
        }
        #expect(stored == ["2025-05-01 90 job-shadowing", "2025-05-02 90 seminar", "2025-05-03 20 self-study"])
        #expect(try store.verifySummaries().isEmpty)
        // Again: unchanged; with one time changed: updated, not added
        #expect(try run(store, .cpd, file).unchanged == 3)
        #expect(try run(store, .cpd, file.replacingOccurrences(of: ",1:30,", with: ",2,"))
                == ImportOutcome(inserted: 0, updated: 1, unchanged: 2, skipped: 0))
        #expect(try store.verifySummaries().isEmpty)
    }

    /// A person's rows for one activity (date, type, title) with other times, one of them given
    /// twice: each row is kept, none overwrites another, whether the person's rows follow one
    /// another or not.
    @Test func cpdRowsForOneActivityAreEachKeptInWhateverOrderTheyCome() throws {
        let results = try importInBothOrders(
            .cpd, header: "Staff number,Date,Minutes,Type,Title",
            stored: "CS000001,2025-05-01,30,Course,Induction",
            mine: ["CS000001,2025-05-01,60,Course,Induction", "CS000001,2025-05-01,90,Course,Induction",
                   "CS000001,2025-05-01,60,Course,Induction"],
            others: ["CS000002,2025-05-01,45,Course,Induction", "CS000002,2025-05-02,45,Course,Induction"]) { store in
            try store.writer.read { db in
                try String.fetchAll(db, sql: """
                    SELECT minutes FROM cpd_activity WHERE title = 'Induction'
                    AND staff_id = (SELECT id FROM staff WHERE staff_number = 'CS000001') ORDER BY minutes
                    """)
            }
        }
        // The stored 30 minutes take the first row's 60; the other two rows are added
        for result in results {
            #expect(result.outcome == ImportOutcome(inserted: 4, updated: 1, unchanged: 0, skipped: 0))
            #expect(result.records == ["60", "60", "90"])
        }
    }

    @Test func cpdProblemsNameTheExpectedTimeAndType() throws {
        let store = try importTestStore()
        #expect(try problems(store, .cpd, """
            Staff number,Date,Hours,Type,Title
            CS000001,2025-05-01,0,Course,A
            CS000001,2025-05-01,abc,Knitting,A
            CS000001,2025-05-01,1:75,Course,
            """) == [
            "hr.csv:2:3: hours \"0\" is out of range; expected hours such as 1.5 or 1:30, more than 0 and at most 8784",
            "hr.csv:3:3: hours in this cell is not a time; expected hours such as 1.5 or 1:30, more than 0 and at most 8784",
            "hr.csv:3:4: unknown activity type in this cell; expected one of: Course, Qualification study, Seminar or workshop, Secondment, Job shadowing, Coaching, Mentoring, Action learning, Conference, Self-study",
            "hr.csv:4:3: hours \"1:75\" is not a time; expected hours such as 1.5 or 1:30, more than 0 and at most 8784",
            "hr.csv:4:5: no title; expected what the activity was",
        ])
        #expect(try problems(store, .cpd, "Staff number,Date,Type,Title\n") == [
            "hr.csv:1:0: missing column \"Hours\" (or \"Minutes\"); expected the time each activity took",
        ])
        #expect(try problems(store, .cpd, "Staff number,Date,Hours,Minutes,Type,Title\n") == [
            "hr.csv:1:4: columns \"Hours\" and \"Minutes\" both given; expected one of them",
        ])
    }

    // MARK: - Qualifications

    @Test func qualificationsAreAddedOrTheirDateUpdated() throws {
        let store = try importTestStore()
        let file = "Staff number,Qualification,Date awarded\nCS000001,Diploma in Example Studies,15/03/2024\n"
        #expect(try run(store, .qualifications, file).inserted == 1)
        #expect(try run(store, .qualifications, file).unchanged == 1)
        #expect(try run(store, .qualifications, file.replacingOccurrences(of: "15/03/2024", with: "2024-03-16")).updated == 1)
        #expect(try rawInt(store, "SELECT COUNT(*) FROM qualification_held WHERE qualification = 'Diploma in Example Studies' AND date = '2024-03-16'") == 1)
    }

    /// As for CPD: a person's rows for one qualification are each kept, in either order.
    @Test func qualificationRowsForOneNameAreEachKeptInWhateverOrderTheyCome() throws {
        let name = "Diploma in Example Studies"
        let results = try importInBothOrders(
            .qualifications, header: "Staff number,Qualification,Date",
            stored: "CS000001,\(name),2024-01-01",
            mine: ["CS000001,\(name),2024-03-15", "CS000001,\(name),2024-03-16", "CS000001,\(name),2024-03-15"],
            others: ["CS000002,\(name),2024-03-15", "CS000002,Certificate in Examples,2024-03-15"]) { store in
            try store.writer.read { db in
                try String.fetchAll(db, sql: """
                    SELECT date FROM qualification_held WHERE qualification = ?
                    AND staff_id = (SELECT id FROM staff WHERE staff_number = 'CS000001') ORDER BY date
                    """, arguments: [name])
            }
        }
        for result in results {
            #expect(result.outcome == ImportOutcome(inserted: 4, updated: 1, unchanged: 0, skipped: 0))
            #expect(result.records == ["2024-03-15", "2024-03-15", "2024-03-16"])
        }
    }

    // MARK: - Round trip

    /// Export every table from a demo store, import them into the same store emptied of staff:
    /// the same records, ids included, and the same export again.
    @Test func exportThenImportIntoAnEmptiedStoreGivesTheSameRecords() throws {
        let original = try inMemoryStore()
        try DemoData.write(into: original, seed: 5, today: today, scale: 0.04)
        // Movements are not among the CSV tables; they would go with the staff below. Nor are
        // development plans.
        try original.writer.write { db in
            try db.execute(sql: "DELETE FROM movement")
            try db.execute(sql: "DELETE FROM development_plan")
            try Summary.rebuild(db, [.movements])
        }
        let exports = try CSVTable.allCases.map { try export(original, $0) }

        let copy = try inMemoryStore()
        try DemoData.write(into: copy, seed: 5, today: today, scale: 0.04)
        // The register of critical posts names staff: it goes with them. The catalogue goes too, to come back by import.
        try copy.writer.write { db in
            try db.execute(sql: "DELETE FROM critical_post")
            try db.execute(sql: "DELETE FROM development_plan")
            try db.execute(sql: "DELETE FROM learning_offer")
            try db.execute(sql: "DELETE FROM staff")
            try Summary.rebuild(db)
        }
        #expect(try rawInt(copy, "SELECT COUNT(*) FROM assessment") == 0)
        // One record a line, but a critical post has a line per successor.
        // and a learning offer a line per skill.
        let posts = try rawInt(original, "SELECT COUNT(*) FROM critical_post")
        let offers = try rawInt(original, "SELECT COUNT(*) FROM learning_offer")
        #expect(posts > 0 && offers > 0)
        func records(_ table: CSVTable, _ csv: String) -> Int {
            switch table {
            case .criticalPosts: posts
            case .learningOffers: offers
            default: csv.components(separatedBy: "\r\n").count - 2
            }
        }
        for (table, csv) in zip(CSVTable.allCases, exports) {
            let outcome = try run(copy, table, csv)
            #expect(outcome.inserted == records(table, csv), "\(table)")
            #expect(outcome.updated == 0 && outcome.unchanged == 0)
        }
        #expect(try fingerprint(copy) == fingerprint(original))
        #expect(try CSVTable.allCases.map { try export(copy, $0) } == exports)
        #expect(try copy.verifySummaries().isEmpty)
        // And each export read back into its own store changes nothing
        for (table, csv) in zip(CSVTable.allCases, exports) {
            #expect(try run(original, table, csv).unchanged == records(table, csv))
        }
    }
}
