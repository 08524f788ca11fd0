import TerminalUI

/// Every key binding, grouped by where it applies (here first), generated from the keymap and searchable.
enum HelpOverlay {
    /// The overlay's width: 78 columns up to 140 wide, then 55% of the width (110 at 200), so
    /// that on a mid-sized terminal the screen's names beside it stay in view.
    static func width(_ area: Rect) -> Int { min(area.width - 2, max(78, area.width * 11 / 20)) }
    /// The column where descriptions start (after two spaces and the keys).
    static let keysWidth = 18

    /// The overlay's lines at `width` columns: a description too long for its row wraps onto
    /// rows of its own under the description column.
    static func lines(_ state: AppState, query: String, width: Int) -> [(text: String, isTitle: Bool)] {
        let needle = query.lowercased()
        var out: [(String, Bool)] = []
        // The keys of where the user is come first, then every other scope.
        var here = state
        here.overlay = nil
        let current = Keymap.scopes(for: here)
        for scope in current + Keymap.allScopes.filter({ !current.contains($0) }) {
            let matching = KeyTable.rows(scope, bindings: state.bindings).filter { row in
                needle.isEmpty || row.description.lowercased().contains(needle) || row.keys.lowercased().contains(needle)
            }
            guard !matching.isEmpty else { continue }
            out.append((scope.title, true))
            for row in matching {
                let disabled = row.bindings[0].disabledReason(state).map { " (\($0))" } ?? ""
                let wrapped = TextFitting.wrap(row.description + disabled, width: max(10, width - keysWidth))
                // Keys too long for their column (the kiosk's exit sequence) take a line of
                // their own, whole, with the description under the description column.
                let ownLine = DisplayWidth.of(row.keys) > keysWidth - 3
                if ownLine { out.append(("  " + row.keys, false)) }
                for (i, part) in wrapped.enumerated() {
                    let keys = i == 0 && !ownLine ? row.keys : ""
                    out.append(("  " + TextFitting.pad(keys, to: keysWidth - 2) + part, false))
                }
            }
        }
        return out
    }

    static func modal(_ area: Rect, footer: String? = nil) -> Modal {
        Modal(title: "Help: keys", width: width(area), height: area.height - 2, footer: footer)
    }

    /// The lines a page shows (the box less its border and the search line) and the lines
    /// there are, at the state's size.
    static func extent(_ state: AppState, help: HelpState) -> (page: Int, lines: Int) {
        let area = Layout.frame(state.size).body
        let frame = modal(area).frame(in: area)
        let width = max(0, frame.width - 2)
        return (max(1, frame.height - 3), lines(state, query: help.query, width: width).count)
    }

    /// The first line shown: the offset asked for, kept so that a page is never past the end.
    static func start(_ help: HelpState, page: Int, lines: Int) -> Int { min(max(0, help.offset), max(0, lines - page)) }

    /// "Lines 19-36 of 64 · PgUp/PgDn", or nil when everything fits.
    static func position(start: Int, page: Int, lines: Int) -> String? {
        guard lines > page else { return nil }
        return "Lines \(start + 1)-\(min(lines, start + page)) of \(lines) · PgUp/PgDn"
    }

    static func render(_ state: AppState, help: HelpState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let (page, count) = extent(state, help: help)
        let start = start(help, page: page, lines: count)
        let inner = modal(area, footer: position(start: start, page: page, lines: count)).render(in: area, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        out.line([("Search: ", theme.title), (help.query + "_", theme.text),
                  ("   type to search, Esc closes", theme.muted)], buffer: &buffer)
        let all = lines(state, query: help.query, width: inner.width)
        let visible = out.remaining
        if all.isEmpty { out.line("No key matches \"\(help.query)\".", theme.muted, buffer: &buffer) }
        for line in all.dropFirst(start).prefix(visible) {
            out.line(line.text, line.isTitle ? theme.title : theme.text, buffer: &buffer)
        }
    }
}
