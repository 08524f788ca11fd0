import Foundation
import HopModel

/// The kiosk's behaviour: presenter keys, the exit sequence, the clock and live data. Only
/// loads ever leave it as effects: the kiosk has no way to ask for a write.
enum KioskReducer {
    /// What to read to show the kiosk afresh.
    static let reloadEffects: [Effect] = [.loadSlides, .loadLastChange, .loadSeminarSettings, .loadLastForum]

    /// The kiosk's whole behaviour: the mode is chosen once, here, rather than checked in
    /// each of the interactive app's branches. Anything not listed (typed text, refused keys,
    /// forms, editing results) cannot happen in a kiosk and does nothing.
    static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .command(let command):
            return perform(command, &state)
        case .resized(let size):
            state.size = size
            state.kiosk.paginate(KioskOverviewSlide.perPage(size, professions: state.kiosk.dashboards.count))
        case .overviewLoaded(let data):
            let dashboards = data.map { ProfessionDashboard(data: $0, framework: state.framework, today: state.today) }
            state.overview.rows = dashboards.map(OverviewRow.init(dashboard:))
            state.overview.loaded = true
            state.kiosk.load(dashboards, overviewPerPage: KioskOverviewSlide.perPage(state.size, professions: dashboards.count))
        case .seminarSettingsLoaded(let settings):
            state.seminar.settings = settings
            state.seminar.loaded = true
        case .loadFailed:
            loadFailed(&state)
        case .storeChanged:
            return reloadEffects
        case .dayChanged(let day):
            state.today = day
            return reloadEffects
        case .clockTicked(let date):
            return tick(date, &state)
        case .lastChangeLoaded(let date):
            state.kiosk.lastChange = date
        case .lastForumLoaded(let lastForum):
            state.kiosk.loadLastForum(lastForum)
        default:
            break
        }
        return []
    }

    /// Kiosk commands. Any other command (none is bound in kiosk mode) does nothing.
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .exitSequence(let key):
            if state.kiosk.exitKey(key) { state.isRunning = false }
            return []
        case .nextSlide: state.kiosk.step(by: 1)
        case .previousSlide: state.kiosk.step(by: -1)
        case .togglePause: state.kiosk.paused.toggle()
        case .toggleBlank: state.kiosk.blanked.toggle()
        default: break
        }
        state.kiosk.resetExit()
        return []
    }

    /// The clock moved on; while the store is unavailable, every tick tries it again.
    static func tick(_ date: Date, _ state: inout AppState) -> [Effect] {
        state.kiosk.tick(to: date)
        return state.kiosk.unavailableSince != nil ? reloadEffects : []
    }

    /// A read failed: keep the last good data, and say since when the store has been unavailable.
    static func loadFailed(_ state: inout AppState) {
        if state.kiosk.unavailableSince == nil {
            state.kiosk.unavailableSince = state.kiosk.now ?? Date()
        }
    }
}
