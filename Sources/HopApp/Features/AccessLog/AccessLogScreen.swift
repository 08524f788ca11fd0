import HopModel
import TerminalUI

/// The access log as a table: when, who, profession, which list, how many people, format.
enum AccessLogScreen {
    /// Rows visible at this size (inside the border, under the header, above two lines).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 2) }

    /// "2026-10-01 10:00 UTC" from the stored ISO 8601 time.
    static func when(_ at: String) -> String {
        guard at.count >= 16 else { return at }
        return String(at.prefix(10)) + " " + String(at.dropFirst(11).prefix(5)) + " UTC"
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let log = state.accessLog
        let whose = log.shownProfession.map { "\($0)'s lists" } ?? "Every profession's lists"
        let inner = Block(title: "\(whose) of people taken out of the tool (no names are kept)", focused: true,
                          footer: Keymap.footer(.accessLog, state: state, width: rect.width - 4))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let ascii = !theme.unicode
        let first = log.position.offset
        let shown = Array(log.entries.dropFirst(first).prefix(visibleRows(state.size)))
        let columns = ColumnLayout.columns([
            .fixed("When", 20, alignRight: false),
            .text("Who", min: 8, preferred: 14, values: shown.map(\.user)),
            .fixed("Profession", 10, alignRight: false),
            .text("List", min: 12, preferred: 30, share: 2, values: shown.map(\.listTitle)),
            .fixed("People", 7),
            .fixed("Format", 8, alignRight: false),
        ], width: inner.width)
        func cells(_ entry: AccessLogEntry) -> [String] {
            [when(entry.at), entry.user, entry.professionCode, entry.listTitle, Format.count(entry.people), entry.format]
        }
        var out = LineWriter(inner)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        if log.entries.isEmpty {
            let none = log.shownProfession.map { "No list of \($0)'s people has been exported." }
                ?? "No list of people has been exported."
            out.line(log.loaded ? none : "Reading…", theme.muted, buffer: &buffer)
        }
        for (i, entry) in shown.enumerated() {
            let style = first + i == log.position.selected ? theme.selection : theme.text
            // Where the row is, for a click and for a screen reader's cursor.
            out.declareRow(first + i, selected: first + i == log.position.selected, buffer: &buffer)
            out.line(ColumnLayout.line(cells(entry), columns, ascii: ascii), style, buffer: &buffer)
        }
        // Where the selection is, and below it what a cut column hides of the selected entry.
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        let count = log.entries.count
        let total = count == AccessLogState.limit ? "the latest \(Format.count(count)) exports"
            : "\(Format.count(count)) " + (count == 1 ? "export" : "exports")
        let position = count == 0 ? "" : "\(Format.count(log.list.position.selected + 1)) of "
        if log.loaded { bottom.line(position + total, theme.muted, buffer: &buffer) }
        if let detail = log.selected.flatMap({ ColumnLayout.detail(cells($0), columns) }) {
            bottom.line(detail, theme.text, buffer: &buffer)
        }
    }
}
