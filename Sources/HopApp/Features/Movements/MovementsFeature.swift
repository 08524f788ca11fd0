import TerminalUI

extension Screen {
    /// The open profession's movements: joiners, leavers, placements, flows.
    public static let movements = Screen("movements")
}

extension KeyScope {
    public static let movements = KeyScope("movements", "Movements of a profession (M on a dashboard)")
}

/// The open profession's movements, from its dashboard's figures (no read of its own).
enum MovementsFeature: Feature {
    static let screen = Screen.movements

    static let bindings = [
        Binding([.char("M")], .show(.movements), scope: .profession,
                "Movements: joiners, leavers, secondments and loans, returns, flows between professions",
                hint: "Movements", rank: HintRank.editing),
        Binding([.escape], .back, scope: .movements, "Back to the dashboard", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { [.movements] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        MovementsScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .profession, state.profession?.dashboard != nil else { return nil }
        state.screen = screen
        return []
    }

    static func reload(_ state: AppState) -> [Effect] { ProfessionFeature.reload(state) }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        guard command == .back else { return nil }
        state.screen = .profession
        return []
    }
}
