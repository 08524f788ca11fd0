import TerminalUI

/// Shown when there is no store yet. Nothing is created until the user chooses.
enum FirstRunScreen {
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
        for (key, label) in [("d", "Create it with demo data (fictional people)"), ("e", "Create it empty"), ("q", "Quit, creating nothing")] {
            out.line([(" \(key) ", theme.helpKey.reversed()), ("  " + label, theme.text)], buffer: &buffer)
        }
    }
}
