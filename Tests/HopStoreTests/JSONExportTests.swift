import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// The whole store as JSON: read back into an empty store, it gives the same bytes again.
@Suite struct JSONExportTests {
    @Test func demoStoreRoundTripsByteForByte() throws {
        let folder = try TemporaryDirectory()
        let original = try Store.open(path: folder.file("demo.sqlite"), mode: .createIfMissing, clock: fixedClock)
        try DemoData.write(into: original, seed: DemoData.defaultSeed, today: today, scale: 0.2)
        try expectRoundTrip(original, in: folder)
    }

    @Test func generatedStoreRoundTripsByteForByte() throws {
        let folder = try TemporaryDirectory()
        let original = try Store.open(path: folder.file("generated.sqlite"), mode: .createIfMissing, clock: fixedClock)
        try CivilServiceData.write(into: original, staff: 150, seed: 3, today: today)
        // Edits leave versions above 1 and change-log entries with before and after.
        let member = try #require(try original.staffPage(professionId: nil, limit: 1).first)
        _ = try original.saveStaff(StaffMember(id: member.id, staffNumber: member.staffNumber, name: "Quote \" back\\slash\nnewline é",
                                               gradeId: member.gradeId, departmentId: member.departmentId,
                                               post: "tab\there", version: member.version), by: user)
        try expectRoundTrip(original, in: folder)
    }

    /// A value the JSON form cannot carry is refused, saying where, never written as null.
    @Test func valuesJSONCannotCarryAreRefused() throws {
        #expect(try Store.jsonValue(2.5.databaseValue, table: "t", column: "c") == "2.5")
        #expect(throws: JSONStoreError.unsupportedValue(table: "t", column: "c", reason: "not a number (NaN)")) {
            try Store.jsonValue(Double.nan.databaseValue, table: "t", column: "c")
        }
        #expect(throws: JSONStoreError.unsupportedValue(table: "t", column: "c", reason: "an infinite number")) {
            try Store.jsonValue((-Double.infinity).databaseValue, table: "t", column: "c")
        }
        #expect(throws: JSONStoreError.unsupportedValue(table: "t", column: "c", reason: "binary data (a BLOB)")) {
            try Store.jsonValue(Data([1, 2]).databaseValue, table: "t", column: "c")
        }
        let message = "\(JSONStoreError.unsupportedValue(table: "t", column: "c", reason: "binary data (a BLOB)"))"
        #expect(message == "The store holds a value in t.c that the JSON form cannot carry (binary data (a BLOB)); the export stopped there and is incomplete (an --out file is left as it was).")
    }

    /// The byte path quotes every text exactly as `LoggedJSON.quoted` does.
    @Test func textIsQuotedFromBytesAsFromStrings() {
        let pieces = ["a", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}x", "\u{7}", "\u{7F}", "\u{85}", "é", "字", "👩‍🔬",
                      "\u{202E}", "\u{2069}", "2025-06-15"]
        for first in pieces {
            for second in pieces {
                let text = first + second + "z"
                var out: [UInt8] = []
                var bytes = Array(text.utf8)
                bytes.withUnsafeMutableBufferPointer { LoggedJSON.appendQuoted(UnsafeBufferPointer($0), to: &out) }
                // SQLite hands over C strings: the text ends at a NUL, as `String(cString:)` reads it.
                let expected = LoggedJSON.quoted(String(text.prefix { $0 != "\u{0}" }))
                #expect(String(decoding: out, as: UTF8.self) == expected, "\(text.debugDescription)")
            }
        }
    }

    /// An error from the caller's output is passed on as it is, not as a store error.
    @Test func anOutputErrorIsPassedOn() throws {
        struct Full: Error, Equatable {}
        let store = try inMemoryStore()
        #expect(throws: Full()) { try store.exportJSON { _ in throw Full() } }
    }

    /// Every table in the schema is in the export, except the derived summaries and GRDB's
    /// list of migrations (the documented exclusions).
    @Test func everyRecordTableIsExported() throws {
        let store = try inMemoryStore()
        let tables = try exportedObject(store)["tables"] as! [String: Any]
        let schemaTables = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        }
        let documentedExclusions: Set = ["sum_membership", "sum_skill_level", "sum_cpd_cover", "sum_cpd_type", "sum_below", "sum_cpd_member",
                                          "sum_qual_held", "sum_qual_member", "sum_dept_membership", "sum_dept_skill_level",
                                          "sum_dept_cpd_cover", "sum_dept_cpd_type", "sum_dept_qual_held", "sum_dept_qual_member",
                                          "sum_dept_staff", "sum_movement", "grdb_migrations"]
        #expect(Set(tables.keys) == Set(schemaTables).subtracting(documentedExclusions))
        #expect(Set(RecordKind.allCases.map(\.table) + ["change_log", "store_meta"]).isSubset(of: tables.keys))
    }

    @Test func headerNamesFormatAndVersions() throws {
        let object = try exportedObject(try inMemoryStore())
        #expect(object["format"] as? String == "hopdash-store")
        #expect(object["formatVersion"] as? Int == JSONStoreFormat.version)
        #expect(object["schemaVersion"] as? Int == Schema.version)
    }

    @Test func textIsEscapedOnlyWhereJSONRequires() {
        #expect(LoggedJSON.quoted("a\"b\\c\nd\u{1}é€") == "\"a\\\"b\\\\c\\nd\\u0001é€\"")
    }

    // MARK: - Helpers

    private func expectRoundTrip(_ original: Store, in folder: TemporaryDirectory) throws {
        let first = try exportJSON(original)
        let file = folder.file("store.json")
        try first.write(toFile: file, atomically: false, encoding: .utf8)
        let restoredPath = folder.file("restored.sqlite")
        try Store.restore(fromJSON: file, to: restoredPath, clock: fixedClock)
        let restored = try Store.open(path: restoredPath, mode: .readOnly)
        #expect(try exportJSON(restored) == first)
        #expect(try fingerprint(restored) == fingerprint(original))
        #expect(try restored.verifySummaries().isEmpty)
        #expect(try permissions(restoredPath) == 0o600)
    }

    private func exportedObject(_ store: Store) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(exportJSON(store).utf8)) as! [String: Any]
    }
}

func exportJSON(_ store: Store) throws -> String {
    var text = ""
    try store.exportJSON { text += $0 }
    return text
}
