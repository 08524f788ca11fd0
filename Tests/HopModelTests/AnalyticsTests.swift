import Testing
@testable import HopModel

@Suite struct SkillGapTests {
    @Test func belowRequirementAndShortfallByHand() {
        let report = SkillGapReport(data: Sample.data())
        let evidence = try! #require(report.rows.first { $0.skill.name == "Evidence" })
        // G7 requires 3: L2 x4 below (1 short each); SEO requires 2: L1 x2 below (1 short each).
        #expect(evidence.assessed == 15)
        #expect(evidence.below == 6)
        #expect(evidence.belowRatio == Ratio(6, of: 15))
        #expect(evidence.belowRatio.percent == 40)
        #expect(evidence.meanShortfall == 1.0)
        let g7 = try! #require(evidence.cells.first { $0.gradeId == Sample.g7 })
        #expect(g7.levelCounts == [0, 4, 5, 1])
        #expect(g7.belowRatio == Ratio(4, of: 10))
    }

    @Test func skillNotRequiredHasNoBaseAndNoShortfall() {
        let report = SkillGapReport(data: Sample.data())
        let drafting = try! #require(report.rows.first { $0.skill.name == "Drafting" })
        #expect(drafting.assessed == 7)
        #expect(drafting.below == 0)
        #expect(drafting.belowRatio.fraction == nil)
        #expect(drafting.meanShortfall == nil)
    }

    @Test func coverageAndLargestGap() {
        let report = SkillGapReport(data: Sample.data())
        #expect(report.coverage == Ratio(15, of: 18))
        #expect(report.neverAssessed == 3)
        #expect(report.largestGap?.skill.name == "Evidence")
        // Only grades with members or requirements are heat-map columns.
        #expect(report.grades.map(\.code) == ["SEO", "G7"])
    }

    @Test func emptyProfessionDividesByNothing() {
        let empty = ProfessionData(profession: Profession(code: "NEW", name: "New"), grades: Sample.grades)
        let report = SkillGapReport(data: empty)
        #expect(report.rows.isEmpty)
        #expect(report.coverage.fraction == nil)
        #expect(report.coverage.percent == nil)
        #expect(report.largestGap == nil)
    }
}

@Suite struct CPDTests {
    @Test func proRataCategoriesByHand() throws {
        // Cycle 1 Apr 2026 - 31 Mar 2027 (365 days); 1 Oct 2026 is day 184.
        // Pro rata = 1800 × 184 / 365 = 907.4 minutes: 908 is on track, 907 is behind.
        let report = try #require(CPDReport(data: Sample.data(), today: Sample.today))
        #expect(report.cycleStart == Day(iso: "2026-04-01"))
        #expect(report.cycleEnd == Day(iso: "2027-03-31"))
        #expect(abs(report.proRataMinutes - 1800.0 * 184 / 365) < 1e-9)
        #expect(report.counts[.completed] == 2)
        #expect(report.counts[.onTrack] == 4)
        #expect(report.counts[.behind] == 5)
        #expect(report.counts[.noneLogged] == 18 - (2 + 3 + 1 + 1 + 4))
        #expect(report.compliant == Ratio(6, of: 18))
        #expect(report.typeTotals.first?.type == .secondment)
        #expect(report.qualifications.map(\.grade) == ["G7"])
    }

    @Test func noRequirementMeansNoReport() {
        var data = Sample.data()
        data.cpdRequirement = nil
        #expect(CPDReport(data: data, today: Sample.today) == nil)
    }

    @Test func noMembersGivesNoPercentages() throws {
        var data = Sample.data()
        data.membership = []
        data.cpdCoverage = []
        let report = try #require(CPDReport(data: data, today: Sample.today))
        #expect(report.compliant.percent == nil)
        #expect(report.ratio(.noneLogged).fraction == nil)
    }

    @Test func lastDayOfCycleNeedsTheFullHours() throws {
        let report = try #require(CPDReport(data: Sample.data(), today: Day(iso: "2027-03-31")!))
        #expect(report.elapsedFraction == 1)
        #expect(report.counts[.onTrack] == 0)
        #expect(report.counts[.completed] == 2)
    }
}

@Suite struct ChecklistAndMaturityTests {
    let framework = Framework.embedded

    @Test func progressOverdueAndUnowned() {
        let report = ChecklistReport(framework: framework, entries: Sample.data().checklist, professionId: 1, today: Sample.today)
        // Area 1 has C01-C03: one done, one in progress, one not applicable.
        let planning = report.areas[0]
        #expect(planning.ratio == Ratio(1, of: 2))
        #expect(planning.inProgress == 1)
        // Every other item has no entry: not started, unowned.
        #expect(report.overall == Ratio(1, of: framework.checklist.count - 1))
        #expect(report.overdue.map(\.item.id) == ["C02"])
        #expect(report.unowned.count == framework.checklist.count - 2)
    }

    @Test func evidencedLevelAndFlaggedGap() {
        let data = Sample.data()
        let checklist = ChecklistReport(framework: framework, entries: data.checklist, professionId: 1, today: Sample.today)
        let report = MaturityReport(framework: framework, assessments: data.maturity, checklist: checklist)
        // Area 1: 1 of 2 applicable done -> 1 + ⌊4 × 1/2⌋ = 3; self L4 -> gap +1, not flagged; rising.
        #expect(report.areas[0].evidenced == 3)
        #expect(report.areas[0].selfAssessed == 4)
        #expect(report.areas[0].gap == 1)
        #expect(!report.areas[0].isFlagged)
        #expect(report.areas[0].trend == 2)
        // Area 2: nothing done -> L1; self L3 -> gap +2, flagged.
        #expect(report.areas[1].evidenced == 1)
        #expect(report.areas[1].isFlagged)
        // Area 3: never assessed.
        #expect(report.areas[2].selfAssessed == nil)
        #expect(report.areas[2].gap == nil)
    }

    @Test func evidencedLevelBoundaries() {
        #expect(MaturityReport.evidencedLevel(Ratio(0, of: 4)) == 1)
        #expect(MaturityReport.evidencedLevel(Ratio(1, of: 4)) == 2)
        #expect(MaturityReport.evidencedLevel(Ratio(3, of: 4)) == 4)
        #expect(MaturityReport.evidencedLevel(Ratio(4, of: 4)) == 5)
        #expect(MaturityReport.evidencedLevel(Ratio(0, of: 0)) == nil)
    }

    @Test func overviewSortsMissingFiguresLast() {
        let full = OverviewRow(dashboard: ProfessionDashboard(data: Sample.data(), framework: framework, today: Sample.today))
        var emptyData = ProfessionData(profession: Profession(id: 2, code: "AAA", name: "Aardvarks"), grades: Sample.grades)
        emptyData.cpdRequirement = nil
        let empty = OverviewRow(dashboard: ProfessionDashboard(data: emptyData, framework: framework, today: Sample.today))
        #expect(OverviewColumn.cpd.sort([empty, full], descending: true).map(\.code) == ["POL", "AAA"])
        #expect(OverviewColumn.cpd.sort([empty, full], descending: false).map(\.code) == ["POL", "AAA"])
        #expect(OverviewColumn.name.sort([full, empty], descending: false).map(\.code) == ["AAA", "POL"])
    }
}
