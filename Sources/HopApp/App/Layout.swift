import TerminalUI

/// Screen geometry as pure functions of the terminal size (lazygit's GetWindowDimensions).
public enum Layout {
    /// Below this every screen shows "terminal too small" instead of a cramped dashboard.
    public static let minimum = Size(width: 80, height: 24)

    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    /// Title line, body, and the key-hint line.
    public static func frame(_ size: Size) -> (header: Rect, body: Rect, footer: Rect) {
        let all = Rect(size: size)
        let (header, rest) = all.splitTop(1)
        let (body, footer) = rest.splitBottom(1)
        return (header, body, footer)
    }

    /// The four dashboard panes in a 2×2 grid, or the focused one filling the body when zoomed.
    public static func panes(_ body: Rect, zoomed: Pane?) -> [Pane: Rect] {
        if let pane = zoomed { return [pane: body] }
        let rows = body.rows(2)
        let top = rows[0].columns(2), bottom = rows[1].columns(2)
        return [.maturity: top[0], .skills: top[1], .cpd: bottom[0], .checklist: bottom[1]]
    }

    /// Rows for a list inside a bordered screen body, given the lines the screen keeps inside
    /// its border above the list (tabs, a column header) and below it (a legend, a filter, a
    /// question).
    public static func listRows(_ size: Size, above: Int, below: Int) -> Int {
        max(1, frame(size).body.height - 2 - above - below)
    }

    /// Table rows visible on the overview (under the column header, above the selected row's
    /// detail line and the two-line legend).
    public static func overviewRows(_ size: Size) -> Int { listRows(size, above: 1, below: 3) }

    /// The pane that fills the dashboard's body: the zoomed one, and in screen-reader mode the
    /// focused one always (a reader follows one pane at a time; Tab moves to the next).
    static func filledPane(_ state: AppState) -> Pane? {
        guard let profession = state.profession else { return nil }
        return profession.zoomed || state.screenReader ? profession.focus : nil
    }

    /// Selectable rows visible in a pane as currently laid out (in screen-reader mode, as each
    /// pane shows when it has focus).
    static func paneRows(_ pane: Pane, state: AppState) -> Int {
        let filled = state.screenReader ? pane : filledPane(state)
        guard let rect = panes(frame(state.size).body, zoomed: filled)[pane] else { return 1 }
        return max(1, PaneContent.listHeight(pane, inner: rect.inset(by: 1), zoomed: state.profession?.zoomed == true))
    }
}
