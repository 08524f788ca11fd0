import Testing
@testable import HopModel

@Suite struct MovementReportTests {
    static let policy: RowID = 1, finance: RowID = 2, hr: RowID = 3
    /// A quarter from April to June; the last twelve months run from 2024-06-16.
    static let today = Day(iso: "2025-06-15")!

    static func d(_ iso: String) -> Day { Day(iso: iso)! }

    static func move(_ staff: RowID, _ from: RowID?, _ to: RowID?, _ start: String) -> MovementFact {
        MovementFact(staffId: staff, type: .profession, fromProfessionId: from, toProfessionId: to, start: d(start))
    }

    static func placement(_ staff: RowID, _ type: MovementType, _ start: String, _ end: String?) -> MovementFact {
        MovementFact(staffId: staff, type: type, start: d(start), end: end.map(d))
    }

    /// Profession moves and Policy members' placements, each chosen to sit on or near a boundary.
    static let facts: [MovementFact] = [
        move(1, policy, finance, "2025-01-10"),
        move(2, policy, finance, "2024-09-01"),
        move(3, finance, policy, "2024-06-16"),   // the first day of the twelve months
        move(4, policy, hr, "2024-06-15"),        // the day before: not counted
        move(5, nil, policy, "2025-03-01"),       // joined from outside: a joiner, no flow
        move(6, policy, finance, "2025-02-01"),
        move(6, finance, policy, "2025-05-01"),   // and back: a leaver and a joiner
        placement(7, .secondment, "2025-01-01", "2025-12-31"),
        placement(8, .secondment, "2024-10-01", "2025-06-30"),   // ends this quarter
        placement(9, .loan, "2024-12-01", nil),
        placement(9, .returned, "2025-05-20", nil),              // back early, this quarter
        placement(10, .loan, "2025-07-01", "2026-06-30"),        // not started yet
        placement(11, .shadowing, "2025-06-10", "2025-06-20"),
        placement(12, .shadowing, "2024-01-01", "2024-01-05"),   // long past
    ]

    @Test func policyFiguresByHand() {
        let requirement = CPDRequirement(professionId: Self.policy, hoursPerCycle: 30, countedTypes: [.course, .jobShadowing])
        let report = MovementReport(professionId: Self.policy, facts: Self.facts, cpdRequirement: requirement, today: Self.today)
        // Joined: 3, 5, 6. Left: 1, 2, 6 (4 left a day too early).
        #expect(report.joiners == 3)
        #expect(report.leavers == 3)
        // Away now: 7 and 8 on secondment; 9 came back from loan, 10 has not gone yet.
        #expect(report.secondedNow == 2)
        #expect(report.onLoanNow == 0)
        #expect(report.awayNow == 2)
        #expect(report.shadowingNow == 1)
        // Returning this quarter: 8 (ends 30 June) and 9 (returned 20 May).
        #expect(report.returningThisQuarter == 2)
        // Placements started in the twelve months: 7, 8, 9, 11; only shadowing counts as CPD here.
        #expect(report.placementsLastYear == 4)
        #expect(report.placementsCountingAsCPD == 1)
        // Flows: Policy to Finance 1, 2, 6; Finance to Policy 3, 6.
        #expect(report.flowsOut == [ProfessionFlow(from: Self.policy, to: Self.finance, people: 3)])
        #expect(report.flowsIn == [ProfessionFlow(from: Self.finance, to: Self.policy, people: 2)])
        #expect(!report.isEmpty)
    }

    @Test func secondmentCountsAsCPDWhereTheRequirementSaysSo() {
        let both = CPDRequirement(professionId: Self.policy, hoursPerCycle: 30, countedTypes: [.secondment, .jobShadowing])
        #expect(MovementReport(professionId: Self.policy, facts: Self.facts, cpdRequirement: both, today: Self.today)
            .placementsCountingAsCPD == 4)
        #expect(MovementReport(professionId: Self.policy, facts: Self.facts, cpdRequirement: nil, today: Self.today)
            .placementsCountingAsCPD == 0)
    }

    @Test func flowsBetweenEveryProfessionLargestFirst() {
        let flows = MovementReport.flows(Self.facts + [Self.move(13, Self.hr, Self.finance, "2025-04-01")],
                                         in: MovementReport.lastYear(Self.today))
        #expect(flows == [ProfessionFlow(from: Self.policy, to: Self.finance, people: 3),
                          ProfessionFlow(from: Self.finance, to: Self.policy, people: 2),
                          ProfessionFlow(from: Self.hr, to: Self.finance, people: 1)])
    }

    @Test func periods() {
        #expect(MovementReport.lastYear(Self.today) == Self.d("2024-06-16")...Self.d("2025-06-15"))
        #expect(MovementReport.quarter(containing: Self.today) == Self.d("2025-04-01")...Self.d("2025-06-30"))
        #expect(MovementReport.quarter(containing: Self.d("2025-12-31")) == Self.d("2025-10-01")...Self.d("2025-12-31"))
        #expect(MovementReport.quarter(containing: Self.d("2024-02-29")) == Self.d("2024-01-01")...Self.d("2024-03-31"))
    }

    @Test func nothingRecordedIsEmpty() {
        let report = MovementReport(professionId: Self.hr, facts: [], cpdRequirement: nil, today: Self.today)
        #expect(report.isEmpty)
        #expect(report.flowsIn.isEmpty && report.flowsOut.isEmpty)
    }
}
