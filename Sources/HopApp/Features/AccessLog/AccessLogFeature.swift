import HopModel
import TerminalUI

extension Screen {
    /// Who has taken lists of people out of the tool.
    public static let accessLog = Screen("accessLog")
}

extension KeyScope {
    public static let accessLog = KeyScope("accessLog", "Access log (a in a list of people)")
}

/// The access log as read: newest first, the latest `AccessLogState.limit` only.
public struct AccessLogState: FeatureState, ListScreenState {
    public var entries: [AccessLogEntry] = []
    public var loaded = false
    public var list = ListModel<AccessLogEntry>()
    /// The screen Esc goes back to.
    public var returnTo: Screen = .overview
    /// The profession open when the log was opened (its code): its exports are shown unless
    /// `allProfessions`; nil when none was open.
    public var professionCode: String?
    /// Every profession's exports (`a` toggles), not only the open profession's.
    public var allProfessions = false

    /// The profession whose exports are shown, nil for every profession's.
    public var shownProfession: String? { allProfessions ? nil : professionCode }

    /// The most entries read.
    public static let limit = 1000

    public init() {}

    public var selected: AccessLogEntry? { entries.indices.contains(list.position.selected) ? entries[list.position.selected] : nil }
}

extension AppState {
    public var accessLog: AccessLogState {
        get { features[AccessLogState.self] }
        set { features[AccessLogState.self] = newValue }
    }
}

/// The access log's entries as read, for one profession (by code) or every one (nil).
struct AccessLogRead: FeatureData {
    var professionCode: String?
    var entries: [AccessLogEntry]
}

/// Every list of people taken out of the tool (by `x` on a list, or `hopdash people`): who,
/// when, which list of which profession and how many people, never their names, newest first.
enum AccessLogFeature: Feature {
    static let screen = Screen.accessLog
    /// It names the editors who exported, so the kiosk never opens it.
    static let showsNames = true

    static let bindings = [
        Binding([.char("a")], .show(.accessLog), scope: .peopleList,
                "Access log: who took lists of people out of the tool, when, which list, how many", hint: "Access log"),
        Binding([.down, .char("j")], .down, scope: .accessLog, "Next entry"),
        Binding([.up, .char("k")], .up, scope: .accessLog, "Previous entry"),
        Binding([.pageDown], .pageDown, scope: .accessLog, "Page down"),
        Binding([.pageUp], .pageUp, scope: .accessLog, "Page up"),
        Binding([.home, .char("g")], .top, scope: .accessLog, "Newest entry"),
        Binding([.end, .char("G")], .bottom, scope: .accessLog, "Oldest entry shown"),
        Binding([.char("a")], .toggleAccessLogProfessions, scope: .accessLog,
                "Every profession's exports, or the open profession's again", hint: "All or this profession"),
        Binding([.escape], .back, scope: .accessLog, "Back to the list", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { [.accessLog] }

    static func title(_ state: AppState) -> String {
        state.accessLog.shownProfession.map { "Access log: \($0)" } ?? "Access log: every profession"
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        AccessLogScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        var log = AccessLogState()
        log.returnTo = state.screen
        // The open profession's exports first: the question is usually "who took our lists".
        log.professionCode = state.profession?.dashboard?.profession.code
        state.accessLog = log
        state.screen = screen
        return reload(state)
    }

    static func reload(_ state: AppState) -> [Effect] {
        let code = state.accessLog.shownProfession
        return [.read(FeatureRead(screen: screen, name: "access log \(code ?? "all")") { client, _ in
            AccessLogRead(professionCode: code,
                          entries: try EditingRead.editor(client).accessLog(professionCode: code, limit: AccessLogState.limit))
        })]
    }

    static func clamp(_ state: inout AppState) {
        state.accessLog.position.clamp(count: state.accessLog.entries.count, visible: AccessLogScreen.visibleRows(state.size))
    }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        // A read for the other choice (toggled meanwhile) is not this screen's.
        guard let read = data as? AccessLogRead, read.professionCode == state.accessLog.shownProfession else { return [] }
        state.accessLog.entries = read.entries
        state.accessLog.loaded = true
        clamp(&state)
        return []
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        if command == .back {
            let back = state.accessLog.returnTo
            state.screen = back
            return Features.feature(for: back).reload(state)
        }
        if command == .toggleAccessLogProfessions {
            guard state.accessLog.professionCode != nil else {
                state.status = "No profession is open: the log shows every profession's exports."
                return []
            }
            state.accessLog.allProfessions.toggle()
            state.accessLog.entries = []
            state.accessLog.loaded = false
            state.accessLog.position = ListPosition()
            return reload(state)
        }
        var log = state.accessLog
        guard log.list.move(command, count: log.entries.count, visible: AccessLogScreen.visibleRows(state.size)) else { return nil }
        state.accessLog = log
        return []
    }
}
