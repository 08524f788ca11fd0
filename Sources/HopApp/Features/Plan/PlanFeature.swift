import Foundation
import HopModel
import TerminalUI

/// The open profession's development plan for a year (principles 5.3, 5.10): the plan kept, or
/// hopdash's proposal until one is; its lines, what they cover and cost by quarter, and the gaps
/// left.
public struct PlanState: FeatureState {
    public var professionId: RowID = 0
    public var year = 0
    public var workbench: PlanWorkbench?
    public var position = ListPosition()
    /// The line waiting for y or n before it is taken off the plan.
    public var pendingDelete: Int?

    public init() {}

    public var lines: [PlanLine] { workbench?.lines ?? [] }
    public var selected: Int? { lines.indices.contains(position.selected) ? position.selected : nil }

    /// The plan to save a change on: the one kept, else the proposal as a new plan.
    public var base: DevelopmentPlan? {
        guard let workbench else { return nil }
        return workbench.plan ?? DevelopmentPlan(professionId: professionId, year: year, lines: workbench.proposal.lines)
    }
}

extension AppState {
    public var plan: PlanState {
        get { features[PlanState.self] }
        set { features[PlanState.self] = newValue }
    }
}

extension PlanWorkbench: FeatureData {}

extension Screen {
    /// The open profession's development plan for a year.
    public static let plan = Screen("plan")
}

extension KeyScope {
    public static let plan = KeyScope("plan", "Development plan of a profession (P on a dashboard)")
}

enum PlanFeature: Feature {
    static let screen = Screen.plan

    static let bindings = [
        Binding([.char("P")], .show(.plan), scope: .profession,
                "Development plan: the offers that close this year's skill gaps, places, CPD hours and cost by quarter",
                hint: "Plan", rank: HintRank.elsewhere),
        Binding([.down, .char("j")], .down, scope: .plan, "Next line"),
        Binding([.up, .char("k")], .up, scope: .plan, "Previous line"),
        Binding([.pageDown], .pageDown, scope: .plan, "Page down"),
        Binding([.pageUp], .pageUp, scope: .plan, "Page up"),
        Binding([.char("a")], .acceptProposal, scope: .plan,
                "Accept hopdash's proposal as the year's plan (replaces the lines; u puts them back)", hint: "Accept",
                mutates: true),
        Binding([.char("n")], .newRecord, scope: .plan, "New line: skill, offer, places, quarter", hint: "New", mutates: true),
        Binding([.enter], .show(.people), scope: .plan,
                "The people the selected line is for (below the requirement in its skill), who is booked; b books",
                hint: "People", showsNames: true),
        Binding([.char("e")], .editSelected, scope: .plan, "Edit the selected line", hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .plan, "Take the selected line off the plan (asks first)", hint: "Delete",
                mutates: true),
        Binding([.char("]")], .nextYear, scope: .plan, "Next year's plan", hint: "Year"),
        Binding([.char("[")], .previousYear, scope: .plan, "Previous year's plan"),
        Binding([.char("c")], .showChangeLog, scope: .plan, "Change log of the plan", showsNames: true),
        Binding([.escape], .back, scope: .plan, "Back to the dashboard", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { state.plan.pendingDelete != nil ? [.deletePrompt] : [.plan] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        PlanScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .profession, let profession = state.profession else { return nil }
        state.plan = PlanState()
        state.plan.professionId = profession.professionId
        state.plan.year = DevelopmentPlan.year(containing: state.today)
        state.screen = screen
        return [read(profession.professionId, year: state.plan.year)]
    }

    static func read(_ professionId: RowID, year: Int) -> Effect {
        .read(FeatureRead(screen: screen, name: "development plan \(professionId) \(year)") { client, _ in
            try EditingRead.editor(client).planWorkbench(professionId: professionId, year: year)
        })
    }

    static func reload(_ state: AppState) -> [Effect] {
        ProfessionFeature.reload(state) + [read(state.plan.professionId, year: state.plan.year)]
    }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let workbench = data as? PlanWorkbench, workbench.professionId == state.plan.professionId,
              workbench.year == state.plan.year else { return [] }
        state.plan.workbench = workbench
        clamp(&state)
        return []
    }

    static func clamp(_ state: inout AppState) {
        state.plan.position.clamp(count: state.plan.lines.count, visible: PlanScreen.visibleRows(state.size))
    }

    static func changeLogSubject(_ state: AppState) -> (title: String, subject: ChangeLogSubject)? {
        if let plan = state.plan.workbench?.plan {
            return ("Changes to the development plan \(DevelopmentPlan.yearLabel(plan.year))", .record(.developmentPlan(plan)))
        }
        return ProfessionFeature.changeLogSubject(state)
    }

    static func choices(_ workbench: PlanWorkbench) -> PlanLineChoices {
        PlanLineChoices(
            skills: workbench.skills.values.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
                .map { NamedID(id: $0.id, name: $0.name) },
            offers: workbench.offers.sorted { $0.title.localizedStandardCompare($1.title) == .orderedAscending }
                .map { NamedID(id: $0.id, name: "\($0.title) (\(LearningOffer.pounds($0.costPence)))") })
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            state.screen = .profession
        case .nextYear, .previousYear:
            let year = state.plan.year + (command == .nextYear ? 1 : -1)
            guard DevelopmentPlan.years.contains(year) else { return [] }
            state.plan.year = year
            state.plan.workbench = nil
            state.plan.position = ListPosition()
            return [read(state.plan.professionId, year: state.plan.year)]
        case .acceptProposal:
            guard let workbench = state.plan.workbench, var plan = state.plan.base else { return [] }
            guard !workbench.proposal.lines.isEmpty else {
                state.status = "Nothing to propose: no one is below requirement, or no offer develops the skills they lack."
                return []
            }
            plan.lines = workbench.proposal.lines
            return [.apply(.saveDevelopmentPlan(plan), before: workbench.plan.map { .developmentPlan($0) }, origin: .quick)]
        case .newRecord:
            guard let workbench = state.plan.workbench, let plan = state.plan.base else { return [] }
            let choices = choices(workbench)
            guard !choices.skills.isEmpty, !choices.offers.isEmpty else {
                state.status = "A line needs a skill and an offer: add them with s and L first."
                return []
            }
            state.form = PlanLineForm.make(plan, index: nil, choices: choices)
        case .editSelected:
            guard let workbench = state.plan.workbench, let plan = state.plan.base, let at = state.plan.selected else { return [] }
            state.form = PlanLineForm.make(plan, index: at, choices: choices(workbench))
        case .deleteSelected:
            state.plan.pendingDelete = state.plan.selected
        case .cancelDelete:
            state.plan.pendingDelete = nil
        case .confirmDelete:
            guard let at = state.plan.pendingDelete, let workbench = state.plan.workbench, var plan = state.plan.base,
                  plan.lines.indices.contains(at) else { state.plan.pendingDelete = nil; return [] }
            state.plan.pendingDelete = nil
            plan.lines.remove(at: at)
            return [.apply(.saveDevelopmentPlan(plan), before: workbench.plan.map { .developmentPlan($0) }, origin: .quick)]
        default:
            guard state.plan.position.move(command, count: state.plan.lines.count, visible: PlanScreen.visibleRows(state.size))
            else { return nil }
        }
        return []
    }

    /// The selected line as bookings name it, or why it cannot be booked on.
    static func selectedLine(_ state: AppState) -> Result<(key: PlanLineKey, line: PlanLine), BookingRefusal> {
        guard let workbench = state.plan.workbench, let at = state.plan.selected else {
            return .failure(BookingRefusal("No line is selected."))
        }
        let line = workbench.lines[at]
        guard let key = workbench.lineKey(line) else {
            return .failure(BookingRefusal("The plan is only proposed: a keeps it, then people can be booked on its lines."))
        }
        return .success((key, line))
    }

    static func deleteQuestion(_ state: AppState) -> String? {
        guard let at = state.plan.pendingDelete, let workbench = state.plan.workbench, workbench.lines.indices.contains(at)
        else { return nil }
        let line = workbench.lines[at]
        return "Take \(line.places) place\(line.places == 1 ? "" : "s") on \(workbench.offer(line.offerId)?.title ?? "this offer") "
            + "for \(workbench.skillName(line.skillId)) off the plan? u puts it back. y removes, n keeps it."
    }
}

/// Why a line's people cannot be listed for booking, for the status line.
struct BookingRefusal: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

extension ListPosition {
    /// Moves for a movement command; false for any other.
    mutating func move(_ command: Command, count: Int, visible: Int) -> Bool {
        guard let delta = ListPosition.delta(command, page: visible, count: count, current: selected) else { return false }
        move(by: delta, count: count, visible: visible)
        return true
    }
}
