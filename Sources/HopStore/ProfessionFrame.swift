import GRDB
import HopModel

/// The records a dashboard shows beside its figures: the professions, the grade ladder, the
/// skills and what each grade requires, the CPD and qualification rules, the checklist,
/// maturity and the critical posts. Small tables, read once per read however many sets of
/// figures (the whole service, or each department) are joined to them.
struct ProfessionFrame {
    let professions: [Profession]
    let grades: [Grade]
    let cpdRequirements: [CPDRequirement]
    private let skills: [RowID: [Skill]]
    private let requirements: [RowID: [SkillRequirement]]
    private let cpd: [RowID: CPDRequirement]
    private let qualifications: [RowID: [QualificationRequirement]]
    private let checklists: [RowID: [ChecklistEntry]]
    private let maturity: [RowID: [MaturityAssessment]]
    private let posts: [RowID: [CriticalPostFact]]

    static func fetch(_ db: Database, only: ProfessionFilter) throws -> ProfessionFrame {
        func fetch<R: MappedRecord>(_ type: R.Type, _ sql: String) throws -> [R] {
            try R.fetchAll(db, sql: sql, arguments: only.arguments)
        }
        let professions = try fetch(Profession.self, """
            SELECT \(Profession.selection) FROM profession \(only.clause("id")) ORDER BY name, id
            """)
        let grades = try Grade.fetchAll(db, sql: "SELECT \(Grade.selection) FROM grade ORDER BY rank")
        let skills = try fetch(Skill.self, "SELECT \(Skill.selection) FROM skill \(only.clause()) ORDER BY id")
        let skillProfession = Dictionary(uniqueKeysWithValues: skills.map { ($0.id, $0.professionId) })
        let requirements = try fetch(SkillRequirement.self, """
            SELECT r.skill_id, r.grade_id, r.level FROM skill_requirement r JOIN skill k ON k.id = r.skill_id
            \(only.clause("k.profession_id")) ORDER BY r.skill_id, r.grade_id
            """)
        let cpdRequirements = try fetch(CPDRequirement.self, """
            SELECT \(CPDRequirement.selection) FROM cpd_requirement \(only.clause())
            """)
        let qualifications = try fetch(QualificationRequirement.self, """
            SELECT \(QualificationRequirement.selection) FROM qualification_requirement \(only.clause())
            ORDER BY grade_id, qualification
            """)
        let checklists = try fetch(ChecklistEntry.self, """
            SELECT \(ChecklistEntry.selection) FROM checklist_entry \(only.clause()) ORDER BY item_id
            """)
        let maturity = try fetch(MaturityAssessment.self, """
            SELECT \(MaturityAssessment.selection) FROM maturity_assessment \(only.clause()) ORDER BY date, id
            """)
        return ProfessionFrame(
            professions: professions, grades: grades, cpdRequirements: cpdRequirements,
            skills: Dictionary(grouping: skills, by: \.professionId),
            requirements: Dictionary(grouping: requirements) { skillProfession[$0.skillId] ?? 0 },
            cpd: Dictionary(cpdRequirements.map { ($0.professionId, $0) }, uniquingKeysWith: { first, _ in first }),
            qualifications: Dictionary(grouping: qualifications, by: \.professionId),
            checklists: Dictionary(grouping: checklists, by: \.professionId),
            maturity: Dictionary(grouping: maturity, by: \.professionId),
            posts: try CriticalPostFacts.fetch(db, only: only.id))
    }

    /// Each profession's dashboard data: these records with `summaries`' figures (and
    /// `movements`, where the screen shows them), by profession name.
    func data(summaries: SummaryRows, movements: [RowID: [MovementFact]] = [:], today: Day) -> [ProfessionData] {
        professions.map { profession in
            let p = profession.id
            let cpd = cpd[p]
            return ProfessionData(
                profession: profession, grades: grades, skills: skills[p] ?? [],
                requirements: requirements[p] ?? [], membership: summaries.membership[p] ?? [],
                levelCounts: summaries.levels[p] ?? [], cpdRequirement: cpd,
                qualificationRequirements: qualifications[p] ?? [],
                cpdCycleYear: cpd?.cycleYear(containing: today),
                cpdCoverage: summaries.coverage[p] ?? [], cpdTypeTotals: summaries.types[p] ?? [],
                qualificationHoldings: summaries.holdings[p] ?? [], qualificationGrades: summaries.qualificationGrades[p] ?? [],
                checklist: checklists[p] ?? [], maturity: maturity[p] ?? [], movements: movements[p] ?? [],
                criticalPosts: posts[p] ?? [])
        }
    }
}
