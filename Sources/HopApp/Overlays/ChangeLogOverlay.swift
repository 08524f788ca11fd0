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
            // When and who keep their spacing; what was done wraps beside them, whole.
            let heading = headingLines(entry, width: inner.width)
            for line in heading { rows.append((line, theme.title)) }
            for line in TextFitting.wrap(lines.detail, width: inner.width - 2) { rows.append(("  " + line, theme.text)) }
        }
        let visible = out.remaining - 1
        let start = min(view.offset, max(0, rows.count - visible))
        for row in rows.dropFirst(start).prefix(visible) { out.line(row.0, row.1, buffer: &buffer) }
        buffer.write("\(view.entries.count) change\(view.entries.count == 1 ? "" : "s"), newest first · Up/Down scroll · Esc closes",
                     x: inner.x, y: inner.maxY - 1, style: theme.muted, maxWidth: inner.width)
    }

    /// The heading of an entry in lines of `width`: when and who first, then what was done,
    /// wrapped under itself; on a width too narrow for that, the whole heading wrapped.
    static func headingLines(_ entry: ChangeLogEntry, width: Int) -> [String] {
        let lead = ChangeLogView.lead(entry), what = ChangeLogView.what(entry)
        let leadWidth = DisplayWidth.of(lead)
        guard width - leadWidth >= 16 else { return TextFitting.wrap(lead + what, width: width) }
        let wrapped = TextFitting.wrap(what, width: width - leadWidth)
        let indent = String(repeating: " ", count: leadWidth)
        return wrapped.enumerated().map { ($0.offset == 0 ? lead : indent) + $0.element }
    }
}
