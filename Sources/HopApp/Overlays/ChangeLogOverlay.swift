import HopModel
import TerminalUI

/// The change log in a box over the screen, newest first: a heading line per change (when,
/// who, what, which record) and the fields it changed as before → after.
enum ChangeLogOverlay {
    static func render(_ view: ChangeLogView, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let modal = Modal(title: view.title, width: min(78, area.width - 2), height: area.height - 2)
        let inner = modal.render(in: area, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        if !view.loaded {
            out.line("Reading the change log…", theme.muted, buffer: &buffer)
            return
        }
        if view.entries.isEmpty {
            out.line("No changes recorded yet.", theme.muted, buffer: &buffer)
            return
        }
        var rows: [(String, Style)] = []
        for entry in view.entries {
            let lines = ChangeLogView.lines(entry)
            // Whole: the overlay scrolls, so no value is cut.
            // A heading that fits keeps its spacing; a longer one wraps (wrapping joins words by
            // one space).
            let heading = DisplayWidth.of(lines.heading) <= inner.width ? [lines.heading] : TextFitting.wrap(lines.heading, width: inner.width)
            for line in heading { rows.append((line, theme.title)) }
            for line in TextFitting.wrap(lines.detail, width: inner.width - 2) { rows.append(("  " + line, theme.text)) }
        }
        let visible = out.remaining - 1
        let start = min(view.offset, max(0, rows.count - visible))
        for row in rows.dropFirst(start).prefix(visible) { out.line(row.0, row.1, buffer: &buffer) }
        buffer.write("\(view.entries.count) change\(view.entries.count == 1 ? "" : "s"), newest first · Up/Down scroll · Esc closes",
                     x: inner.x, y: inner.maxY - 1, style: theme.muted, maxWidth: inner.width)
    }
}
