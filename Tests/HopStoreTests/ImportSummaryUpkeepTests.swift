import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// A small import keeps the summaries of the people it names and leaves everyone else's rows
/// alone; an import naming most of the store's staff rebuilds them whole. To tell the two apart,
/// each test first plants a summary row no record accounts for (a staff member or grade that
/// does not exist): a rebuild deletes it, per-person upkeep never reads it.
@Suite("Summaries kept by an import")
struct ImportSummaryUpkeepTests {
    /// Per table: the file's header, rows about CS000001 and CS000002 (not consecutive, one
    /// repeated so that a stored record is updated), and the planted row.
    private static let cases: [(table: CSVTable, header: String, rows: [String], plant: String)] = [
        (.assessments, "Staff number,Profession,Skill,Level,Date,Source",
         ["CS000001,OPD,Customer service,1,2025-05-01,self", "CS000002,OPD,Customer service,4,2025-05-01,self",
          "CS000001,OPD,Case management,2,2025-05-02,panel", "CS000001,OPD,Customer service,3,2025-05-01,panel"],
         """
         INSERT INTO sum_below (skill_id, staff_id, level, required, profession_id, n)
         SELECT id, 999999, 1, 2, profession_id, 1 FROM skill LIMIT 1
         """),
        (.cpd, "Staff number,Date,Minutes,Type,Title",
         ["CS000001,2025-05-01,90,Course,Casework basics", "CS000002,2025-05-02,60,Coaching,Coaching",
          "CS000001,2025-05-03,30,Self-study,Reading"],
         """
         INSERT INTO sum_cpd_member (profession_id, cycle_year, staff_id, minutes, n)
         SELECT id, 2025, 999999, 60, 1 FROM profession LIMIT 1
         """),
        (.qualifications, "Staff number,Qualification,Date",
         ["CS000001,Diploma in Example Studies,2025-05-01", "CS000002,Diploma in Example Studies,2025-05-02"],
         """
         INSERT INTO sum_qual_member (profession_id, grade_id, earliest, n)
         SELECT id, 999999, '2030-01-01', 1 FROM profession LIMIT 1
         """),
    ]

    private static let planted = [
        CSVTable.assessments: "SELECT COUNT(*) FROM sum_below WHERE staff_id = 999999",
        .cpd: "SELECT COUNT(*) FROM sum_cpd_member WHERE staff_id = 999999",
        .qualifications: "SELECT COUNT(*) FROM sum_qual_member WHERE grade_id = 999999",
    ]

    private func importing(_ table: CSVTable, _ header: String, _ rows: [String], into store: Store) throws -> ImportOutcome {
        let file = header + "\n" + rows.joined(separator: "\n") + "\n"
        return try store.importCSV(table, reading: { CSVReader(bytes: Array(file.utf8)) }, file: "small.csv")
    }

    @Test(arguments: 0..<3)
    func aSmallImportKeepsItsPeoplesSummariesAndNoOneElses(_ index: Int) throws {
        let (table, header, rows, plant) = Self.cases[index]
        let store = try importTestStore()
        try rawWrite(store, plant)
        // When a file about two of the 100 staff is imported, and imported again with a change
        let first = try importing(table, header, rows, into: store)
        let changed = rows.map { $0.replacingOccurrences(of: "2025-05-0", with: "2025-04-0") }
        let second = try importing(table, header, changed, into: store)
        #expect(first.inserted + first.updated > 0 && second.inserted + second.updated > 0, "\(table)")
        // Then the planted row was never read or rewritten, and every other summary row is exact
        #expect(try rawInt(store, Self.planted[table]!) == 1, "\(table)")
        try rawWrite(store, Self.planted[table]!.replacingOccurrences(of: "SELECT COUNT(*)", with: "DELETE"))
        #expect(try store.verifySummaries() == [], "\(table)")
    }

    /// The same in one batch and in batches of ten rows (a large load), where people are taken
    /// out of the summaries batch by batch until more than half the staff are named.
    @Test(arguments: [50_000, 10])
    func anImportNamingMostOfTheStaffRebuildsTheSummaries(_ rowsHeld: Int) throws {
        let store = try importTestStore()
        try rawWrite(store, Self.cases[0].plant)
        // One row for everyone with a primary profession: a skill of it
        let rows = try store.writer.read { try String.fetchAll($0, sql: """
            SELECT s.staff_number || ',' || p.code || ',"'
                   || (SELECT replace(k.name, '"', '""') FROM skill k WHERE k.profession_id = p.id ORDER BY k.id LIMIT 1)
                   || '",1,2025-05-01,self'
            FROM staff s JOIN staff_profession sp ON sp.staff_id = s.id AND sp.is_primary
            JOIN profession p ON p.id = sp.profession_id
            WHERE EXISTS (SELECT 1 FROM skill k WHERE k.profession_id = p.id)
            """) }
        let total = try rawInt(store, "SELECT COUNT(*) FROM staff")
        #expect(rows.count * 2 > total, "the test needs most staff to have a primary profession with skills")
        let outcome = try ImportLoad.$rowsHeld.withValue(rowsHeld) {
            try importing(.assessments, "Staff number,Profession,Skill,Level,Date,Source", rows, into: store)
        }
        #expect(outcome.inserted + outcome.updated == rows.count)
        #expect(try rawInt(store, Self.planted[.assessments]!) == 0)
        #expect(try store.verifySummaries() == [])
    }

    /// A large load about a few people (here, past three rows, about three of the 100 staff, their
    /// rows interleaved) keeps their summaries batch by batch rather than rebuilding them all.
    @Test func aLargeLoadAboutFewPeopleKeepsTheirSummariesPerPerson() throws {
        let store = try importTestStore()
        try rawWrite(store, Self.cases[0].plant)
        let skills = ["Customer service", "Case management"]
        let rows = (1...8).map { "CS00000\($0 % 3 + 1),OPD,\(skills[$0 % 2]),\($0 % 4 + 1),2025-05-0\($0),self" }
        let outcome = try ImportLoad.$rowsHeld.withValue(3) {
            try importing(.assessments, "Staff number,Profession,Skill,Level,Date,Source", rows, into: store)
        }
        #expect(outcome.inserted == rows.count)
        #expect(try rawInt(store, Self.planted[.assessments]!) == 1)
        try rawWrite(store, Self.planted[.assessments]!.replacingOccurrences(of: "SELECT COUNT(*)", with: "DELETE"))
        #expect(try store.verifySummaries() == [])
    }

    /// A staff file names people by number: those it changes (a grade, a department, professions)
    /// and one it adds have their figures kept, no one else's read.
    @Test(arguments: [50_000, 2])
    func aStaffImportKeepsTheSummariesOfThePeopleItNames(_ rowsHeld: Int) throws {
        let store = try importTestStore()
        try rawWrite(store, Self.cases[0].plant)
        try rawWrite(store, "INSERT INTO department (code, name) VALUES ('DWX', 'A second department')")
        let header = "Staff number,Name,Grade,Department,Post,Profession,Other professions"
        let rows = ["CS000001,Ada Example,G6,CS,Head of casework,OPD,", "CS000002,Bo Example,EO,DWX,Analyst,POL,OPD",
                    "NEW000001,Cy Example,HEO,DWX,Caseworker,OPD,"]
        let outcome = try ImportLoad.$rowsHeld.withValue(rowsHeld) { try importing(.staff, header, rows, into: store) }
        #expect(outcome.inserted == 1 && outcome.updated == 2)
        #expect(try rawInt(store, Self.planted[.assessments]!) == 1)
        try rawWrite(store, Self.planted[.assessments]!.replacingOccurrences(of: "SELECT COUNT(*)", with: "DELETE"))
        #expect(try store.verifySummaries() == [])
        #expect(try rawInt(store, "SELECT staff FROM sum_dept_staff WHERE department_id = (SELECT id FROM department WHERE code = 'DWX')") == 2)
    }

    /// A large load (here, past three rows) drops the index the import does not read and creates
    /// it again at the end, as it was; a load refused at its last row leaves it as it was too.
    @Test func aLargeLoadDefersTheSkillIndexAndLeavesItAsItWas() throws {
        let store = try importTestStore()
        let index = "SELECT sql FROM sqlite_master WHERE name = 'assessment_by_skill'"
        let definition = try store.writer.read { try String.fetchOne($0, sql: index) }
        try rawWrite(store, "ANALYZE")
        let statistics = "SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'assessment_by_skill'"
        #expect(try rawInt(store, statistics) == 1)
        let header = "Staff number,Profession,Skill,Level,Date,Source"
        let rows = (1...6).map { "CS00000\($0 % 3 + 1),OPD,Customer service,\($0 % 4 + 1),2025-05-0\($0),self" }
        try ImportLoad.$rowsHeld.withValue(3) {
            // When a file with a bad last row is refused by the write (no check before it), and
            // the file without it imported
            let bad = header + "\n" + (rows + ["CS000001,OPD,Customer service,9,2025-05-09,self"]).joined(separator: "\n")
            #expect(throws: ImportFailure.self) {
                try store.importCSV(.assessments, reading: { CSVReader(bytes: Array(bad.utf8)) }, file: "bad.csv", checkFirst: false)
            }
            #expect(try store.writer.read { try String.fetchOne($0, sql: index) } == definition)
            let outcome = try importing(.assessments, header, rows, into: store)
            #expect(outcome.inserted + outcome.updated == rows.count)
        }
        // Then the index is there as defined, the planner uses it, and every summary is exact
        #expect(definition != nil)
        #expect(try store.writer.read { try String.fetchOne($0, sql: index) } == definition)
        let plan = try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM assessment WHERE skill_id = 1")
                .map { $0["detail"] as String }
        }
        #expect(plan.joined().contains("assessment_by_skill"))
        #expect(try rawInt(store, statistics) == 1)
        #expect(try store.verifySummaries() == [])
    }
}
