import Foundation
import HopModel
import Testing
@testable import HopStore

/// Restoring checks the whole file first and says what is wrong and where; a refused restore
/// leaves nothing behind.
@Suite struct RestoreTests {
    let folder: TemporaryDirectory
    let valid: [String: Any]

    init() throws {
        folder = try TemporaryDirectory()
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        _ = try store.addStaff("S1", grade: basics.grade("G7"), department: basics.department.id)
        valid = try JSONSerialization.jsonObject(with: Data(exportJSON(store).utf8)) as! [String: Any]
    }

    @Test func aValidFileRestores() throws {
        try restore(valid)
        #expect(FileManager.default.fileExists(atPath: target))
    }

    @Test func wrongFormatNameIsRefused() throws {
        var file = valid
        file["format"] = "spreadsheet"
        let message = try refusal(file)
        #expect(message.contains("the format is \"spreadsheet\", expected \"hopdash-store\""))
    }

    @Test func newerFormatVersionIsRefused() throws {
        var file = valid
        file["formatVersion"] = JSONStoreFormat.version + 1
        #expect(try refusal(file).contains("formatVersion \(JSONStoreFormat.version + 1) was written by a newer hopdash"))
    }

    @Test func newerSchemaVersionIsRefused() throws {
        var file = valid
        file["schemaVersion"] = Schema.version + 1
        #expect(try refusal(file).contains("schemaVersion \(Schema.version + 1) was written by a newer hopdash"))
    }

    @Test func notJSONIsRefusedSayingWhere() throws {
        try Data("{\"format\": \"hopdash-store\",\n\"formatVersion\": one}".utf8).write(to: URL(fileURLWithPath: source))
        #expect(try refusal().hasSuffix("in.json: not valid JSON (invalid value at line 2, column 18). Nothing was restored."))
    }

    @Test func anArrayIsNotAStore() throws {
        try Data("[1, 2]".utf8).write(to: URL(fileURLWithPath: source))
        #expect(try refusal().contains("this is not a hopdash store export (not a JSON object)"))
    }

    @Test func malformedRowsAreListedWithTheirPlace() throws {
        var file = valid
        var tables = file["tables"] as! [String: Any]
        var staff = tables["staff"] as! [String: Any]
        var rows = staff["rows"] as! [[Any]]
        let good = rows[0]
        var wrongType = good
        wrongType[1] = 42  // staff_number must be text
        var wrongCount = good
        wrongCount.removeLast()
        var duplicate = good  // the same id and staff number again
        duplicate[0] = good[0]
        var dangling = good
        dangling[0] = 99
        dangling[1] = "S99"
        dangling[4] = 12345  // no such department
        rows += [wrongType, wrongCount, duplicate, dangling]
        staff["rows"] = rows
        tables["staff"] = staff
        tables["nonsense"] = ["columns": ["a"], "rows": [[1]]]
        file["tables"] = tables
        let message = try refusal(file)
        #expect(message.contains("tables.staff.rows[1]: staff_number is a whole number, expected a string"))
        #expect(message.contains("tables.staff.rows[2]: 8 values, expected 9 (one per column)"))
        #expect(message.contains("tables.staff.rows[3]: UNIQUE constraint failed"))
        #expect(message.contains("tables.staff: a row (rowid 99) refers to a department that is not in the file"))
        #expect(message.contains("tables.nonsense: no such table"))
    }

    @Test func aValueOfNoJSONKindIsPlaced() throws {
        var file = valid
        var tables = file["tables"] as! [String: Any]
        var grade = tables["grade"] as! [String: Any]
        var rows = grade["rows"] as! [[Any]]
        rows[2][1] = ["nested"]
        grade["rows"] = rows
        tables["grade"] = grade
        file["tables"] = tables
        #expect(try refusal(file).contains("tables.grade.rows[2][1]"))
    }

    @Test func anExistingStoreIsNeverReplaced() throws {
        try Data("precious".utf8).write(to: URL(fileURLWithPath: target))
        try JSONSerialization.data(withJSONObject: valid).write(to: URL(fileURLWithPath: source))
        #expect(throws: JSONStoreError.exists(path: target)) {
            try Store.restore(fromJSON: source, to: target, clock: fixedClock)
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious")
    }

    /// A file of the current schema holds every record table, empty or not: one that lacks
    /// some is refused, naming each, instead of restoring them empty.
    @Test func aCurrentFileWithoutSomeTablesIsRefusedNamingThem() throws {
        var file = valid
        var tables = file["tables"] as! [String: Any]
        for name in ["movement", "departmental_lead", "change_log"] { tables[name] = nil }
        file["tables"] = tables
        let message = try refusal(file)
        #expect(message.contains("tables: missing change_log, departmental_lead, movement (an export of schema \(Schema.version)"))
    }

    /// An older file holds the tables of its own schema; those added since are restored empty,
    /// as migrating the old store would leave them.
    @Test func anOlderFileRestoresWithTheTablesAddedSinceEmpty() throws {
        var file = valid
        var tables = file["tables"] as! [String: Any]
        for name in ["movement", "departmental_lead", "seminar_setting", "seminar_lock", "critical_post", "successor"] {
            tables[name] = nil
        }
        file["tables"] = tables
        file["schemaVersion"] = 2
        try restore(file)
        let restored = try Store.open(path: target, mode: .readOnly)
        #expect(try rawInt(restored, "SELECT COUNT(*) FROM staff") == 1)
        #expect(try rawInt(restored, "SELECT COUNT(*) FROM movement") == 0)
    }

    @Test func anOlderFileWithoutATableOfItsSchemaIsRefused() throws {
        var file = valid
        var tables = file["tables"] as! [String: Any]
        for name in ["movement", "departmental_lead", "seminar_setting", "seminar_lock", "critical_post", "successor",
                     "cpd_activity"] { tables[name] = nil }
        file["tables"] = tables
        file["schemaVersion"] = 2
        #expect(try refusal(file).contains("tables: missing cpd_activity (an export of schema 2"))
    }

    /// Schema 2 gave grades a version: a schema 2 file must carry it, a schema 1 file cannot.
    @Test func anOlderFileMustHoldTheColumnsOfItsSchema() throws {
        var file = valid
        var tables = file["tables"] as! [String: Any]
        for name in ["movement", "departmental_lead", "seminar_setting", "seminar_lock", "critical_post", "successor"] {
            tables[name] = nil
        }
        var grade = tables["grade"] as! [String: Any]
        let columns = grade["columns"] as! [String]
        let version = try #require(columns.firstIndex(of: "version"))
        grade["columns"] = columns.enumerated().filter { $0.offset != version }.map(\.element)
        grade["rows"] = (grade["rows"] as! [[Any]]).map { $0.enumerated().filter { $0.offset != version }.map(\.element) }
        tables["grade"] = grade
        file["tables"] = tables
        file["schemaVersion"] = 2
        #expect(try refusal(file).contains("tables.grade.columns: missing version"))
        file["schemaVersion"] = 1
        try restore(file)
        #expect(try rawInt(Store.open(path: target, mode: .readOnly), "SELECT MIN(version) FROM grade") == 1)
    }

    @Test func aSchemaVersionBelowOneIsRefused() throws {
        var file = valid
        file["schemaVersion"] = 0
        #expect(try refusal(file).contains("schemaVersion 0 is not one hopdash writes (1 to \(Schema.version))"))
    }

    // MARK: - Helpers

    var source: String { folder.file("in.json") }
    var target: String { folder.file("new.sqlite") }

    private func restore(_ object: [String: Any]) throws {
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: source))
        try Store.restore(fromJSON: source, to: target, clock: fixedClock)
    }

    /// The message of a refused restore, after checking that it left nothing behind.
    private func refusal(_ object: [String: Any]? = nil) throws -> String {
        if let object { try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: source)) }
        var message = ""
        do {
            try Store.restore(fromJSON: source, to: target, clock: fixedClock)
        } catch {
            message = "\(error)"
        }
        #expect(!message.isEmpty, "the restore was accepted")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["in.json"])
        return message
    }
}
