import Foundation
import HopModel
import TerminalUI

/// The whole behaviour of the app as a pure function: state in, state and effects out.
/// No terminal, no store, no clock: the runtime feeds those in as actions.
///
/// The root only routes: the kiosk is a mode with its own reducer; overlays and forms answer
/// their own keys; everything else goes to the current screen's feature, and what it leaves
/// (quit, help, undo, opening another screen) is the app's.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        if state.mode == .kiosk { return KioskReducer.reduce(&state, action) }
        switch action {
        case .command(let command):
            let effects = perform(command, &state)
            // Ctrl-L repaints whatever is open (a form, an overlay) as well as reading afresh.
            return command == .refresh ? [.repaint] + effects : effects
        case .text(let key):
            return type(key, &state)
        case .paste(let text):
            paste(text, &state)
            return []
        case .refused(let reason):
            state.notice = nil
            state.status = reason
            return []
        case .resized(let size):
            state.size = size
            clamp(&state)
            return []
        case .overviewLoaded(let data):
            let dashboards = data.map { ProfessionDashboard(data: $0, framework: state.framework, today: state.today) }
            let first = !state.overview.loaded
            state.overview.rows = dashboards.map(OverviewRow.init(dashboard:))
            state.overview.loaded = true
            state.overview.stale = false
            // Opened at a profession (`--open`): the overview's selection starts on it.
            if first, let open = state.profession?.professionId,
               let index = state.overview.visibleRows.firstIndex(where: { $0.professionId == open }) {
                state.overview.position.selected = index
            }
            clamp(&state)
            return []
        case .departmentsLoaded(let data):
            state.overview.departments = data.map { DepartmentRow(data: $0, today: state.today) }
            state.overview.departmentsLoaded = true
            return []
        case .professionLoaded(let data):
            guard state.profession?.professionId == data.profession.id else { return [] }
            state.profession?.dashboard = ProfessionDashboard(data: data, framework: state.framework, today: state.today)
            clamp(&state)
            return []
        case .loadFailed(let message):
            state.status = message
            return []
        case .storeChanged:
            return refresh(&state)
        case .storeCreated(let place, let notice):
            state.open(at: place)
            state.status = notice
            return reload(state) + readsBehind(state)
        case .showProfession(let id, let pane):
            state.open(at: .profession(id, pane: pane))
            return ProfessionFeature.reload(state)
        case .dayChanged(let day):
            state.today = day
            return refresh(&state)
        case .clockTicked, .lastChangeLoaded, .lastForumLoaded:
            return []
        case .saved(let applied):
            return saved(applied, &state)
        case .saveFailed(let origin, let message):
            return saveFailed(origin, message, &state)
        case .saveConflicted(let origin, let current):
            return saveConflicted(origin, current, &state)
        case .changeLogLoaded(let entries):
            Overlays.changeLogLoaded(entries, &state)
            return []
        case .seminarSettingsLoaded(let settings):
            state.seminar.settings = settings
            state.seminar.loaded = true
            return []
        case .featureLoaded(let result):
            if let found = result.data as? StaffNumberLookup.Found { return StaffNumberLookup.receive(found, &state) }
            return Features.feature(for: result.screen).receive(result.data, &state)
        }
    }

    /// What to read to show the current screen afresh.
    public static func reload(_ state: AppState) -> [Effect] {
        if state.mode == .kiosk { return KioskReducer.reloadEffects }
        return Features.feature(for: state.screen).reload(state)
    }

    /// Read behind the first screen's own reads, so as not to hold up its first frame: the
    /// professions' rows, which other screens name professions from, when the dashboard opened
    /// somewhere that does not show them (`StartPlace`).
    public static func readsBehind(_ state: AppState) -> [Effect] {
        guard state.mode == .interactive, state.screen != .firstRun, !state.overview.loaded,
              !reload(state).contains(.loadOverview) else { return [] }
        return [.loadOverview]
    }

    /// After any change of data, one's own save or another process's commit: the current
    /// screen reads what it shows; every other profession's figures (the overview's rows) are
    /// marked stale and read when a screen next needs them, so a save on a dashboard does not
    /// read every profession's summaries.
    static func refresh(_ state: inout AppState) -> [Effect] {
        state.overview.stale = true
        state.overview.departmentsLoaded = false
        return reload(state)
    }

    // MARK: - Commands

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        state.status = nil
        state.notice = nil
        if state.overlay != nil { return Overlays.reduce(command, &state) }
        if state.form != nil { return formCommand(command, &state) }
        if let effects = Features.feature(for: state.screen).reduce(command, &state) { return effects }
        switch command {
        case .quit:
            state.isRunning = false
        case .showHelp:
            state.overlay = .help(HelpState())
        case .showChangeLog:
            return Overlays.openChangeLog(&state)
        case .refresh:
            return refresh(&state)
        case .undo:
            return undo(&state)
        case .show(let screen):
            var next = state
            guard let effects = Features.feature(for: screen).open(&next) else { return [] }
            state = next
            clamp(&state)
            return effects
        default:
            break
        }
        return []
    }

    static func type(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.overlay != nil {
            Overlays.type(key, &state)
            return []
        }
        if typeIntoForm(key, &state) { return [] }
        return Features.feature(for: state.screen).type(key, &state)
    }

    /// Keeps every selection and scroll offset in range after data or size changes.
    static func clamp(_ state: inout AppState) {
        for feature in Features.all { feature.clamp(&state) }
    }
}
