import Foundation
import HopModel
import Testing
@testable import HopStore

/// Collation tells its progress: the people's records copied (staff, memberships, assessments,
/// CPD, qualifications, movements, follow-ups, bookings) against all the inputs hold, from none
/// as the copy starts to all of them before the summaries are rebuilt.
@Suite struct CollationProgressTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    /// Two stores made by hand. A: two people in POL (2 staff, 2 memberships), three assessments
    /// and one CPD activity: 8 rows. B: one person in POL (2 rows) with one CPD activity: 3 rows.
    /// Together 11, fewer than a report's step, so the first report and the last are all.
    @Test func twoSmallStoresReportNoneThenEveryRowCopied() throws {
        let a = try handBuiltStore("a.sqlite", department: "DFA", people: [("DFA1", 2, 1), ("DFA2", 1, 0)])
        let b = try handBuiltStore("b.sqlite", department: "DFB", people: [("DFB1", 0, 1)])
        var reports: [(rows: Int, share: Double?)] = []
        let summary = try Store.collate([a, b], into: folder.file("c.sqlite"), clock: fixedClock) { reports.append(($0, $1)) }
        #expect(summary.staff == 3)
        #expect(reports.map(\.rows) == [0, 11])
        #expect(reports.map(\.share) == [0, 1])
        // The 11 are the rows the collated store holds in those tables.
        let c = try Store.open(path: folder.file("c.sqlite"), mode: .readOnly)
        #expect(try peopleRows(c) == 11)
    }

    /// Demo stores for two departments: more rows than a report's step, so reports come as the
    /// copy goes, never backwards, each the share of the whole, ending at every row the
    /// collated store holds.
    @Test func demoStoresReportAsTheyGoUpToEveryRow() throws {
        let a = try demoStore("a.sqlite", department: Department(code: "DFA", name: "Department for Fictional Affairs"))
        let b = try demoStore("b.sqlite", department: Department(code: "DFB", name: "Department for Fabled Business"))
        var reports: [(rows: Int, share: Double?)] = []
        try Store.collate([a.path, b.path], into: folder.file("c.sqlite"), clock: fixedClock) { reports.append(($0, $1)) }
        let c = try Store.open(path: folder.file("c.sqlite"), mode: .readOnly)
        let total = try peopleRows(a) + peopleRows(b)
        #expect(total > 2 * 4_096)
        #expect(try peopleRows(c) == total)
        #expect(reports.count >= 4)
        #expect(reports.first?.rows == 0)
        #expect(reports.last?.rows == total)
        #expect(reports.last?.share == 1)
        #expect(reports.map(\.rows) == reports.map(\.rows).sorted())
        for report in reports.dropLast() {
            let share = try #require(report.share)
            #expect(abs(share - Double(report.rows) / Double(total)) < 1e-9)
        }
    }

    /// Without a listener nothing is reported and the collation is the same.
    @Test func noListenerStillCollates() throws {
        let a = try handBuiltStore("a.sqlite", department: "DFA", people: [("DFA1", 1, 1)])
        #expect(try Store.collate([a], into: folder.file("c.sqlite"), clock: fixedClock).staff == 1)
    }

    /// The rows of the tables progress counts, counted on their own.
    private func peopleRows(_ store: Store) throws -> Int {
        try ["staff", "staff_profession", "assessment", "cpd_activity", "qualification_held", "movement", "follow_up", "booking"]
            .map { try rawInt(store, "SELECT COUNT(*) FROM \($0)") }.reduce(0, +)
    }

    /// One department, the profession POL with the skill Drafting, and each person (staff
    /// number, assessments of Drafting, CPD activities) a member of POL.
    private func handBuiltStore(_ name: String, department code: String, people: [(String, Int, Int)]) throws -> String {
        let path = folder.file(name)
        let store = try Store.open(path: path, mode: .createIfMissing, clock: fixedClock)
        let department = try store.saveDepartment(Department(code: code, name: "Department \(code)"), by: user)
        let grade = try store.saveGrade(Grade(code: "G7", name: "Grade 7", rank: 1), by: user)
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let drafting = try store.saveSkill(Skill(professionId: profession.id, name: "Drafting"), by: user)
        for (number, assessments, activities) in people {
            let member = try store.addStaff(number, grade: grade.id, department: department.id, professions: [profession.id])
            for month in 0..<assessments { _ = try store.assess(member, drafting, level: 2, on: "2025-0\(month + 1)-01") }
            for _ in 0..<activities { _ = try store.logCPD(member, .course, minutes: 60, on: "2025-05-01") }
        }
        return path
    }

    /// The demo at a tenth of its size, for another department.
    private func demoStore(_ name: String, department: Department) throws -> Store {
        let store = try Store.open(path: folder.file(name), mode: .createIfMissing, clock: fixedClock)
        try store.bulkLoad(by: "demo") { writer in
            var generator = DemoGenerator(writer: writer, random: DemoRandom(seed: 1), today: today, department: department)
            try generator.run(DemoProfession.all, headcounts: DemoProfession.all.map { max(3, $0.headcount / 10) })
        }
        return store
    }
}
