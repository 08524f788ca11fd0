import Foundation
import HopModel
import Testing
@testable import HopStore

/// A restore reads the file a row at a time: a problem names its line as well as its JSON path,
/// a file broken after its rows restores nothing, and a file laid out in another order (tables
/// before the header, rows before columns) restores the same store.
@Suite struct StreamingRestoreTests {
    let folder: TemporaryDirectory
    let export: String

    init() throws {
        folder = try TemporaryDirectory()
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        _ = try store.addStaff("S1", grade: basics.grade("G7"), department: basics.department.id)
        export = try exportJSON(store)
    }

    @Test func aRowProblemNamesItsLine() throws {
        let lines = export.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("\"S1\"") })
        let broken = lines.enumerated().map { $0.offset == line ? $0.element.replacingOccurrences(of: "\"S1\"", with: "42") : $0.element }
        let message = try refusal(broken.joined(separator: "\n"))
        #expect(message.contains("in.json: line \(line + 1): tables.staff.rows[0]: staff_number is a whole number, expected a string"))
    }

    /// Every row is in before the end of the file is read: the cut end must still undo them all.
    @Test func aFileCutAfterItsRowsRestoresNothing() throws {
        let cut = String(export.dropLast("}\n}\n".count))
        let lineCount = cut.components(separatedBy: "\n").count
        let message = try refusal(cut)
        #expect(message.contains("not valid JSON (unexpected end of file at line \(lineCount)"), "\(message)")
    }

    @Test func textAfterTheStoreIsRefused() throws {
        #expect(try refusal(export + "{}").contains("not valid JSON (unexpected text after the end of the JSON value"))
    }

    @Test func tablesBeforeTheHeaderAndRowsBeforeColumnsRestoreTheSameStore() throws {
        let object = try JSONSerialization.jsonObject(with: Data(export.utf8)) as! [String: Any]
        let tables = object["tables"] as! [String: [String: Any]]
        func json(_ value: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]), as: UTF8.self)
        }
        var text = "{\"tables\": {"
        text += try tables.keys.sorted().reversed().map { name in
            "\(try json(name)): {\"rows\": \(try json(tables[name]!["rows"]!)), \"note\": [1, {\"a\": null}], "
                + "\"columns\": \(try json(tables[name]!["columns"]!))}"
        }.joined(separator: ",\n")
        text += "}, \"schemaVersion\": \(object["schemaVersion"]!), \"formatVersion\": \(object["formatVersion"]!), "
            + "\"format\": \"hopdash-store\"}"
        try Data(text.utf8).write(to: URL(fileURLWithPath: source))
        try Store.restore(fromJSON: source, to: target, clock: fixedClock)
        #expect(try exportJSON(Store.open(path: target, mode: .readOnly)) == export)
    }

    @Test func progressCountsTheRowsAndReachesTheEnd() throws {
        try Data(export.utf8).write(to: URL(fileURLWithPath: source))
        var last = (rows: 0, fraction: 0.0)
        try Store.restore(fromJSON: source, to: target, clock: fixedClock) { rows, fraction in last = (rows, fraction) }
        let rowLines = export.components(separatedBy: "\n").filter { $0.hasPrefix("[") }.count
        #expect(last.rows == rowLines)
        #expect(last.fraction == 1)
    }

    // MARK: - Helpers

    var source: String { folder.file("in.json") }
    var target: String { folder.file("new.sqlite") }

    /// The message of a refused restore, after checking that it left nothing behind.
    private func refusal(_ text: String) throws -> String {
        try Data(text.utf8).write(to: URL(fileURLWithPath: source))
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
