import TerminalUI

extension Screen {
    /// No store yet: offer the demo, an empty store, or quitting.
    public static let firstRun = Screen("firstRun")
}

extension KeyScope {
    public static let firstRun = KeyScope("firstRun", "First run")
}

/// Shown when there is no store yet. Nothing is created until the user chooses.
enum FirstRunFeature: Feature {
    static let screen = Screen.firstRun

    static let bindings = [
        Binding([.char("d")], .createDemoStore, scope: .firstRun, "Create the store with demo data (fictional people)",
                hint: "Demo", mutates: true),
        Binding([.char("e")], .createEmptyStore, scope: .firstRun, "Create the store empty", hint: "Empty", mutates: true),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { [.firstRun] }

    static func title(_ state: AppState) -> String { "" }

    /// Nothing leads back here once a store exists.
    static func open(_ state: inout AppState) -> [Effect]? { nil }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .createDemoStore, .createEmptyStore:
            let demo = command == .createDemoStore
            state.notice = demo ? "Creating the demo store…" : "Creating the store…"
            return [.createStore(demo: demo)]
        default:
            return nil
        }
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let modal = Modal(title: "Welcome to hopdash", width: min(72, body.width), height: 12)
        let inner = modal.render(in: body, buffer: &buffer, theme: theme)
        var out = LineWriter(inner)
        out.line("A dashboard for Heads of Profession: maturity, skills gaps,", theme.text, buffer: &buffer)
        out.line("CPD and the good-practice checklist, for every profession.", theme.text, buffer: &buffer)
        out.skip()
        out.line("There is no store yet at:", theme.muted, buffer: &buffer)
        out.line("  " + state.storeDescription, theme.text, buffer: &buffer)
        out.skip()
        // The keymap in force (a config file may have rebound them).
        let choices = state.bindings.filter { $0.scope == .firstRun }.map { ($0.keys[0].description, $0.description) }
            + [(Keymap.key(for: .quit, bindings: state.bindings).map(\.description) ?? "q", "Quit, creating nothing")]
        for (key, label) in choices {
            out.line([(" \(key) ", theme.helpKey.reversed()), ("  " + label, theme.text)], buffer: &buffer)
        }
    }
}
