import HopModel
import TerminalUI

/// Every profession side by side: staff, maturity per area, checklist %, CPD on track %,
/// mandatory qualifications held %, succession, (given room) audit coverage and skill needs unmet,
/// trend, largest skill gap. Sortable by any column; filterable by name or code.
enum OverviewScreen {
    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let overview = state.overview
        if overview.byDepartment {
            DepartmentOverview.render(overview, in: body, buffer: &buffer, theme: theme)
            return
        }
        let symbols = Symbols(theme)
        var footer = "v: by department"
        if overview.editingFilter || !overview.filter.isEmpty {
            footer = "Filter: \(overview.filter)" + (overview.editingFilter ? "_" : "")
        }
        let inner = Block(title: "Cross-profession overview", focused: true, footer: footer)
            .render(in: body, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let rows = overview.visibleRows
        if overview.loaded && overview.rows.isEmpty {
            var out = LineWriter(inner)
            out.line("This store has no professions yet.", theme.text, buffer: &buffer)
            out.line("Load the demo with 'hopdash init --demo', or add records (see README).", theme.muted, buffer: &buffer)
            return
        }
        if !overview.loaded {
            buffer.write("Loading…", x: inner.x, y: inner.y, style: theme.muted)
            return
        }
        let areas = state.framework.areas
        // Widths from every profession, not only those the filter shows, so columns stay put.
        let table = OverviewTable(areas: areas, trends: overview.baseline == nil ? nil : overview.trends,
                                  rows: overview.rows, width: inner.width)
        let plain = table.columns
        let sortIndex = table.index(of: overview.sortColumn)
        // A reader is told the order in words, on the last line, not by a mark in a header.
        let columns = theme.screenReader ? plain
            : sorted(plain, at: sortIndex, arrow: overview.descending ? symbols.down : symbols.up)
        if theme.screenReader {
            let order = "Sorted by " + sortName(overview.sortColumn, plain, at: sortIndex) + ", \(overview.descending ? "descending" : "ascending")"
            buffer.write(order, x: inner.x, y: inner.maxY, style: theme.muted, maxWidth: max(0, inner.width - DisplayWidth.of(footer) - 3))
        }
        let marks = StatusMarks(theme: theme)
        let texts = rows.map(table.cells)
        let tableRows: [[TableCell]] = zip(rows, texts).map { row, cells in
            cells.enumerated().map { i, text in
                TableCell(text, style: i == cells.count - 1 ? marks.gapStyle(row.largestGap?.ratio.fraction) : nil)
            }
        }
        // The legend's two lines and the detail line above them; a delete question takes
        // two lines more, and the table scrolls so that the row asked about stays in view.
        let question = overview.pendingDelete.map {
            TextFitting.wrap(OverviewFeature.deleteQuestion($0), width: inner.width, lines: 4)
        }
        // The trend's line joins the legend when there is something to measure from; what the
        // figure columns count takes a second line when a narrow terminal shows them all.
        let counts = legend(plain, width: inner.width)
        let legendLines = (overview.baseline == nil ? 1 : 2) + counts.count
        let below = max(legendLines + 1, question?.count ?? 0)
        let tableRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - below))
        let selected = overview.position.selected
        let offset = Table.visibleOffset(selected: selected, offset: overview.position.offset,
                                         bodyHeight: Table.bodyHeight(tableRect.height), count: rows.count)
        Table(columns: columns, rows: tableRows, selected: selected, offset: offset)
            .render(in: tableRect, buffer: &buffer, theme: theme)
        if rows.isEmpty {
            buffer.write("No profession matches \"\(overview.filter)\". Esc clears the filter.",
                         x: inner.x, y: inner.y + 1, style: theme.muted, clip: inner)
        }
        if let question {
            var out = LineWriter(Rect(x: inner.x, y: inner.maxY - question.count, width: inner.width, height: question.count))
            for line in question { out.line(TextFitting.pad(line, to: inner.width), theme.warning, buffer: &buffer) }
            return
        }
        // A name or gap cut in its column, or a column dropped for room, is shown whole for the selected row.
        if texts.indices.contains(selected), let detail = detail(texts[selected], plain, sortedBy: overview.sortColumn.isTrend ? nil : sortIndex,
                                                                     arrow: overview.descending ? symbols.down : symbols.up) {
            var out = LineWriter(Rect(x: inner.x, y: inner.maxY - legendLines - 1, width: inner.width, height: 1))
            out.line(detail, theme.text, buffer: &buffer)
        }
        var legend = LineWriter(Rect(x: inner.x, y: inner.maxY - legendLines, width: inner.width, height: legendLines))
        if let baseline = overview.baseline {
            let order = overview.sortColumn == .improved ? " · most improved first"
                : overview.sortColumn == .slipping ? " · slipping first" : ""
            legend.line("Trend: +better -worse " + baseline.since + order, theme.muted, buffer: &buffer)
        }
        legend.line("Maturity 1-5: " + areas.map { "\($0.shortName.prefix(2))=\($0.shortName)" }.joined(separator: " "),
                    theme.muted, buffer: &buffer)
        for line in counts { legend.line(line, theme.muted, buffer: &buffer) }
    }

    /// What the figure columns count (the wide-only ones when shown) and what "*" marks, in
    /// one line, or two when one would cut it; an entry is never split between lines.
    static func legend(_ columns: [Column], width: Int) -> [String] {
        let shown = Set(columns.filter { $0.width > 0 }.map(\.header))
        let entries = ["Check: done", "CPD: on track", "Quals: all held", "Succ: ready successor"]
            + (shown.contains("Audit") ? ["Audit: assessed"] : []) + (shown.contains("Below") ? ["Below: needs unmet"] : [])
            + ["* new"]
        var lines = [String]()
        for entry in entries {
            if let last = lines.last, DisplayWidth.of(last) + 3 + DisplayWidth.of(entry) <= width {
                lines[lines.count - 1] = last + " · " + entry
            } else {
                lines.append(entry)
            }
        }
        return lines.count <= 2 ? lines : [lines[0], lines[1...].joined(separator: " · ")]
    }

    /// The selected row's cells that were cut or dropped for room, whole; first, the order in
    /// words when the sort's column was dropped (its arrow is not on screen).
    static func detail(_ cells: [String], _ columns: [Column], sortedBy index: Int?, arrow: String) -> String? {
        let cut = ColumnLayout.detail(cells, columns)
        guard let index, columns[index].width == 0 else { return cut }
        return ["Sorted by \(columns[index].header) \(arrow)", cut].compactMap { $0 }.joined(separator: " · ")
    }

    /// What a reader is told the order is: the column's header, or the trend's two orders.
    static func sortName(_ sort: OverviewColumn, _ columns: [Column], at index: Int?) -> String {
        switch sort {
        case .improved: "trend, most improved"
        case .slipping: "trend, slipping"
        default: index.map { columns[$0].header } ?? "name"
        }
    }

    /// The sort column's header ends in an arrow (in its last cell when the header fills the
    /// column), so the sort is named in text, not only highlighted. No column (a trend sort
    /// with nothing kept) or a dropped one: no header names it.
    static func sorted(_ columns: [Column], at index: Int?, arrow: String) -> [Column] {
        guard let i = index, columns[i].width > 0 else { return columns }
        var columns = columns
        let header = columns[i].header
        columns[i].header = (DisplayWidth.of(header) < columns[i].width ? header : String(header.prefix(max(1, columns[i].width - 1)))) + arrow
        return columns
    }
}
