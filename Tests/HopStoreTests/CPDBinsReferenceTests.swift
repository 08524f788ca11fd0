import GRDB
import HopModel
import Testing
@testable import HopStore

/// The dashboard reads the CPD histogram a bin per category (computed in SQL for the day);
/// `CPDReport` on those bins must count what it counts on every exact total, on every day of
/// a cycle, for the whole store, one profession and each department.
@Suite struct CPDBinsReferenceTests {
    /// The histogram's rows of the profession's current cycle as stored, one bin per exact total.
    static func exactBins(_ store: Store, _ data: ProfessionData, department: RowID? = nil) throws -> [CPDHistogramBin] {
        guard let cycle = data.cpdCycleYear else { return [] }
        let table = department == nil ? "sum_cpd_hist" : "sum_dept_cpd_hist"
        let condition = department == nil ? "" : "AND department_id = \(department!)"
        return try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT minutes, SUM(n) AS n, start_month, fte_hundredths FROM \(table)
                WHERE profession_id = ? AND cycle_year = ? \(condition)
                GROUP BY minutes, start_month, fte_hundredths ORDER BY minutes, start_month, fte_hundredths
                """, arguments: [data.profession.id, cycle]).map { row in
                CPDHistogramBin(minutes: row["minutes"], staff: row["n"], startMonth: row["start_month"],
                                fte: FullTimeEquivalent(hundredths: row["fte_hundredths"])!)
            }
        }
    }

    static func check(_ store: Store, _ read: ProfessionData, day: Day, department: RowID? = nil) throws {
        guard let report = CPDReport(data: read, today: day) else { return }
        var exact = read
        exact.cpdHistogram = try exactBins(store, read, department: department)
        #expect(report.counts == CPDReport(data: exact, today: day)?.counts, "\(read.profession.code) on \(day.iso)")
        #expect(read.cpdHistogram.count <= exact.cpdHistogram.count)
    }

    @Test func binsPerCategoryCountAsEveryTotalDoes() throws {
        let store = try inMemoryStore()
        try CivilServiceData.write(into: store, staff: 400, seed: 9, today: today)
        var days: [Day] = []
        var day = today.adding(months: -14)
        while day <= today.adding(months: 2) { days.append(day); day = day.adding(days: 17) }
        var compared = 0
        for day in days {
            for data in try store.allProfessionData(today: day) where data.cpdRequirement != nil {
                try Self.check(store, data, day: day)
                compared += 1
            }
        }
        #expect(compared > 0)
        let first = try #require(try store.allProfessionData(today: today).first { $0.cpdRequirement != nil && !$0.cpdHistogram.isEmpty })
        try Self.check(store, try store.professionData(id: first.profession.id, today: today), day: today)
        for department in try store.departmentData(today: today) {
            for data in department.professions {
                try Self.check(store, data, day: today, department: department.department.id)
            }
        }
    }
}
