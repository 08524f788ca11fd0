import Foundation
import HopModel
import Testing
@testable import HopStore

/// A restore refuses what the store's writes and imports refuse (`Validate`, `DayParser`'s
/// calendar days, no NUL), naming the row's JSON path, and leaves nothing behind. Before, a level
/// 9 on a 1-4 scale, 2026-02-31 and a NUL that cut the name were all "Restored".
@Suite struct RestoreValidationTests {
    let folder: TemporaryDirectory
    let valid: [String: Any]

    init() throws {
        folder = try TemporaryDirectory()
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let profession = try store.saveProfession(Profession(code: "OPD", name: "Operational Delivery"), by: user)
        let skill = try store.saveSkill(Skill(professionId: profession.id, name: "Customer service"), by: user)
        let staff = try store.addStaff("S1", grade: basics.grade("G7"), department: basics.department.id,
                                       professions: [profession.id])
        _ = try store.assess(staff, skill, level: 3, on: "2026-02-01")
        _ = try store.logCPD(staff, .course, minutes: 60, on: "2026-02-02")
        let successor = try store.addStaff("S2", grade: basics.grade("G7"), department: basics.department.id,
                                           professions: [profession.id])
        _ = try store.saveCriticalPost(CriticalPost(professionId: profession.id, departmentId: basics.department.id,
                                                    gradeId: basics.grade("G7"), title: "Head of Delivery", holderId: staff.id,
                                                    successors: [Successor(staffId: successor.id, readiness: .readyNow)]), by: user)
        valid = try JSONSerialization.jsonObject(with: Data(exportJSON(store).utf8)) as! [String: Any]
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var table: String
        var column: String
        var value: String
        var message: String
        var testDescription: String { "\(table).\(column) = \(value.debugDescription)" }
    }

    static let cases: [Case] = [
        // The register of critical posts was not checked at all: a blank title and a holder who is
        // their own successor were restored.
        Case(table: "critical_post", column: "title", value: "\"  \"",
             message: "tables.critical_post.rows[0]: Post title: must not be empty"),
        Case(table: "successor", column: "staff_id", value: "1",
             message: "tables.critical_post.rows[0]: Successor: the post's holder cannot be its successor"),
        // The register's texts had no limit: a 101-character title and a 201-character
        // development action were restored.
        Case(table: "critical_post", column: "title", value: "\"" + String(repeating: "t", count: 101) + "\"",
             message: "tables.critical_post.rows[0].title: 101 characters; expected at most 100 (Post title)"),
        Case(table: "successor", column: "action", value: "\"" + String(repeating: "a", count: 201) + "\"",
             message: "tables.successor.rows[0].action: 201 characters; expected at most 200 (Development action)"),
        Case(table: "assessment", column: "level", value: "9",
             message: "tables.assessment.rows[0]: Level: 9 is outside this profession's scale (1 to 4)"),
        Case(table: "assessment", column: "level", value: "5",
             message: "tables.assessment.rows[0]: Level: 5 is outside this profession's scale (1 to 4)"),
        Case(table: "assessment", column: "date", value: "\"2026-02-31\"",
             message: "tables.assessment.rows[0].date: the stored date is not a calendar day"),
        Case(table: "cpd_activity", column: "date", value: "\"2026-13-45\"",
             message: "tables.cpd_activity.rows[0].date: the stored date is not a calendar day"),
        Case(table: "cpd_activity", column: "date", value: "\"9999-12-31\"",
             message: "tables.cpd_activity.rows[0].date: the stored date is not a calendar day"),
        Case(table: "staff", column: "name", value: "\"Ann\\u0000Hidden\"",
             message: "tables.staff.rows[0].name: holds a NUL character (U+0000); expected text"),
        Case(table: "staff", column: "staff_number", value: "\"\\u0000NEW9\"",
             message: "tables.staff.rows[0].staff_number: holds a NUL character (U+0000); expected text"),
        Case(table: "staff", column: "name", value: "\"  \"",
             message: "tables.staff.rows[0]: Name: must not be empty"),
        Case(table: "cpd_activity", column: "title", value: "\"\"",
             message: "tables.cpd_activity.rows[0]: Title: must not be empty"),
        Case(table: "cpd_activity", column: "minutes", value: "600000",
             message: "tables.cpd_activity.rows[0]: Minutes: 600000 is not between 1 and 527040"),
        Case(table: "staff", column: "staff_number", value: "\"" + String(repeating: "9", count: 100_000) + "\"",
             message: "tables.staff.rows[0].staff_number: 100000 characters; expected at most 20 (Staff number)"),
        Case(table: "cpd_activity", column: "note", value: "\"" + String(repeating: "n", count: 1001) + "\"",
             message: "tables.cpd_activity.rows[0].note: 1001 characters; expected at most 1000 (Note)"),
        Case(table: "profession", column: "head_email", value: "\"not-an-email\"",
             message: "tables.profession.rows[0]: Email: "),
    ]

    @Test(arguments: cases)
    func refusesWhatTheStoreRefusesNamingTheRow(_ test: Case) throws {
        let file = try with(test.table, test.column, test.value)
        var message = ""
        do { try Store.restore(fromJSON: source(file), to: target, clock: fixedClock) } catch { message = "\(error)" }
        #expect(message.contains(test.message), "\(message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["in.json"])
    }

    @Test func theUnchangedFileRestores() throws {
        try Store.restore(fromJSON: source(JSONSerialization.data(withJSONObject: valid)), to: target, clock: fixedClock)
        #expect(FileManager.default.fileExists(atPath: target))
    }

    // MARK: - Helpers

    var target: String { folder.file("new.sqlite") }

    private func source(_ data: Data) throws -> String {
        let path = folder.file("in.json")
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The valid file with one cell of the table's first row replaced by `json` (JSON text, so
    /// that a NUL escape reaches the file as written).
    private func with(_ table: String, _ column: String, _ json: String) throws -> Data {
        var tables = valid["tables"] as! [String: Any]
        var entry = tables[table] as! [String: Any]
        let columns = entry["columns"] as! [String]
        var rows = entry["rows"] as! [[Any]]
        let marker = "\u{1}REPLACE\u{1}"
        rows[0][columns.firstIndex(of: column)!] = marker
        entry["rows"] = rows
        tables[table] = entry
        var file = valid
        file["tables"] = tables
        let text = String(decoding: try JSONSerialization.data(withJSONObject: file), as: UTF8.self)
        let escapedMarker = "\"\\u0001REPLACE\\u0001\""
        #expect(text.contains(escapedMarker))
        return Data(text.replacingOccurrences(of: escapedMarker, with: json).utf8)
    }
}
