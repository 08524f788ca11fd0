import HopModel
import TerminalUI

/// The seminar planner screen: the stored settings (groups, pins) and the selection. The plan
/// itself is computed from the overview's maturity figures whenever it is drawn.
public struct SeminarState: FeatureState {
    public var settings = SeminarSettings()
    public var loaded = false
    /// The selected profession, wherever the plan puts it.
    public var selected: RowID?
    public var returnTo: Screen = .overview

    public init() {}
}

extension AppState {
    /// The plan for the current settings over every profession in the overview.
    public var seminarPlan: SeminarPlan {
        // No more groups than professions: an empty group helps nobody.
        SeminarPlanner.plan(overview.rows.map { SeminarProfession($0, framework: framework) },
                            groups: max(1, min(seminar.settings.groups, overview.rows.count)),
                            locks: seminar.settings.locks, framework: framework)
    }
}

extension AppState {
    /// The seminar's stored settings and the selection (the kiosk's seminar slide reads them too).
    public var seminar: SeminarState {
        get { features[SeminarState.self] }
        set { features[SeminarState.self] = newValue }
    }
}

extension Screen {
    /// The seminar planner's proposed working groups.
    public static let seminar = Screen("seminar")
}

extension KeyScope {
    public static let seminar = KeyScope("seminar", "Seminar planner (W)")
}

/// The seminar planner: working groups mixing mature and newer professions; move and pin
/// professions, more or fewer groups. Every change saves the settings (undoable).
enum SeminarFeature: Feature {
    static let screen = Screen.seminar

    static let bindings = [
        Binding([.char("W")], .show(.seminar), scope: .global,
                "Seminar planner: working groups mixing mature and newer professions"),
        Binding([.down, .char("j")], .down, scope: .seminar, "Next profession"),
        Binding([.up, .char("k")], .up, scope: .seminar, "Previous profession"),
        Binding([.right, .char("l")], .moveToNextGroup, scope: .seminar,
                "Move the selected profession to the next group (pins it there)", hint: "Move", mutates: true),
        Binding([.left, .char("h")], .moveToPreviousGroup, scope: .seminar,
                "Move the selected profession to the previous group (pins it there)", mutates: true),
        Binding([.char("p")], .togglePin, scope: .seminar, "Pin the selected profession to its group, or unpin it",
                hint: "Pin", mutates: true),
        Binding([.char("+")], .moreGroups, scope: .seminar, "One more group", hint: "More", mutates: true),
        Binding([.char("-")], .fewerGroups, scope: .seminar, "One group fewer", hint: "Fewer", mutates: true),
        Binding([.char("x")], .clearPins, scope: .seminar, "Unpin every profession", mutates: true),
        Binding([.escape], .back, scope: .seminar, "Back", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { [.seminar] }

    static func title(_ state: AppState) -> String { "Seminar planner" }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        SeminarScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen != screen else { return nil }
        state.seminar.returnTo = state.screen
        state.screen = screen
        return [.loadSeminarSettings] + state.overview.loads
    }

    static func reload(_ state: AppState) -> [Effect] { [.loadOverview, .loadSeminarSettings] }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        if command == .back {
            state.screen = state.seminar.returnTo
            return state.screen == .overview ? state.overview.loads : []
        }
        let plan = state.seminarPlan
        let order = plan.groups.flatMap { $0.professions.map(\.id) }
        guard !order.isEmpty else { return [] }
        let index = state.seminar.selected.flatMap { order.firstIndex(of: $0) } ?? 0
        let before = state.seminar.settings
        var settings = before
        switch command {
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .selectRow:
            let step = ListPosition.delta(command, page: 5, count: order.count, current: index) ?? 0
            state.seminar.selected = order[min(order.count - 1, max(0, index + step))]
            return []
        case .moveToNextGroup, .moveToPreviousGroup:
            let id = order[index]
            let group = plan.group(of: id) ?? 0
            let count = plan.groups.count
            settings.locks[id] = (group + (command == .moveToNextGroup ? 1 : count - 1)) % count
            state.seminar.selected = id
        case .togglePin:
            let id = order[index]
            settings.locks[id] = settings.locks[id] == nil ? plan.group(of: id) ?? 0 : nil
            state.seminar.selected = id
        case .moreGroups, .fewerGroups:
            let groups = settings.groups + (command == .moreGroups ? 1 : -1)
            guard SeminarSettings.groupRange.contains(groups), groups <= max(1, order.count) else {
                state.status = "Groups: between 1 and \(min(SeminarSettings.groupRange.upperBound, order.count))."
                return []
            }
            settings.groups = groups
            // Pins to a group that no longer exists are dropped.
            settings.locks = settings.locks.filter { $0.value < groups }
        case .clearPins:
            guard !settings.locks.isEmpty else { return [] }
            settings.locks = [:]
        default:
            return nil
        }
        return [.apply(.saveSeminarSettings(settings), before: .seminarSettings(before), origin: .quick)]
    }
}
