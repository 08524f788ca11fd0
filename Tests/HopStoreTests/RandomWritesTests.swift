import HopModel
import Testing
@testable import HopStore

@Suite("Summaries stay exact through any sequence of writes")
struct RandomWritesTests {
    @Test func summariesEqualRecomputationAfterManyRandomWrites() throws {
        // Given a small demo store (about sixty staff in nine professions)
        let store = try inMemoryStore()
        try DemoData.write(into: store, seed: 11, today: today, scale: 0.01)
        #expect(try store.verifySummaries().isEmpty)
        var writes = RandomWrites(store: store, random: DemoRandom(seed: 2024))
        // When applying a seeded sequence of mixed writes, checking along the way
        for step in 1...400 {
            if step == 250 {
                try writes.deleteProfession()
            } else {
                try writes.step()
            }
            if step % 50 == 0 {
                let differences = try store.verifySummaries()
                #expect(differences.isEmpty, "after \(step) writes: \(differences.prefix(5))")
            }
        }
        // Then every kind of write was exercised
        for kind in RandomWrites.Kind.allCases {
            #expect(writes.done[kind, default: 0] > 0, "no \(kind) was made")
        }
    }
}

/// Makes valid writes of every kind that touches the summaries, chosen by a seeded generator.
struct RandomWrites {
    enum Kind: CaseIterable {
        case addAssessment, updateAssessment, deleteAssessment
        case addActivity, updateActivity, deleteActivity
        case changeGrade, setMemberships, addStaff, deleteStaff
        case saveCPDRequirement, deleteCPDRequirement, addSkill, deleteSkill, deleteProfession
    }

    let store: Store
    var random: DemoRandom
    var done: [Kind: Int] = [:]
    private var staffNumber = 900_000

    init(store: Store, random: DemoRandom) {
        self.store = store
        self.random = random
    }

    static let weights: [(Kind, Double)] = [
        (.addAssessment, 6), (.updateAssessment, 3), (.deleteAssessment, 3),
        (.addActivity, 5), (.updateActivity, 3), (.deleteActivity, 2),
        (.changeGrade, 3), (.setMemberships, 3), (.addStaff, 2), (.deleteStaff, 1),
        (.saveCPDRequirement, 1.5), (.deleteCPDRequirement, 0.5), (.addSkill, 0.7), (.deleteSkill, 0.7),
    ]

    mutating func step() throws {
        let kind = Self.weights[random.index(weights: Self.weights.map(\.1))].0
        let made: Bool = switch kind {
        case .addAssessment: try addAssessment()
        case .updateAssessment: try updateAssessment()
        case .deleteAssessment: try deleteAssessment()
        case .addActivity: try addActivity()
        case .updateActivity: try updateActivity()
        case .deleteActivity: try deleteActivity()
        case .changeGrade: try changeGrade()
        case .setMemberships: try setMemberships()
        case .addStaff: try addStaff()
        case .deleteStaff: try deleteStaff()
        case .saveCPDRequirement: try saveCPDRequirement()
        case .deleteCPDRequirement: try deleteCPDRequirement()
        case .addSkill: try addSkill()
        case .deleteSkill: try deleteSkill()
        case .deleteProfession: false
        }
        if made { done[kind, default: 0] += 1 }
    }

    // MARK: Picking

    private mutating func anyStaff() throws -> StaffMember? {
        let staff = try store.staffPage(professionId: nil, limit: 100_000)
        return staff.isEmpty ? nil : random.pick(staff)
    }

    /// A skill of any profession, with the top of its profession's scale.
    private mutating func anySkill() throws -> (Skill, Int)? {
        let professions = try store.professions()
        let skills = try professions.flatMap { p in try store.skills(professionId: p.id).map { ($0, p.scaleMax) } }
        return skills.isEmpty ? nil : random.pick(skills)
    }

    private mutating func anyDate() -> Day {
        today.adding(days: -random.int(0...800))
    }

    private mutating func anyGrade() throws -> RowID {
        random.pick(try store.grades()).id
    }

    // MARK: Assessments

    private mutating func addAssessment() throws -> Bool {
        guard let staff = try anyStaff(), let pick = try anySkill() else { return false }
        let (skill, scaleMax) = pick
        // Sometimes on the same day as an existing one, so that the id decides which is latest.
        let existing = try store.assessments(staffId: staff.id).first { $0.skillId == skill.id }
        let date = existing != nil && random.chance(0.3) ? existing!.date : anyDate()
        _ = try store.addAssessment(SkillAssessment(staffId: staff.id, skillId: skill.id, level: random.int(1...scaleMax),
                                                    date: date, source: .selfAssessed), by: user)
        return true
    }

    private mutating func updateAssessment() throws -> Bool {
        guard let staff = try anyStaff(), let pick = try anySkill() else { return false }
        let (skill, scaleMax) = pick
        let assessments = try store.assessments(staffId: staff.id)
        guard !assessments.isEmpty else { return false }
        var assessment = random.pick(assessments)
        assessment.skillId = skill.id
        assessment.level = random.int(1...scaleMax)
        if random.chance(0.5) { assessment.date = anyDate() }
        if random.chance(0.2), let other = try anyStaff() { assessment.staffId = other.id }
        _ = try store.updateAssessment(assessment, by: user)
        return true
    }

    private mutating func deleteAssessment() throws -> Bool {
        guard let staff = try anyStaff() else { return false }
        let assessments = try store.assessments(staffId: staff.id)
        guard !assessments.isEmpty else { return false }
        let assessment = random.pick(assessments)
        try store.deleteAssessment(id: assessment.id, expectedVersion: assessment.version, by: user)
        return true
    }

    // MARK: CPD

    private mutating func addActivity() throws -> Bool {
        guard let staff = try anyStaff() else { return false }
        _ = try store.addCPDActivity(CPDActivity(staffId: staff.id, date: anyDate(), minutes: random.minutes(30...600),
                                                 type: random.pick(CPDActivityType.allCases), title: "Learning"), by: user)
        return true
    }

    private mutating func updateActivity() throws -> Bool {
        guard let staff = try anyStaff() else { return false }
        let activities = try store.cpdActivities(staffId: staff.id)
        guard !activities.isEmpty else { return false }
        var activity = random.pick(activities)
        activity.date = anyDate()
        activity.type = random.pick(CPDActivityType.allCases)
        activity.minutes = random.minutes(30...600)
        if random.chance(0.2), let other = try anyStaff() { activity.staffId = other.id }
        _ = try store.updateCPDActivity(activity, by: user)
        return true
    }

    private mutating func deleteActivity() throws -> Bool {
        guard let staff = try anyStaff() else { return false }
        let activities = try store.cpdActivities(staffId: staff.id)
        guard !activities.isEmpty else { return false }
        let activity = random.pick(activities)
        try store.deleteCPDActivity(id: activity.id, expectedVersion: activity.version, by: user)
        return true
    }

    // MARK: Staff

    private mutating func changeGrade() throws -> Bool {
        guard var staff = try anyStaff() else { return false }
        staff.gradeId = try anyGrade()
        _ = try store.saveStaff(staff, by: user)
        return true
    }

    private mutating func memberships() throws -> [(RowID, Bool)] {
        var ids = try store.professions().map(\.id)
        var chosen: [(RowID, Bool)] = []
        for index in 0..<random.int(0...3) where !ids.isEmpty {
            chosen.append((ids.remove(at: random.int(0...ids.count - 1)), index == 0))
        }
        return chosen
    }

    private mutating func setMemberships() throws -> Bool {
        guard let staff = try anyStaff() else { return false }
        _ = try store.setStaffProfessions(staffId: staff.id, expectedVersion: staff.version, try memberships(), by: user)
        return true
    }

    private mutating func addStaff() throws -> Bool {
        staffNumber += 1
        let department = try #require(try store.departments().first)
        let staff = try store.saveStaff(StaffMember(staffNumber: "T\(staffNumber)", name: "New Starter",
                                                    gradeId: try anyGrade(), departmentId: department.id), by: user)
        _ = try store.setStaffProfessions(staffId: staff.id, expectedVersion: staff.version, try memberships(), by: user)
        return true
    }

    private mutating func deleteStaff() throws -> Bool {
        guard let staff = try anyStaff() else { return false }
        try store.deleteStaff(id: staff.id, expectedVersion: staff.version, by: user)
        return true
    }

    // MARK: Profession rules

    private mutating func saveCPDRequirement() throws -> Bool {
        let profession = random.pick(try store.professions())
        let types = CPDActivityType.allCases.filter { _ in random.chance(0.6) }
        var requirement = try store.cpdRequirement(professionId: profession.id)
            ?? CPDRequirement(professionId: profession.id, hoursPerCycle: 30)
        requirement.cycleStartMonth = random.int(1...12)
        requirement.countedTypes = Set(types)
        requirement.hoursPerCycle = random.int(20...40)
        _ = try store.saveCPDRequirement(requirement, by: user)
        return true
    }

    private mutating func deleteCPDRequirement() throws -> Bool {
        let profession = random.pick(try store.professions())
        guard let requirement = try store.cpdRequirement(professionId: profession.id) else { return false }
        try store.deleteCPDRequirement(professionId: profession.id, expectedVersion: requirement.version, by: user)
        return true
    }

    private mutating func addSkill() throws -> Bool {
        let profession = random.pick(try store.professions())
        staffNumber += 1
        _ = try store.saveSkill(Skill(professionId: profession.id, name: "New skill \(staffNumber)"), by: user)
        return true
    }

    private mutating func deleteSkill() throws -> Bool {
        guard let skill = try anySkill()?.0 else { return false }
        try store.deleteSkill(id: skill.id, expectedVersion: skill.version, by: user)
        return true
    }

    mutating func deleteProfession() throws {
        let profession = random.pick(try store.professions())
        try store.deleteProfession(id: profession.id, expectedVersion: profession.version, by: user)
        done[.deleteProfession, default: 0] += 1
    }
}
