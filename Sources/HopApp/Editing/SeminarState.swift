import HopModel
import TerminalUI

/// The seminar planner screen: the stored settings (groups, pins) and the selection. The plan
/// itself is computed from the overview's maturity figures whenever it is drawn.
public struct SeminarState: Hashable, Sendable {
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

extension Reducer {
    static func seminarCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        if command == .showSeminar {
            guard state.screen != .seminar, state.screen != .firstRun else { return [] }
            state.seminar.returnTo = state.screen
            state.screen = .seminar
            return [.loadSeminarSettings] + (state.overview.loaded ? [] : [.loadOverview])
        }
        let plan = state.seminarPlan
        let order = plan.groups.flatMap { $0.professions.map(\.id) }
        guard !order.isEmpty else { return [] }
        let index = state.seminar.selected.flatMap { order.firstIndex(of: $0) } ?? 0
        let before = state.seminar.settings
        var settings = before
        switch command {
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            let step = delta(command, page: 5, count: order.count, current: index)
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
            return []
        }
        return [.apply(.saveSeminarSettings(settings), before: .seminarSettings(before), origin: .quick)]
    }

    static func seminarSettingsLoaded(_ settings: SeminarSettings, _ state: inout AppState) {
        state.seminar.settings = settings
        state.seminar.loaded = true
    }
}
