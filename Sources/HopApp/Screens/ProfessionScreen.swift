import HopModel
import TerminalUI

/// One profession's dashboard: four panes in a grid, or one of them full screen.
enum ProfessionScreen {
    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        guard let profession = state.profession else { return }
        guard let dashboard = profession.dashboard else {
            buffer.write("Loading…", x: body.x + 1, y: body.y + 1, style: theme.muted)
            return
        }
        let zoomed = profession.zoomed ? profession.focus : nil
        for (pane, rect) in Layout.panes(body, zoomed: zoomed).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let focused = pane == profession.focus
            let hint = zoomed == nil ? (focused ? "Enter: full screen" : "\(pane.rawValue)") : "Esc: back"
            let inner = Block(title: "\(pane.rawValue) \(pane.title)", focused: focused, footer: hint)
                .render(in: rect, buffer: &buffer, theme: theme)
            guard !inner.isEmpty else { continue }
            PaneContent.render(pane, dashboard: dashboard, framework: state.framework, in: inner, buffer: &buffer,
                               theme: theme, zoomed: zoomed != nil, focused: focused, position: profession.position(pane))
        }
    }

    /// "Policy (POL) · 612 staff · Head: Name, email, phone" for the title line.
    static func title(_ state: AppState) -> String {
        guard let dashboard = state.profession?.dashboard else { return "Loading…" }
        let p = dashboard.profession
        var parts = ["\(p.name) (\(p.code))\(p.isNew ? " new" : "")", "\(Format.count(dashboard.staffCount)) staff"]
        if !p.headName.isEmpty {
            parts.append("Head: " + ([p.headName, p.headEmail, p.headPhone].filter { !$0.isEmpty }.joined(separator: ", ")))
        }
        return parts.joined(separator: " · ")
    }
}
