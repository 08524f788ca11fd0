import HopModel
import TerminalUI

/// The change log in a box over the screen, newest first: a heading line per change (when,
/// who, what, which record) and the fields it changed as before → after.
enum ChangeLogOverlay {
    static func render(_ view: ChangeLogView, in area: Rect, buffer: inout Buffer, theme: Theme) {
        // As wide as the help: 78 columns, more on a wide terminal.
        let modal = Modal(title: view.title, width: HelpOverlay.width(area), height: area.height - 2)
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
        let widths = headingWidths(view.entries, width: inner.width)
        for entry in view.entries {
            let lines = ChangeLogView.lines(entry, to: Symbols(theme).to)
            // Whole: the overlay scrolls, so no value is cut.
            // When and who keep their spacing; what was done wraps beside them, whole.
            let heading = headingLines(entry, widths: widths, width: inner.width)
            for line in heading { rows.append((line, theme.title)) }
            for line in TextFitting.wrap(lines.detail, width: inner.width - 2) { rows.append(("  " + line, theme.text)) }
        }
        let visible = out.remaining - 1
        let start = min(view.offset, max(0, rows.count - visible))
        for row in rows.dropFirst(start).prefix(visible) { out.line(row.0, row.1, buffer: &buffer) }
        buffer.write("\(view.entries.count) change\(view.entries.count == 1 ? "" : "s"), newest first · Up/Down scroll · Esc closes",
                     x: inner.x, y: inner.maxY - 1, style: theme.muted, maxWidth: inner.width)
    }

    /// The heading's columns, two cells apart: when (its own width), who (up to the longest
    /// user shown) and what was done (the rest, at least 16 cells, else nil: the heading wraps whole).
    static func headingWidths(_ entries: [ChangeLogEntry], width: Int) -> [Int]? {
        let when = entries.map { DisplayWidth.of(ChangeLogView.when($0)) }.max() ?? 0
        let widths = ColumnLayout.widths([.fixed("", when), .text("", min: 4, preferred: 12, values: entries.map(\.user)),
                                          ColumnSpec("", min: 16, share: 1)], width: width, gap: 2)
        return widths[2] >= 16 && widths[1] >= entries.map({ DisplayWidth.of($0.user) }).max() ?? 0 ? widths : nil
    }

    /// The heading of an entry in lines of `width`: when and who in their columns, then what
    /// was done, wrapped under itself; without columns, the whole heading wrapped.
    static func headingLines(_ entry: ChangeLogEntry, widths: [Int]?, width: Int) -> [String] {
        let what = ChangeLogView.what(entry)
        guard let widths else { return TextFitting.wrap(ChangeLogView.lead(entry) + what, width: width) }
        let lead = TextFitting.pad(ChangeLogView.when(entry), to: widths[0]) + "  " + TextFitting.pad(entry.user, to: widths[1]) + "  "
        let indent = String(repeating: " ", count: DisplayWidth.of(lead))
        return TextFitting.wrap(what, width: widths[2]).enumerated().map { ($0.offset == 0 ? lead : indent) + $0.element }
    }
}
