import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// An old audit loaded with its dates shows as the past (DECISIONS 85): the quarter ends its
/// dates fall in are worked out from the dated records, and the days kept from live data move
/// by exactly what the import changed on them. Every figure worked out by hand.
@Suite struct ImportedHistoryTests {
    typealias Calendar = FigureHistoryTests.Calendar

    struct Setup {
        let store: Store
        let clock: Calendar
        let pol: Profession
        let analysis: Skill
    }

    /// Policy, one skill (Analysis, level 3 required at G7), three members at G7 (A, B, C) and a
    /// 10-hour CPD cycle from April. Live: A assessed L2 on 1 May 2025, a forum on 20 May, B
    /// assessed L3 on 1 July (whose write keeps 30 June).
    func setup() throws -> Setup {
        let clock = Calendar()
        clock.set("2025-05-10")
        let store = try Store.inMemory(clock: { clock.now })
        let basics = try Basics.write(into: store)
        let pol = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let g7 = basics.grade("G7")
        let analysis = try store.saveSkill(Skill(professionId: pol.id, name: "Analysis"), requirements: [(g7, 3)], by: user)
        _ = try store.saveCPDRequirement(CPDRequirement(professionId: pol.id, hoursPerCycle: 10, cycleStartMonth: 4), by: user)
        let a = try store.addStaff("A", grade: g7, department: basics.department.id, professions: [pol.id])
        let b = try store.addStaff("B", grade: g7, department: basics.department.id, professions: [pol.id])
        _ = try store.addStaff("C", grade: g7, department: basics.department.id, professions: [pol.id])
        _ = try store.assess(a, analysis, level: 2, on: "2025-05-01")
        clock.set("2025-05-20")
        _ = try store.saveForumDate(ForumDate(date: day("2025-05-20"), title: "Forum"), by: user)
        clock.set("2025-07-02")
        _ = try store.assess(b, analysis, level: 3, on: "2025-07-01")
        return Setup(store: store, clock: clock, pol: pol, analysis: analysis)
    }

    func history(_ s: Setup, _ figure: Figure) throws -> [String] {
        try s.store.history(professionId: s.pol.id, figure: figure).map { "\($0.day.iso) \($0.value.count)/\($0.value.base) \($0.reason.rawValue)" }
    }

    func importAssessments(_ s: Setup, _ rows: String) throws -> ImportOutcome {
        let text = "Staff number,Skill,Level,Date,Source\n" + rows
        return try s.store.importAssessments(reading: { CSVReader(bytes: Array(text.utf8)) }, file: "old-audit.csv")
    }

    @Test func anOldAuditFillsItsQuartersAndMovesTheDaysKeptByWhatItChanged() throws {
        let s = try setup()
        // Before: the forum (A below, of A assessed) and 30 June as the store stood then.
        #expect(try history(s, .skillsGap) == ["2025-05-20 1/1 forum", "2025-06-30 1/1 quarter"])
        #expect(try history(s, .auditCoverage) == ["2025-05-20 1/3 forum", "2025-06-30 1/3 quarter"])
        let outcome = try importAssessments(s, """
            A,Analysis,3,2024-02-01,panel
            B,Analysis,1,2024-11-15,panel
            C,Analysis,3,2024-11-20,panel
            C,Analysis,2,2025-06-01,line manager
            """)
        #expect(outcome.inserted == 4)
        // 31 Mar 2024: A at L3 meets it (0 below of 1), one member of three assessed.
        // 31 Dec 2024: A L3 meets, B L1 below, C L3 meets: 1 below of 3; all three assessed.
        // 20 May 2025 (forum): the import adds B below (L1 of Nov) and C meeting (L3 of Nov):
        //   kept 1/1 + (2/3 - 1/1) = 2/3; coverage 1/3 + 2 = 3/3.
        // 30 Jun 2025 (quarter): B's L3 of 1 July is after the day, so B below (L1), C below
        //   (L2 of 1 June): kept 1/1 + (3/3 - 1/1) = 3/3; coverage 3/3.
        #expect(try history(s, .skillsGap) == ["2024-03-31 0/1 records", "2024-12-31 1/3 records", "2025-05-20 2/3 forum",
                                               "2025-06-30 3/3 quarter"])
        #expect(try history(s, .skillGap(skillId: s.analysis.id)) == ["2024-03-31 0/1 records", "2024-12-31 1/3 records",
                                                                       "2025-05-20 2/3 forum", "2025-06-30 3/3 quarter"])
        #expect(try history(s, .auditCoverage) == ["2024-03-31 1/3 records", "2024-12-31 3/3 records", "2025-05-20 3/3 forum",
                                                   "2025-06-30 3/3 quarter"])
        // The live rows' other figures are as they were kept.
        #expect(try history(s, .cpdCompliance) == ["2025-05-20 0/3 forum", "2025-06-30 0/3 quarter"])
    }

    @Test func aDayKeptLiveMovesOnlyByTheImportsOwnChange() throws {
        let s = try setup()
        // A's L2 of 1 May stands as of both days kept; an older L3 of A changes nothing there,
        // and fills in 31 March 2025 (A meets it: 0 below of 1; one of three assessed).
        _ = try importAssessments(s, "A,Analysis,3,2025-01-10,panel\n")
        #expect(try history(s, .skillsGap) == ["2025-03-31 0/1 records", "2025-05-20 1/1 forum", "2025-06-30 1/1 quarter"])
        #expect(try history(s, .auditCoverage) == ["2025-03-31 1/3 records", "2025-05-20 1/3 forum", "2025-06-30 1/3 quarter"])
    }

    @Test func aBadFileChangesNoHistory() throws {
        let s = try setup()
        let before = try history(s, .skillsGap) + history(s, .auditCoverage)
        #expect(throws: ImportFailure.self) {
            try importAssessments(s, "A,Analysis,3,2024-02-01,panel\nB,Analysis,9,2024-11-15,panel\n")
        }
        #expect(try history(s, .skillsGap) + history(s, .auditCoverage) == before)
    }

    @Test func oldCPDFillsItsQuarterFromTheCycle() throws {
        let s = try setup()
        let text = "Staff number,Date,Minutes,Type,Title\nA,2024-05-05,600,course,Evidence course\n"
        _ = try s.store.importCSV(.cpd, reading: { CSVReader(bytes: Array(text.utf8)) }, file: "old-cpd.csv")
        // 30 Jun 2024 is inside the 2024 cycle (from April), which A's 10 hours complete: 1 of 3.
        // The days kept live keep their CPD figure (a cycle's total is not a day's).
        #expect(try history(s, .cpdCompliance) == ["2024-06-30 1/3 records", "2025-05-20 0/3 forum", "2025-06-30 0/3 quarter"])
    }
}
