import TerminalUI

/// What a mouse event asks for, from what the last frame drew under the pointer (its
/// `FrameMap`). Pure, so that hit testing is tested without a terminal.
///
/// A press on a list row selects it, and on a pane of the dashboard that is not focused, focuses
/// it first; the wheel moves the selection three rows (over another pane, focusing it first),
/// and scrolls help. While a form, a question or a filter is being answered, and in the kiosk,
/// the mouse does nothing: those take keys only.
public enum MouseInput {
    /// Rows one notch of the wheel moves.
    public static let wheelRows = 3

    public static func actions(_ event: MouseEvent, map: FrameMap, state: AppState) -> [Action] {
        guard state.mode == .interactive else { return [] }
        let wheel: Command? = switch event.kind {
        case .wheelUp: .up
        case .wheelDown: .down
        case .press: nil
        }
        if state.overlay != nil {
            return wheel.map { Array(repeating: .command($0), count: wheelRows) } ?? []
        }
        guard !Keymap.scopes(for: state).contains(where: \.isModal) else { return [] }
        let hit = map.hit(x: event.x, y: event.y)
        var actions: [Action] = []
        if state.screen == .profession, let region = hit.region, let pane = ProfessionFeature.pane(region: region),
           pane != state.profession?.focus {
            actions.append(.command(.focusPane(pane)))
        }
        // The full-screen maturity pane's history is a second list: a click chooses an
        // assessment, the wheel over it moves along it as ← and → do.
        let inHistory = hit.list == MaturityPane.historyList
        if let wheel {
            let step: Command = inHistory ? (wheel == .down ? .scrollRight : .scrollLeft) : wheel
            actions += Array(repeating: .command(step), count: wheelRows)
        } else if let row = hit.row {
            actions.append(.command(inHistory ? .selectHistoryRow(row) : .selectRow(row)))
        }
        return actions
    }
}
