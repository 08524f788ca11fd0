import Foundation
import HopModel
import Testing
@testable import HopStore

/// An import's new records wait to be written several to a statement (`BatchedInsert`) while
/// other rows of the same file update stored records: a store given a file of its own records,
/// with half of them gone and some levels, minutes and dates changed, ends up holding exactly
/// the file's records, with every summary as a rebuild makes it.
@Suite struct BatchedImportTests {
    /// Two stores from one seed: `source` with every record, and `target` with every second
    /// record of `table` gone (summaries rebuilt).
    func stores(_ table: String, staff: Int = 120) throws -> (source: Store, target: Store) {
        let source = try inMemoryStore(), target = try inMemoryStore()
        for store in [source, target] { try CivilServiceData.write(into: store, staff: staff, seed: 5, today: today) }
        try rawWrite(target, "DELETE FROM \(table) WHERE id % 2 = 0")
        try target.rebuildSummaries()
        return (source, target)
    }

    func csv(_ store: Store, _ table: CSVTable) throws -> [String] {
        var text = ""
        _ = try store.exportCSV(table) { text += $0 }
        return text.split(whereSeparator: \.isNewline).map(String.init)
    }

    func rows(_ store: Store, _ sql: String) throws -> [String] {
        try store.writer.read { db in try String.fetchAll(db, sql: sql) }.sorted()
    }

    @Test func assessmentsInsertedAndUpdatedInOneFile() throws {
        let (source, target) = try stores("assessment")
        var lines = try csv(source, .assessments)
        let header = lines.removeFirst()
        // Every 29th row's level changed: where the target still holds that record, an update.
        for i in stride(from: 0, to: lines.count, by: 29) {
            var fields = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[3] = fields[3] == "1" ? "2" : "1"
            lines[i] = fields.joined(separator: ",")
        }
        #expect(lines.count > BatchedInsert.rowsPerStatement * 4)
        let outcome = try target.importCSV(.assessments, reading: { CSVReader(bytes: Array(([header] + lines).joined(separator: "\n").utf8)) },
                                           file: "audit.csv")
        #expect(outcome.updated > 0 && outcome.inserted > outcome.updated)
        #expect(outcome.inserted + outcome.updated + outcome.unchanged == lines.count)
        // The target now holds the file's records: the source's, with the levels changed.
        let sql = """
            SELECT s.staff_number || ',' || k.name || ',' || a.level || ',' || a.date || ',' || a.source
            FROM assessment a JOIN staff s ON s.id = a.staff_id JOIN skill k ON k.id = a.skill_id
            """
        let changed = Set(stride(from: 0, to: lines.count, by: 29).map { lines[$0] })
        let expected = lines.map { line -> String in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return [f[0], f[2], f[3], f[4], AssessmentCSV.sources[CSVColumn.normalised(f[5])]?.rawValue ?? f[5]]
                .joined(separator: ",")
        }.sorted()
        #expect(try rows(target, sql) == expected, "\(changed.count) rows changed")
        #expect(try target.verifySummaries().isEmpty)
    }

    /// New staff go in with their memberships (written after them, as the memberships name
    /// them) while stored staff are updated.
    @Test func staffInsertedAndUpdatedInOneFile() throws {
        let source = try inMemoryStore(), target = try inMemoryStore()
        for store in [source, target] { try CivilServiceData.write(into: store, staff: 300, seed: 5, today: today) }
        try rawWrite(target, """
            DELETE FROM booking; DELETE FROM follow_up; DELETE FROM successor; UPDATE critical_post SET holder_id = NULL;
            DELETE FROM staff WHERE id % 2 = 0
            """)
        try target.rebuildSummaries()
        var lines = try csv(source, .staff)
        let header = lines.removeFirst()
        // Every 17th person renamed: where the target still holds them, an update.
        for i in stride(from: 0, to: lines.count, by: 17) {
            var fields = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[1] = "Renamed \(i)"
            lines[i] = fields.joined(separator: ",")
        }
        #expect(lines.count > BatchedInsert.rowsPerStatement * 4)
        let outcome = try target.importCSV(.staff, reading: { CSVReader(bytes: Array(([header] + lines).joined(separator: "\n").utf8)) },
                                           file: "staff.csv")
        #expect(outcome.inserted == lines.count / 2 && outcome.updated > 0)
        #expect(try csv(target, .staff).dropFirst().sorted() == lines.sorted())
        #expect(try rows(target, "SELECT staff_id || '/' || profession_id || '/' || is_primary FROM staff_profession").count
                == (try rows(source, "SELECT staff_id FROM staff_profession")).count)
        #expect(try target.verifySummaries().isEmpty)
    }

    @Test func cpdAndQualificationsInsertedAndUpdatedInOneFile() throws {
        // Qualifications are fewer: a larger store gives them more than two statements' worth.
        for (table, csvTable, changedColumn, staff) in [("cpd_activity", CSVTable.cpd, "minutes", 120),
                                                        ("qualification_held", .qualifications, "date", 600)] {
            let (source, target) = try stores(table, staff: staff)
            var lines = try csv(source, csvTable)
            let header = lines.removeFirst()
            let columns = header.split(separator: ",").map { $0.lowercased() }
            let column = try #require(columns.firstIndex(of: changedColumn), "\(header)")
            for i in stride(from: 0, to: lines.count, by: 23) {
                var fields = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                fields[column] = changedColumn == "minutes" ? "451" : "2020-01-0\(1 + i % 9)"
                lines[i] = fields.joined(separator: ",")
            }
            #expect(lines.count > BatchedInsert.rowsPerStatement * 2, "\(table)")
            let outcome = try target.importCSV(csvTable, reading: { CSVReader(bytes: Array(([header] + lines).joined(separator: "\n").utf8)) },
                                               file: "\(table).csv")
            #expect(outcome.inserted > 0 && outcome.inserted + outcome.updated + outcome.unchanged == lines.count, "\(table)")
            // Read back, the target's records are the file's.
            #expect(try csv(target, csvTable).dropFirst().sorted() == lines.sorted(), "\(table)")
            #expect(try target.verifySummaries().isEmpty, "\(table)")
        }
    }
}
