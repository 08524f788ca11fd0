import Foundation
@testable import HopApp
import HopModel
import TerminalUI
import HopStore
import HopStoreAdapter

/// Two small professions and a fake store that serves them.
enum Fixtures {
    static let today = Day(iso: "2026-10-01")!
    static let framework = Framework.embedded
    static let grades: [Grade] = Grade.defaultLadder.enumerated().map { i, g in
        Grade(id: RowID(i + 1), code: g.code, name: g.name, rank: i + 1)
    }

    static func policy() -> ProfessionData {
        ProfessionData(
            profession: Profession(id: 1, code: "POL", name: "Policy", headName: "Alex Example",
                                   headEmail: "alex.example@example.org", headPhone: "020 7946 0001"),
            grades: grades,
            skills: [Skill(id: 10, professionId: 1, name: "Using evidence"), Skill(id: 11, professionId: 1, name: "Drafting")],
            requirements: [SkillRequirement(skillId: 10, gradeId: 6, level: 3), SkillRequirement(skillId: 10, gradeId: 5, level: 2),
                           SkillRequirement(skillId: 11, gradeId: 6, level: 2)],
            membership: [GradeMembership(gradeId: 5, members: 6, assessed: 5), GradeMembership(gradeId: 6, members: 12, assessed: 10)],
            levelCounts: [
                SkillLevelCount(skillId: 10, gradeId: 6, level: 2, count: 4), SkillLevelCount(skillId: 10, gradeId: 6, level: 3, count: 6),
                SkillLevelCount(skillId: 10, gradeId: 5, level: 1, count: 2), SkillLevelCount(skillId: 10, gradeId: 5, level: 2, count: 3),
                SkillLevelCount(skillId: 11, gradeId: 6, level: 1, count: 1), SkillLevelCount(skillId: 11, gradeId: 6, level: 3, count: 9),
            ],
            cpdRequirement: CPDRequirement(professionId: 1, hoursPerCycle: 30, cycleStartMonth: 4, version: 1),
            qualificationRequirements: [QualificationRequirement(professionId: 1, gradeId: 6, qualification: "Policy Standards")],
            cpdCycleYear: 2026,
            cpdHistogram: [CPDHistogramBin(minutes: 1800, staff: 2), CPDHistogramBin(minutes: 1000, staff: 3),
                           CPDHistogramBin(minutes: 60, staff: 4)],
            cpdTypeTotals: [CPDTypeTotal(type: .course, minutes: 6000, activities: 8),
                            CPDTypeTotal(type: .secondment, minutes: 9000, activities: 2)],
            checklist: [
                ChecklistEntry(professionId: 1, itemId: "C01", status: .done, owner: "Sam Owner", evidence: "Minutes of the March board"),
                ChecklistEntry(professionId: 1, itemId: "C02", status: .inProgress, owner: "", due: Day(iso: "2026-09-01")),
                ChecklistEntry(professionId: 1, itemId: "C03", status: .notApplicable),
            ],
            maturity: [
                MaturityAssessment(id: 1, professionId: 1, area: 1, level: 2, date: Day(iso: "2025-01-01")!, assessor: "Alex Example"),
                MaturityAssessment(id: 2, professionId: 1, area: 1, level: 4, date: Day(iso: "2026-01-01")!, assessor: "Alex Example",
                                   rationale: "Workforce plan agreed with HR"),
                MaturityAssessment(id: 3, professionId: 1, area: 2, level: 3, date: Day(iso: "2026-01-01")!, assessor: "Alex Example"),
            ])
    }

    static func dataEthics() -> ProfessionData {
        ProfessionData(profession: Profession(id: 2, code: "DETH", name: "Data Ethics", isNew: true,
                                              scaleLabels: ["Foundation", "Practitioner", "Expert"]),
                       grades: grades, membership: [GradeMembership(gradeId: 4, members: 12, assessed: 0)])
    }

    static func state(size: Size = Size(width: 80, height: 24), mode: AppMode = .interactive) -> AppState {
        AppState(mode: mode, screen: .overview, size: size, today: today, framework: framework, storeDescription: "/tmp/store.sqlite")
    }

    /// Policy's dashboard, loaded, with `pane` focused.
    static func professionState(pane: Pane = .maturity, zoomed: Bool = false, mode: AppMode = .interactive) -> AppState {
        // Opened as an editor would; the kiosk reaches no dashboard by keys, so its mode is set after.
        var s = loadedState()
        _ = Reducer.reduce(&s, .showProfession(1, pane: nil))
        _ = Reducer.reduce(&s, .professionLoaded(policy()))
        s.mode = mode
        s.profession?.focus = pane
        s.profession?.zoomed = zoomed
        s.user = "Jo Editor"
        return s
    }

    /// A state in which `scope` is the first scope the keymap searches.
    static func state(in scope: KeyScope, mode: AppMode) -> AppState {
        var s = professionState(mode: mode)
        switch scope {
        case .firstRun: s.screen = .firstRun
        case .overview: s.screen = .overview
        case .departmentOverview: s.screen = .overview; s.overview.byDepartment = true
        case .filter: s.screen = .overview; s.overview.editingFilter = true
        case .help: s.overlay = .help(HelpState())
        case .global, .profession: s.profession?.focus = .skills
        case .maturityPane, .kiosk: break
        case .cpdPane: s.profession?.focus = .cpd
        case .checklistPane: s = professionState(pane: .checklist, zoomed: true, mode: mode)
        case .skillList: s.screen = .skills
        case .deletePrompt: s.screen = .skills; s.skillList.pendingDelete = policy().skills[0]
        case .staffList: s.screen = .staff
        case .setup: s.screen = .setup
        case .directory: s.screen = .directory
        case .seminar: s.screen = .seminar
        case .movements: s.screen = .movements
        case .memberRecords:
            s.screen = .member
            s.member = MemberState(member: StaffMember(id: 1, staffNumber: "S0001", name: "Member 0001", gradeId: 2, departmentId: 1))
        case .form, .discardPrompt, .conflictPrompt:
            s = professionState(pane: .checklist, zoomed: true, mode: mode)
            s.form = ChecklistForm.make(policy().checklist[1], framework: framework)
            if scope == .discardPrompt { s.form?.prompt = .discardChanges }
            if scope == .conflictPrompt { s.form?.prompt = .conflict(current: nil) }
        default:
            preconditionFailure("no state for the scope \(scope)")
        }
        return s
    }

    /// State after the overview has loaded.
    static func loadedState(size: Size = Size(width: 80, height: 24), mode: AppMode = .interactive) -> AppState {
        var s = state(size: size, mode: mode)
        _ = Reducer.reduce(&s, .overviewLoaded([policy(), dataEthics()]))
        return s
    }
}

final class FakeStore: EditingStoreClient {
    var professions: [ProfessionData]
    var version = 1
    var reads = 0

    init(_ professions: [ProfessionData] = [Fixtures.policy(), Fixtures.dataEthics()]) { self.professions = professions }

    func allProfessionData(today: Day) throws -> [ProfessionData] { reads += 1; return professions }

    var departmentData: [DepartmentData] = []
    func departmentData(today: Day) throws -> [DepartmentData] { reads += 1; return departmentData }

    func professionData(id: RowID, today: Day) throws -> ProfessionData {
        reads += 1
        guard let p = professions.first(where: { $0.profession.id == id }) else { throw FakeError.missing }
        return p
    }

    func dataVersion() throws -> Int { version }

    var lastChangeDate: Date?
    func lastChange() throws -> Date? { lastChangeDate }
    /// Members of Policy (profession 1): "Member 0001"... with grades cycling over the ladder.
    var staff: [StaffMember] = (1...250).map { i in
        StaffMember(id: RowID(i), staffNumber: String(format: "S%04d", i), name: String(format: "Member %04d", i),
                    gradeId: RowID(i % 10 + 1), departmentId: 1, post: "Policy adviser", version: 1)
    }
    var departmentList = [Department(id: 1, code: "DFA", name: "Department for Anything", version: 1),
                          Department(id: 2, code: "WG", name: "Welsh Government", isDevolved: true, version: 1)]
    var pageReads: [StaffPageRequest] = []

    func staffPage(_ request: StaffPageRequest) throws -> [StaffMember] {
        pageReads.append(request)
        let all = matching(request.filter)
        let key = { (m: StaffMember) in (m.name, m.id) }
        switch request.anchor {
        case .first: return Array(all.prefix(StaffPageRequest.limit))
        case .last: return Array(all.suffix(StaffPageRequest.limit))
        case .after(let row): return Array(all.filter { key($0) > key(row) }.prefix(StaffPageRequest.limit))
        case .startingAt(let row): return Array(all.filter { key($0) >= key(row) }.prefix(StaffPageRequest.limit))
        case .before(let row): return Array(all.filter { key($0) < key(row) }.suffix(StaffPageRequest.limit))
        }
    }

    func staffCount(professionId: RowID, filter: String) throws -> Int { matching(filter).count }

    func departments() throws -> [Department] { departmentList }

    var gradeList = Fixtures.grades

    func grades() throws -> [Grade] { gradeList }

    private func matching(_ filter: String) -> [StaffMember] {
        staff.filter { filter.isEmpty || $0.name.lowercased().contains(filter.lowercased()) || $0.staffNumber.contains(filter) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// Each member's own records, by staff id.
    var records: [RowID: MemberRecords] = [
        1: MemberRecords(assessments: [SkillAssessment(id: 1, staffId: 1, skillId: 10, level: 2, date: Day(iso: "2026-03-01")!,
                                                       source: .lineManager, version: 1)],
                         activities: [CPDActivity(id: 1, staffId: 1, date: Day(iso: "2026-05-01")!, minutes: 90, type: .seminar,
                                                  title: "Evidence seminar", version: 1)],
                         qualifications: [],
                         memberships: [StaffProfession(staffId: 1, professionId: 1, isPrimary: true)]),
    ]

    func memberRecords(staffId: RowID) throws -> MemberRecords { records[staffId] ?? MemberRecords() }

    /// Departmental leads, by id.
    var leads: [DepartmentalLead] = [
        DepartmentalLead(id: 1, professionId: 1, departmentId: 2, name: "Rhian Lead", email: "rhian.lead@example.org",
                         phone: "029 2018 0001", version: 1),
    ]

    func directory() throws -> Directory {
        Directory(entries: professions.map(\.profession).sorted { $0.name < $1.name }.map { p in
            DirectoryEntry(profession: p, leads: leads.filter { $0.professionId == p.id }.map { lead in
                DirectoryLead(lead: lead, department: departmentList.first { $0.id == lead.departmentId }?.name ?? "")
            })
        })
    }

    var seminar = SeminarSettings()

    func seminarSettings() throws -> SeminarSettings { seminar }

    var log: [ChangeLogEntry] = []
    var logQueries: [ChangeLogSubject] = []

    func changeLog(_ subject: ChangeLogSubject) throws -> [ChangeLogEntry] {
        logQueries.append(subject)
        return log
    }

    /// The next apply fails with this message (disk full and the like), changing nothing.
    var failNext: String?
    var applied: [Change] = []
    private var nextId: RowID = 100

    func apply(_ change: Change, today: Day) throws(SaveError) -> EditableRecord? {
        if let message = failNext { failNext = nil; throw .failed(message) }
        applied.append(change)
        switch change {
        case .saveChecklistEntry(var entry):
            let p = professions.firstIndex { $0.profession.id == entry.professionId }!
            let stored = professions[p].checklist.firstIndex { $0.itemId == entry.itemId }
            let storedVersion = stored.map { professions[p].checklist[$0].version } ?? 0
            guard storedVersion == entry.version else {
                throw .conflict(current: stored.map { .checklistEntry(professions[p].checklist[$0]) })
            }
            entry.version += 1
            entry.updated = today
            if let stored { professions[p].checklist[stored] = entry } else { professions[p].checklist.append(entry) }
            version += 1
            return .checklistEntry(entry)
        case .addMaturityAssessment(var assessment):
            let p = professions.firstIndex { $0.profession.id == assessment.professionId }!
            nextId += 1
            assessment.id = nextId
            professions[p].maturity.append(assessment)
            version += 1
            return .maturityAssessment(assessment)
        case .removeMaturityAssessment(let assessment):
            let p = professions.firstIndex { $0.profession.id == assessment.professionId }!
            guard let i = professions[p].maturity.firstIndex(where: { $0.id == assessment.id }) else {
                throw .conflict(current: nil)
            }
            professions[p].maturity.remove(at: i)
            version += 1
            return nil
        case .saveSkill(var skill, let requirements):
            let p = professions.firstIndex { $0.profession.id == skill.professionId }!
            if skill.id == 0 {
                nextId += 1
                skill.id = nextId
                professions[p].skills.append(skill)
            } else {
                guard let i = professions[p].skills.firstIndex(where: { $0.id == skill.id }) else { throw .conflict(current: nil) }
                let stored = professions[p].skills[i]
                guard stored.version == skill.version else {
                    throw .conflict(current: .skill(stored, requirements: professions[p].requirements.filter { $0.skillId == skill.id }))
                }
                professions[p].skills[i] = skill
            }
            skill.version += 1
            professions[p].skills[professions[p].skills.firstIndex { $0.id == skill.id }!] = skill
            for var requirement in requirements {
                requirement.skillId = skill.id
                professions[p].requirements.removeAll { $0.skillId == skill.id && $0.gradeId == requirement.gradeId }
                professions[p].requirements.append(requirement)
            }
            version += 1
            return .skill(skill, requirements: professions[p].requirements.filter { $0.skillId == skill.id })
        case .deleteSkill(let skill):
            let p = professions.firstIndex { $0.profession.id == skill.professionId }!
            guard professions[p].skills.contains(where: { $0.id == skill.id && $0.version == skill.version }) else {
                throw .conflict(current: nil)
            }
            professions[p].skills.removeAll { $0.id == skill.id }
            professions[p].requirements.removeAll { $0.skillId == skill.id }
            professions[p].levelCounts.removeAll { $0.skillId == skill.id }
            version += 1
            return nil
        case .setMemberships(var member, let list):
            let i = staff.firstIndex { $0.id == member.id }!
            guard staff[i].version == member.version else {
                throw .conflict(current: .memberships(staff[i], records[member.id]?.memberships ?? []))
            }
            member.version += 1
            staff[i] = member
            records[member.id, default: MemberRecords()].memberships = list
            version += 1
            return .memberships(member, list)
        case .saveDepartment(var department):
            if department.id == 0 {
                department.id = (departmentList.map(\.id).max() ?? 0) + 1
                department.version = 1
                departmentList.append(department)
            } else {
                let i = departmentList.firstIndex { $0.id == department.id }!
                guard departmentList[i].version == department.version else { throw .conflict(current: .department(departmentList[i])) }
                department.version += 1
                departmentList[i] = department
            }
            version += 1
            return .department(department)
        case .saveGrade(var grade):
            if grade.id == 0 {
                grade.id = (gradeList.map(\.id).max() ?? 0) + 1
                grade.version = 1
                gradeList.append(grade)
            } else {
                let i = gradeList.firstIndex { $0.id == grade.id }!
                guard gradeList[i].version == grade.version else { throw .conflict(current: .grade(gradeList[i])) }
                grade.version += 1
                gradeList[i] = grade
            }
            version += 1
            return .grade(grade)
        case .deleteGrade(let grade):
            guard !staff.contains(where: { $0.gradeId == grade.id }) else { throw .failed("Grade: people hold it") }
            gradeList.removeAll { $0.id == grade.id }
            version += 1
            return nil
        case .deleteDepartment(let department):
            guard !staff.contains(where: { $0.departmentId == department.id }) else { throw .failed("Department: people belong") }
            departmentList.removeAll { $0.id == department.id }
            version += 1
            return nil
        case .addStaff(var member, _):
            member.id = (staff.map(\.id).max() ?? 0) + 1
            member.version = 1
            staff.append(member)
            version += 1
            return .staff(member)
        case .saveStaff(var member):
            guard let i = staff.firstIndex(where: { $0.id == member.id }) else { throw .conflict(current: nil) }
            guard staff[i].version == member.version else { throw .conflict(current: .staff(staff[i])) }
            member.version += 1
            staff[i] = member
            version += 1
            return .staff(member)
        case .deleteStaff(let member):
            guard staff.contains(where: { $0.id == member.id && $0.version == member.version }) else {
                throw .conflict(current: nil)
            }
            staff.removeAll { $0.id == member.id }
            version += 1
            return nil
        case .saveProfession(var profession) where profession.id == 0:
            nextId += 1
            profession.id = nextId
            profession.version = 1
            professions.append(ProfessionData(profession: profession, grades: Fixtures.grades))
            version += 1
            return .profession(profession)
        case .deleteProfession(let id, let expected, _):
            guard professions.contains(where: { $0.profession.id == id && $0.profession.version == expected }) else {
                throw .conflict(current: nil)
            }
            professions.removeAll { $0.profession.id == id }
            version += 1
            return nil
        case .setQualificationRequirements(let professionId, let list, let expected):
            let p = professions.firstIndex { $0.profession.id == professionId }!
            guard Set(professions[p].qualificationRequirements) == Set(expected) else {
                throw .conflict(current: .qualificationRequirements(professionId: professionId, professions[p].qualificationRequirements))
            }
            professions[p].qualificationRequirements = list
            version += 1
            return .qualificationRequirements(professionId: professionId, list)
        case .saveProfession(var profession):
            let p = professions.firstIndex { $0.profession.id == profession.id }!
            guard professions[p].profession.version == profession.version else {
                throw .conflict(current: .profession(professions[p].profession))
            }
            profession.version += 1
            professions[p].profession = profession
            version += 1
            return .profession(profession)
        case .saveCPDRequirement(var requirement):
            let p = professions.firstIndex { $0.profession.id == requirement.professionId }!
            guard (professions[p].cpdRequirement?.version ?? 0) == requirement.version else {
                throw .conflict(current: professions[p].cpdRequirement.map { .cpdRequirement($0) })
            }
            requirement.version += 1
            professions[p].cpdRequirement = requirement
            version += 1
            return .cpdRequirement(requirement)
        case .saveAssessment(var a):
            var r = records[a.staffId] ?? MemberRecords()
            if a.id == 0 { nextId += 1; a.id = nextId; a.version = 1; r.assessments.insert(a, at: 0) } else {
                let i = r.assessments.firstIndex { $0.id == a.id }!
                guard r.assessments[i].version == a.version else { throw .conflict(current: .assessment(r.assessments[i])) }
                a.version += 1
                r.assessments[i] = a
            }
            records[a.staffId] = r
            version += 1
            return .assessment(a)
        case .deleteAssessment(let a):
            // As the store does: a record changed or gone since it was read is a conflict.
            guard let stored = records[a.staffId]?.assessments.first(where: { $0.id == a.id }), stored.version == a.version else {
                throw .conflict(current: records[a.staffId]?.assessments.first { $0.id == a.id }.map { .assessment($0) })
            }
            records[a.staffId]?.assessments.removeAll { $0.id == a.id }
            version += 1
            return nil
        case .saveCPDActivity(var a):
            var r = records[a.staffId] ?? MemberRecords()
            if a.id == 0 { nextId += 1; a.id = nextId; a.version = 1; r.activities.insert(a, at: 0) } else {
                let i = r.activities.firstIndex { $0.id == a.id }!
                guard r.activities[i].version == a.version else { throw .conflict(current: .cpdActivity(r.activities[i])) }
                a.version += 1
                r.activities[i] = a
            }
            records[a.staffId] = r
            version += 1
            return .cpdActivity(a)
        case .deleteCPDActivity(let a):
            guard let stored = records[a.staffId]?.activities.first(where: { $0.id == a.id }), stored.version == a.version else {
                throw .conflict(current: records[a.staffId]?.activities.first { $0.id == a.id }.map { .cpdActivity($0) })
            }
            records[a.staffId]?.activities.removeAll { $0.id == a.id }
            version += 1
            return nil
        case .saveQualification(var q):
            var r = records[q.staffId] ?? MemberRecords()
            if q.id == 0 { nextId += 1; q.id = nextId; q.version = 1; r.qualifications.append(q) } else {
                let i = r.qualifications.firstIndex { $0.id == q.id }!
                guard r.qualifications[i].version == q.version else { throw .conflict(current: .qualificationHeld(r.qualifications[i])) }
                q.version += 1
                r.qualifications[i] = q
            }
            records[q.staffId] = r
            version += 1
            return .qualificationHeld(q)
        case .deleteQualification(let q):
            guard let stored = records[q.staffId]?.qualifications.first(where: { $0.id == q.id }), stored.version == q.version else {
                throw .conflict(current: records[q.staffId]?.qualifications.first { $0.id == q.id }.map { .qualificationHeld($0) })
            }
            records[q.staffId]?.qualifications.removeAll { $0.id == q.id }
            version += 1
            return nil
        case .saveMovement(var m):
            var r = records[m.staffId] ?? MemberRecords()
            if m.id == 0 { nextId += 1; m.id = nextId; m.version = 1; r.movements.insert(m, at: 0) } else {
                let i = r.movements.firstIndex { $0.id == m.id }!
                guard r.movements[i].version == m.version else { throw .conflict(current: .movement(r.movements[i])) }
                m.version += 1
                r.movements[i] = m
            }
            records[m.staffId] = r
            version += 1
            return .movement(m)
        case .deleteMovement(let m):
            guard let stored = records[m.staffId]?.movements.first(where: { $0.id == m.id }), stored.version == m.version else {
                throw .conflict(current: records[m.staffId]?.movements.first { $0.id == m.id }.map { .movement($0) })
            }
            records[m.staffId]?.movements.removeAll { $0.id == m.id }
            version += 1
            return nil
        case .saveDepartmentalLead(var lead):
            if lead.id == 0 { nextId += 1; lead.id = nextId; lead.version = 1; leads.append(lead) } else {
                let i = leads.firstIndex { $0.id == lead.id }!
                guard leads[i].version == lead.version else { throw .conflict(current: .departmentalLead(leads[i])) }
                lead.version += 1
                leads[i] = lead
            }
            version += 1
            return .departmentalLead(lead)
        case .deleteDepartmentalLead(let lead):
            guard let stored = leads.first(where: { $0.id == lead.id }), stored.version == lead.version else {
                throw .conflict(current: leads.first { $0.id == lead.id }.map { .departmentalLead($0) })
            }
            leads.removeAll { $0.id == lead.id }
            version += 1
            return nil
        case .saveSeminarSettings(var settings):
            guard seminar.version == settings.version else { throw .conflict(current: .seminarSettings(seminar)) }
            settings.version += 1
            seminar = settings
            version += 1
            return .seminarSettings(settings)
        case .deleteCPDRequirement(let requirement):
            let p = professions.firstIndex { $0.profession.id == requirement.professionId }!
            guard professions[p].cpdRequirement?.version == requirement.version else { throw .conflict(current: nil) }
            professions[p].cpdRequirement = nil
            version += 1
            return nil
        }
    }

    enum FakeError: Error { case missing }
}

/// Runs keys through the real runtime over a memory terminal and the test store in memory;
/// returns the screen.
func run(_ keys: [Key], size: Size = Size(width: 80, height: 24), store: Store = TestStore.make(),
         theme: Theme = .monochrome) -> (runtime: Runtime, backend: MemoryBackend) {
    let backend = MemoryBackend(size: size)
    let runtime = Runtime(state: Fixtures.state(size: size), backend: backend, theme: theme,
                          client: StoreAdapter(store, user: TestStore.user), today: { Fixtures.today })
    runtime.start()
    runtime.render()
    for key in keys {
        runtime.handle(.key(key))
        runtime.render()
    }
    return (runtime, backend)
}

/// Sends keys through the runtime, drawing after each as the terminal loop does.
func keys(_ keys: [Key], _ runtime: Runtime) {
    for key in keys {
        runtime.handle(.key(key))
        runtime.render()
    }
}

/// The keys that type `text`.
func text(_ text: String) -> [Key] { text.map { .char($0) } }
