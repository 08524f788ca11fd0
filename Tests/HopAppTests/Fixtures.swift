import Foundation
@testable import HopApp
import HopModel
import TerminalUI
import HopStore
import HopStoreAdapter

/// Two small professions, as reducer tests load them (TestStore writes the same into a real
/// store for runtime tests).
enum Fixtures {
    static let today = Day(iso: "2026-10-01")!
    static let framework = Framework.embedded
    static let grades: [Grade] = Grade.defaultLadder.enumerated().map { i, g in
        Grade(id: RowID(i + 1), code: g.code, name: g.name, rank: i + 1)
    }

    static func policy() -> ProfessionData {
        // 30 h a cycle from April; members' CPD by the days of the 2026 cycle it covers.
        let cycle = CPDRule(requirement: CPDRequirement(professionId: 1, hoursPerCycle: 30, cycleStartMonth: 4),
                            cycleYear: 2026, today: today)
        return ProfessionData(
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
            cpdCoverage: [CPDCoverageBin(cycle, minutes: 1800, staff: 2), CPDCoverageBin(cycle, minutes: 1000, staff: 3),
                          CPDCoverageBin(cycle, minutes: 60, staff: 4)],
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
        case .maturityHistory: s = professionState(pane: .maturity, zoomed: true, mode: mode)
        case .figures, .skillsPane: s = professionState(pane: .skills, zoomed: true, mode: mode)
        case .peopleList: s.screen = .people
        case .followUpListPrompt: s.screen = .people; s.peopleList.confirmingFollowUpList = true
        case .bookingList: s.screen = .people; s.peopleList.bookingLine = PlanLineKey(planId: 1, skillId: 10, offerId: 1)
        case .bookListPrompt:
            s.screen = .people
            s.peopleList.bookingLine = PlanLineKey(planId: 1, skillId: 10, offerId: 1)
            s.peopleList.confirmingBookList = BookingListCount(onList: 5, onLine: 1, places: 3, taken: 1, skillName: "Evidence",
                                                               offerTitle: "Evidence course")
        case .accessLog: s.screen = .accessLog
        case .overdueFigure:
            s = professionState(pane: .checklist, zoomed: true, mode: mode)
            let items = s.profession?.dashboard?.checklist.rows.count ?? 0
            s.profession?.positions[.checklist] = ListPosition(selected: items)
        case .overdueItems: s = professionState(pane: .checklist, zoomed: true, mode: mode); s.screen = .overdueItems
        case .skillList: s.screen = .skills
        case .deletePrompt: s.screen = .skills; s.skillList.pendingDelete = policy().skills[0]
        case .staffList: s.screen = .staff
        case .setup: s.screen = .setup
        case .directory: s.screen = .directory
        case .seminar: s.screen = .seminar
        case .movements: s.screen = .movements
        case .succession: s.screen = .succession
        case .successors: s.screen = .succession; s.succession.successor = 0
        case .learning: s.screen = .learning
        case .plan: s.screen = .plan
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
        // Nothing kept yet: no trend to measure from.
        _ = Reducer.reduce(&s, .featureLoaded(FeatureResult(screen: .overview, data: BaselineRead(baseline: nil))))
        return s
    }
}

/// Runs keys through the real runtime over a memory terminal and the test store in memory;
/// returns the screen.
func run(_ keys: [Key], size: Size = Size(width: 80, height: 24), store: Store = TestStore.make(),
         theme: Theme = .monochrome) -> (runtime: Runtime, backend: MemoryBackend) {
    let backend = MemoryBackend(size: size)
    let runtime = Runtime(state: Fixtures.state(size: size), backend: backend, theme: theme,
                          client: DemoApp.adapter(store), today: { Fixtures.today })
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
