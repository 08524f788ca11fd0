import HopModel
import Testing
@testable import HopStore

/// Exports tell their progress: rows written so far against every row the export will write.
@Suite struct ExportProgressTests {
    @Test func theJSONExportCountsEveryRowItWrites() throws {
        let store = try inMemoryStore()
        try CivilServiceData.write(into: store, staff: 300, seed: 3, today: today)
        var lines: [String] = []
        var reports: [(rows: Int, share: Double?)] = []
        try store.exportJSON(progress: { reports.append(($0, $1)) }) { lines.append(contentsOf: $0.split(separator: "\n").map(String.init)) }
        // One row a line: each starts with "[" and is not a table's empty "rows": [] line.
        let rows = lines.filter { $0.hasPrefix("[") && $0 != "[" }.count
        #expect(rows > 4_096)
        #expect(reports.count >= 2)
        #expect(reports.last?.rows == rows)
        #expect(reports.last?.share == 1)
        #expect(reports.map(\.rows) == reports.map(\.rows).sorted())
        // Every report before the last is a share of the counted rows, never past the whole.
        for report in reports.dropLast() {
            let share = try #require(report.share)
            #expect(abs(share - Double(report.rows) / Double(rows)) < 1e-9)
        }
    }

    @Test func theCSVExportCountsItsRecords() throws {
        let store = try inMemoryStore()
        try CivilServiceData.write(into: store, staff: 800, seed: 3, today: today)
        var lines = 0
        var reports: [(rows: Int, share: Double?)] = []
        try store.exportCSV(.assessments, progress: { reports.append(($0, $1)) }) { _ in lines += 1 }
        #expect(lines - 1 > 4_096)
        #expect(reports.last?.rows == lines - 1)
        #expect(reports.last?.share == 1)
        #expect(reports.dropLast().allSatisfy { ($0.share ?? 2) < 1 })
    }

    /// An empty table: nothing to share out, so the share is unknown, not a division by zero.
    @Test func anEmptyTableReportsNoShare() throws {
        let store = try inMemoryStore()
        var reports: [(rows: Int, share: Double?)] = []
        try store.exportCSV(.qualifications, progress: { reports.append(($0, $1)) }) { _ in }
        #expect(reports.count == 1)
        #expect(reports.first?.rows == 0)
        #expect(reports.first?.share == nil)
    }
}
