import HopModel
import Testing

/// Mandatory qualification compliance as the shared outputs disclose it (docs/PRIVACY.md).
@Suite("Qualification figures in the shared outputs")
struct QualificationFiguresTests {
    /// 20 members, 12 of them at SEO where "PQ" is mandatory: `missing` miss it, `expiring`
    /// hold it but it lapses within 90 days.
    func dashboard(missing: Int, expiring: Int) -> ProfessionDashboard {
        let data = ProfessionData(
            profession: Profession(id: 1, code: "POL", name: "Policy"), grades: Sample.grades,
            membership: [GradeMembership(gradeId: Sample.seo, members: 12, assessed: 12),
                         GradeMembership(gradeId: Sample.g7, members: 8, assessed: 8)],
            qualificationRequirements: [QualificationRequirement(professionId: 1, gradeId: Sample.seo, qualification: "PQ")],
            qualificationHoldings: [QualificationHolding(gradeId: Sample.seo, qualification: "PQ", holders: 12 - missing,
                                                         expiring: expiring)],
            qualificationGrades: [QualificationGradeCount(gradeId: Sample.seo, members: 12, missingOne: missing,
                                                          expiring: expiring)])
        return ProfessionDashboard(data: data, framework: .embedded, today: Day(year: 2025, month: 6, day: 15)!)
    }

    @Test func theReportCountsByGradeAndQualification() throws {
        let report = try #require(dashboard(missing: 3, expiring: 6).qualifications)
        #expect(report.grades.map(\.grade.code) == ["SEO"])
        #expect(report.grades[0].qualifications.map { [$0.holders, $0.missing, $0.expiring] } == [[9, 3, 6]])
        #expect((report.members, report.missingOne, report.expiring) == (12, 3, 6))
        #expect(report.compliant == Ratio(9, of: 12))
    }

    @Test func aSmallCountIsHiddenAndTheShareThatGivesItAwayWithheld() throws {
        // 3 miss one: "<5"; 9 of 12 hold them all would pin it to 3, so that share is withheld
        let small = try #require(ProfessionFigures(dashboard: dashboard(missing: 3, expiring: 6), rule: Suppression()).qualifications)
        #expect(small.members == .shown(12))
        #expect(small.missingOne == .suppressed)
        #expect(small.holdAll == .withheld)
        #expect(small.expiring == .shown(6))
        // 6 miss one, 2 lapse soon: only the lapsing count is small, and nothing pins it
        let large = try #require(ProfessionFigures(dashboard: dashboard(missing: 6, expiring: 2), rule: Suppression()).qualifications)
        #expect(large.missingOne == .shown(6))
        #expect(large.holdAll == .shown(Ratio(6, of: 12)))
        #expect(large.expiring == .suppressed)
        let line = ReportWording.qualifications(large, Suppression())
        #expect(line == "Mandatory qualifications: 50% of 12 members at grades that require one hold them all; 6 miss one; <5 lapse within 90 days.")
    }

    @Test func noMandatoryQualificationNoFigure() {
        var data = dashboard(missing: 0, expiring: 0).data
        data.qualificationRequirements = []
        let d = ProfessionDashboard(data: data, framework: .embedded, today: Day(year: 2025, month: 6, day: 15)!)
        #expect(d.qualifications == nil)
        #expect(ProfessionFigures(dashboard: d, rule: Suppression()).qualifications == nil)
        #expect(OverviewRow(dashboard: d).qualificationsHeld == nil)
    }
}
