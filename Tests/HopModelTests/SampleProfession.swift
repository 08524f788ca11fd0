import HopModel

/// A small profession whose figures are worked out by hand in the comments of each test.
enum Sample {
    static let today = Day(iso: "2026-10-01")!
    static let grades: [Grade] = Grade.defaultLadder.enumerated().map { i, g in
        Grade(id: RowID(i + 1), code: g.code, name: g.name, rank: i + 1)
    }
    static let seo: RowID = 5
    static let g7: RowID = 6

    static func data() -> ProfessionData {
        let profession = Profession(id: 1, code: "POL", name: "Policy", headName: "Alex Example",
                                    scaleLabels: ["Awareness", "Working", "Practitioner", "Expert"])
        // 30 h a cycle from April; members' CPD by the days of the 2026 cycle it covers.
        let cycle = CPDRule(requirement: CPDRequirement(professionId: 1, hoursPerCycle: 30, cycleStartMonth: 4),
                            cycleYear: 2026, today: today)
        return ProfessionData(
            profession: profession,
            grades: grades,
            skills: [Skill(id: 10, professionId: 1, name: "Evidence"), Skill(id: 11, professionId: 1, name: "Drafting")],
            requirements: [
                SkillRequirement(skillId: 10, gradeId: g7, level: 3),
                SkillRequirement(skillId: 10, gradeId: seo, level: 2),
                SkillRequirement(skillId: 11, gradeId: g7, level: 0),
            ],
            membership: [GradeMembership(gradeId: seo, members: 6, assessed: 5),
                         GradeMembership(gradeId: g7, members: 12, assessed: 10)],
            levelCounts: [
                SkillLevelCount(skillId: 10, gradeId: g7, level: 2, count: 4),
                SkillLevelCount(skillId: 10, gradeId: g7, level: 3, count: 5),
                SkillLevelCount(skillId: 10, gradeId: g7, level: 4, count: 1),
                SkillLevelCount(skillId: 10, gradeId: seo, level: 1, count: 2),
                SkillLevelCount(skillId: 10, gradeId: seo, level: 2, count: 3),
                SkillLevelCount(skillId: 11, gradeId: g7, level: 1, count: 7),
            ],
            cpdRequirement: CPDRequirement(professionId: 1, hoursPerCycle: 30, cycleStartMonth: 4),
            qualificationRequirements: [QualificationRequirement(professionId: 1, gradeId: g7, qualification: "Policy Profession Standards")],
            cpdCycleYear: 2026,
            cpdCoverage: [
                CPDCoverageBin(cycle, minutes: 1800, staff: 2),
                CPDCoverageBin(cycle, minutes: 1000, staff: 3),
                CPDCoverageBin(cycle, minutes: 908, staff: 1),
                CPDCoverageBin(cycle, minutes: 907, staff: 1),
                CPDCoverageBin(cycle, minutes: 60, staff: 4),
            ],
            cpdTypeTotals: [CPDTypeTotal(type: .course, minutes: 6000, activities: 8),
                            CPDTypeTotal(type: .secondment, minutes: 9000, activities: 2)],
            // 7 of the 12 at G7 hold the standards, 2 of them lapsing within 90 days.
            qualificationHoldings: [QualificationHolding(gradeId: g7, qualification: "Policy Profession Standards", holders: 7,
                                                         expiring: 2)],
            qualificationGrades: [QualificationGradeCount(gradeId: g7, members: 12, missingOne: 5, expiring: 2)],
            checklist: [
                ChecklistEntry(professionId: 1, itemId: "C01", status: .done, owner: "Sam"),
                ChecklistEntry(professionId: 1, itemId: "C02", status: .inProgress, owner: "", due: Day(iso: "2026-09-01")),
                ChecklistEntry(professionId: 1, itemId: "C03", status: .notApplicable),
            ],
            maturity: [
                MaturityAssessment(id: 1, professionId: 1, area: 1, level: 2, date: Day(iso: "2025-01-01")!, assessor: "HoP"),
                MaturityAssessment(id: 2, professionId: 1, area: 1, level: 4, date: Day(iso: "2026-01-01")!, assessor: "HoP"),
                MaturityAssessment(id: 3, professionId: 1, area: 2, level: 3, date: Day(iso: "2026-01-01")!, assessor: "HoP"),
            ])
    }
}
