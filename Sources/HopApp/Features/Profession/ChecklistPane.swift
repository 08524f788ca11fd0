import HopModel
import TerminalUI

/// Checklist progress: per area and overall, overdue and unowned items. Zoomed: every item
/// with status, owner, due date and flags, and the selected item's evidence note.
enum ChecklistPane {
    static func listHeight(inner: Rect, zoomed: Bool) -> Int {
        zoomed ? max(1, inner.height - 6) : 5
    }

    static func render(_ c: PaneContext, in rect: Rect, buffer: inout Buffer) {
        if c.zoomed { renderItems(c, in: rect, buffer: &buffer) } else { renderSummary(c, in: rect, buffer: &buffer) }
    }

    static func renderSummary(_ c: PaneContext, in rect: Rect, buffer: inout Buffer) {
        let report = c.dashboard.checklist
        var out = LineWriter(rect)
        let barWidth = max(0, min(40, rect.width - 24))
        out.line(TextFitting.pad("Area", to: 12) + TextFitting.pad("Done", to: 6, alignRight: true)
                 + TextFitting.pad("", to: 5), c.theme.title, buffer: &buffer)
        for progress in report.areas {
            let ratio = progress.ratio
            out.line([
                (TextFitting.pad(progress.area.shortName, to: 12), c.theme.text),
                (TextFitting.pad("\(ratio.count)/\(ratio.base)", to: 6, alignRight: true), c.theme.text),
                (TextFitting.pad(Format.percent(ratio), to: 5, alignRight: true) + " ", c.theme.text),
                (Bar.text(fraction: ratio.fraction ?? 0, width: barWidth, symbols: c.symbols), c.theme.good),
            ], buffer: &buffer)
        }
        let overall = report.overall
        out.line(c.withTrend([("Overall \(overall.count)/\(overall.base) done (\(Format.percent(overall)))", c.theme.title)],
                             .checklist, width: rect.width), buffer: &buffer)
        let overdue = report.overdue.count, unowned = report.unowned.count
        out.line([
            ("\(c.symbols.warningPrefix)late \(overdue) overdue", overdue > 0 ? c.theme.bad : c.theme.muted),
            ("  ?owner \(unowned) unowned", unowned > 0 ? c.theme.warning : c.theme.muted),
        ], buffer: &buffer)
        // Wider panes list the overdue items themselves, earliest due first.
        let overdueRows = report.overdue.sorted { ($0.entry.due ?? Day(ordinal: 0)) < ($1.entry.due ?? Day(ordinal: 0)) }
        for row in overdueRows where out.hasRoom {
            out.line("\(row.item.id) due \(Format.date(row.entry.due)): \(row.item.label)", c.theme.muted, buffer: &buffer)
        }
        // Taller panes go on with the items still open and not yet late, soonest due first.
        let open = report.rows.filter { !$0.isOverdue && ($0.entry.status == .notStarted || $0.entry.status == .inProgress) }
            .sorted { ($0.entry.due?.ordinal ?? Int.max, $0.item.id) < ($1.entry.due?.ordinal ?? Int.max, $1.item.id) }
        guard !open.isEmpty, out.remaining >= 3 else { return }
        out.skip()
        renderOpen(c, open, out: &out, buffer: &buffer)
    }

    /// The open items as a table: id, status, due date, owner and the item's text.
    static func renderOpen(_ c: PaneContext, _ rows: [ChecklistRow], out: inout LineWriter, buffer: inout Buffer) {
        let owners = rows.map { $0.entry.owner.isEmpty ? "?owner" : $0.entry.owner }
        let columns = ColumnLayout.columns([
            .fixed("Open", 4, alignRight: false), .fixed("Status", 11, alignRight: false), .fixed("Due", 11, alignRight: false),
            .text("Owner", min: 6, preferred: 13, values: owners), ColumnSpec("Item", min: 16, share: 3),
        ], width: out.rect.width)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: c.ascii), c.theme.title, buffer: &buffer)
        for (row, owner) in zip(rows, owners) where out.hasRoom {
            let cells = [row.item.id, row.entry.status.label, Format.date(row.entry.due), owner, row.item.label]
            out.line(ColumnLayout.line(cells, columns, ascii: c.ascii), c.theme.text, buffer: &buffer)
        }
    }

    /// The overdue figure as the list's last row: how many items and owners, marked when selected.
    static func renderOverdueFigure(_ c: PaneContext, index: Int, out: inout LineWriter, buffer: inout Buffer) {
        let overdue = c.dashboard.checklist.overdue
        let selected = index == c.selected
        out.declareRow(index, selected: selected, buffer: &buffer)
        let owners = OverdueItems.owners(of: overdue)
        let text = c.figurePrefix(selected) + "\(c.symbols.warningPrefix)late \(overdue.count) overdue, "
            + (owners == 1 ? "1 owner" : "\(owners) owners") + (selected && c.marksFigure ? " (Enter: by owner)" : "")
        out.line(text, selected ? c.theme.selection : overdue.isEmpty ? c.theme.muted : c.theme.bad, buffer: &buffer)
    }

    static func renderItems(_ c: PaneContext, in rect: Rect, buffer: inout Buffer) {
        let report = c.dashboard.checklist
        var out = LineWriter(rect)
        // The item's label takes two shares of the room, the owner one up to the longest owner;
        // the item's whole text is in the detail under the list.
        let columns = ColumnLayout.columns([
            .fixed("Item", 4, alignRight: false), ColumnSpec("", min: 10, preferred: 20, share: 2),
            .fixed("Status", 13, alignRight: false),
            .text("Owner", min: 10, preferred: 13, values: report.rows.map(\.entry.owner)),
            .fixed("Due", 11, alignRight: false), ColumnSpec("Flags", min: 5, preferred: 12),
        ], width: rect.width)
        func pad(_ text: String, _ i: Int) -> String { TextFitting.pad(text, to: columns[i].width, ascii: c.ascii) + " " }
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: c.ascii), c.theme.title, buffer: &buffer)
        let height = listHeight(inner: rect, zoomed: true)
        // After the items, the overdue figure (Enter lists its items by owner).
        let lines = report.rows.isEmpty ? 0 : report.rows.count + 1
        let start = min(c.position.offset, max(0, lines - height))
        for i in start..<min(lines, start + height) {
            guard report.rows.indices.contains(i) else {
                renderOverdueFigure(c, index: i, out: &out, buffer: &buffer)
                continue
            }
            let row = report.rows[i]
            let selected = i == c.selected
            out.declareRow(i, selected: selected, buffer: &buffer)
            let base = selected ? c.theme.selection : c.theme.text
            let status = c.marks.checklist(row.entry.status)
            // Words, not colour: "late" past its due date, "owner?" when nobody owns it.
            var flags: [String] = []
            if row.isOverdue { flags.append(c.symbols.warningPrefix + "late") }
            if row.isUnowned { flags.append("?owner") }
            let flagText = flags.joined(separator: " ")
            out.line([
                (pad(row.item.id, 0), base),
                (pad(row.item.label, 1), base),
                (pad(status.text, 2), selected ? base : status.style),
                (pad(row.entry.owner.isEmpty ? "-" : row.entry.owner, 3), base),
                (pad(Format.date(row.entry.due), 4), base),
                (TextFitting.pad(flagText, to: columns[5].width, ascii: c.ascii), selected ? base : c.theme.bad),
            ], buffer: &buffer)
        }
        out.advance(to: 0)
        var detail = LineWriter(Rect(x: rect.x, y: rect.maxY - 5, width: rect.width, height: 5))
        guard report.rows.indices.contains(c.position.selected) else { return }
        let row = report.rows[c.position.selected]
        let area = c.framework.area(row.item.area)?.name ?? ""
        detail.line("\(row.item.id) · \(area) · principles \(row.item.principles.joined(separator: ", "))",
                    c.theme.title, buffer: &buffer)
        detail.line(row.item.label, c.theme.text, buffer: &buffer)
        let evidence = row.entry.evidence.isEmpty ? "No evidence recorded." : "Evidence: " + row.entry.evidence
        for line in TextFitting.wrap(evidence, width: rect.width, lines: 2) {
            detail.line(line, row.entry.evidence.isEmpty ? c.theme.muted : c.theme.text, buffer: &buffer)
        }
        detail.line("Last updated \(Format.date(row.entry.updated))", c.theme.muted, buffer: &buffer)
    }
}
