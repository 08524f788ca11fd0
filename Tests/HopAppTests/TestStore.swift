import Foundation
import HopModel
import HopStore

/// A real store in memory holding the fixtures' two professions, written through the store's
/// public API, so that runtime tests meet the store users meet (its version checks, its
/// summaries, its change log).
///
/// Policy (POL, id 1): skills "Using evidence" (10) and "Drafting" (11) with the fixtures'
/// required levels; 6 members at grade 5 (5 assessed) and 12 at grade 6 (10 assessed), whose
/// latest assessments give the fixtures' level counts; the CPD requirement, one mandatory
/// qualification, three checklist entries and three maturity assessments; a departmental lead
/// in Wales. Data Ethics (DETH, id 2): new, its own scale, 12 unassessed members at grade 4.
/// Members are "Member 0001"... (Policy's first, then any extra ones, then Data Ethics's) in
/// the Department for Anything; the Welsh Government has none.
enum TestStore {
    static let user = "jo.editor"
    static let policyMembers = 18
    static let ethicsMembers = 12

    /// What to seed: the fixtures as they are unless a test changes them (hostile text, a long
    /// members list).
    struct Seed {
        var policy = Fixtures.policy()
        var ethics = Fixtures.dataEthics()
        var departments = [Department(id: 1, code: "DFA", name: "Department for Anything"),
                           Department(id: 2, code: "WG", name: "Welsh Government", isDevolved: true)]
        /// Unassessed members of Policy after its first 18 (grades cycling over the ladder).
        var extraPolicyMembers = 0
        var memberName: (Int) -> String = { String(format: "Member %04d", $0) }
        var memberPost: (Int, _ professionId: RowID) -> String = { _, profession in profession == 1 ? "Policy adviser" : "Ethicist" }
        /// Who the load is logged as.
        var user = TestStore.user
    }

    /// The seeded store; `extraPolicyMembers` adds unassessed members of Policy after its first
    /// 18, for tests that page through a long list.
    static func make(extraPolicyMembers: Int = 0) -> Store {
        var seed = Seed()
        seed.extraPolicyMembers = extraPolicyMembers
        return make(seed)
    }

    /// `clock`: the store's clock, for a test that writes on several days (DemoApp's by default).
    static func make(_ seed: Seed, clock: @escaping Store.Clock = { DemoApp.clock }) -> Store {
        let store = try! Store.inMemory(clock: clock)
        try! store.bulkLoad(by: seed.user) { w in try write(seed, w) }
        return store
    }

    /// The seeded store in a file at `path` (created), for tests of the files under it.
    static func make(_ seed: Seed = Seed(), path: String) throws -> Store {
        let store = try Store.open(path: path, mode: .createIfMissing, clock: { DemoApp.clock })
        try store.bulkLoad(by: seed.user) { w in try write(seed, w) }
        return store
    }

    private static func write(_ seed: Seed, _ w: BulkWriter) throws {
        for grade in Fixtures.grades { try w.insert(grade) }
        for department in seed.departments { try w.insert(department) }
        let policy = seed.policy, ethics = seed.ethics, extraPolicyMembers = seed.extraPolicyMembers
        try w.insert(policy.profession)
        try w.insert(ethics.profession)
        for skill in policy.skills { try w.insert(skill) }
        for requirement in policy.requirements { try w.insert(requirement) }
        if let cpd = policy.cpdRequirement { try w.insert(cpd) }
        for requirement in policy.qualificationRequirements { try w.insert(requirement) }
        for entry in policy.checklist { try w.insert(entry) }
        for assessment in policy.maturity { try w.insert(assessment) }
        try w.insert(DepartmentalLead(id: 1, professionId: 1, departmentId: 2, name: "Rhian Lead", email: "rhian.lead@example.org",
                                      phone: "029 2018 0001"))

        // Policy: members 1-6 at grade 5, 7-18 at grade 6, then any extra ones.
        func member(_ i: Int, grade: RowID, profession: RowID) throws {
            try w.insert(StaffMember(id: RowID(i), staffNumber: String(format: "S%04d", i), name: seed.memberName(i),
                                     gradeId: grade, departmentId: 1, post: seed.memberPost(i, profession)))
            try w.insert(StaffProfession(staffId: RowID(i), professionId: profession, isPrimary: true))
        }
        for i in 1...6 { try member(i, grade: 5, profession: 1) }
        for i in 7...policyMembers { try member(i, grade: 6, profession: 1) }
        let policyEnd = policyMembers + extraPolicyMembers
        for i in stride(from: policyMembers + 1, through: policyEnd, by: 1) { try member(i, grade: RowID(i % 10 + 1), profession: 1) }
        for i in policyEnd + 1...policyEnd + ethicsMembers { try member(i, grade: 4, profession: 2) }

        // Latest levels: "Using evidence" at grade 5 L1 x2, L2 x3; at grade 6 L2 x4, L3 x6.
        // "Drafting" at grade 6 L1 x1, L3 x9. Member 1's is a line manager's L2 of 1 March.
        let march = Day(iso: "2026-03-01")!
        let evidence: [(Int, Int)] = [(1, 2), (2, 1), (3, 1), (4, 2), (5, 2)] + (7...10).map { ($0, 2) } + (11...16).map { ($0, 3) }
        let drafting: [(Int, Int)] = [(7, 1)] + (8...16).map { ($0, 3) }
        for (staff, level) in evidence {
            try w.insert(SkillAssessment(staffId: RowID(staff), skillId: 10, level: level, date: march, source: .lineManager))
        }
        for (staff, level) in drafting {
            try w.insert(SkillAssessment(staffId: RowID(staff), skillId: 11, level: level, date: march, source: .lineManager))
        }

        // CPD in the 2026 cycle, as the fixtures' histogram has it: two members complete (a
        // full course each), three on track (a secondment each), four behind (member 1's
        // seminar, three an hour's talk), nine with none.
        try w.insert(CPDActivity(staffId: 1, date: Day(iso: "2026-05-01")!, minutes: 90, type: .seminar, title: "Evidence seminar"))
        for staff in [2, 3, 4] {
            try w.insert(CPDActivity(staffId: RowID(staff), date: Day(iso: "2026-08-01")!, minutes: 60, type: .seminar,
                                     title: "Lunchtime talk"))
        }
        for staff in [7, 8] {
            try w.insert(CPDActivity(staffId: RowID(staff), date: Day(iso: "2026-06-01")!, minutes: 1800, type: .course,
                                     title: "Policy profession course"))
        }
        for staff in [9, 10, 11] {
            try w.insert(CPDActivity(staffId: RowID(staff), date: Day(iso: "2026-07-01")!, minutes: 1000, type: .secondment,
                                     title: "Secondment"))
        }
    }
}
