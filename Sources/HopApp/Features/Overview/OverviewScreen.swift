import HopModel
import TerminalUI

/// Every profession side by side: staff, maturity per area, checklist %, CPD on track %,
/// mandatory qualifications held %, largest skill gap. Sortable by any column; filterable by name or code.
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
        let trends = overview.trends
        let hasBaseline = overview.baseline != nil
        let cells: (OverviewRow) -> [String] = { row in
            OverviewScreen.cells(row, trend: trends[row.professionId], baseline: hasBaseline)
        }
        // Widths from every profession, not only those the filter shows, so columns stay put.
        let plain = columns(areas: areas, width: inner.width, rows: overview.rows.map(cells))
        // A reader is told the order in words, on the last line, not by a mark in a header.
        let columns = theme.screenReader ? plain
            : sorted(plain, by: overview.sortColumn, arrow: overview.descending ? symbols.down : symbols.up)
        if theme.screenReader {
            let order = "Sorted by " + sortName(overview.sortColumn, plain) + ", \(overview.descending ? "descending" : "ascending")"
            buffer.write(order, x: inner.x, y: inner.maxY, style: theme.muted, maxWidth: max(0, inner.width - DisplayWidth.of(footer) - 3))
        }
        let marks = StatusMarks(theme: theme)
        let texts = rows.map(cells)
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
        // The trend's line joins the legend when there is something to measure from.
        let legendLines = overview.baseline == nil ? 2 : 3
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
        // A name or gap cut in its column, or a dropped trend, is shown whole for the selected row.
        if texts.indices.contains(selected), let detail = ColumnLayout.detail(texts[selected], plain) {
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
        legend.line("Check: done · CPD: on track · Quals: all held · Succ: ready successor · * new",
                    theme.muted, buffer: &buffer)
    }

    /// A row's cells; the trend's only when there is a baseline (`trend` nil then: "-").
    static func cells(_ row: OverviewRow, trend: ProfessionTrend?, baseline: Bool) -> [String] {
        [row.name + (row.isNew ? " *" : ""), Format.count(row.staff)] + row.maturity.map { $0.map(String.init) ?? "-" }
            + [Format.percent(row.checklist), Format.percent(row.cpdCompliant), Format.percent(row.qualificationsHeld),
               Format.percent(row.successionReadyNow)] + (baseline ? [trend?.text ?? "-"] : [])
            + [row.largestGap.map { gapText($0.ratio, $0.skill) } ?? "-"]
    }

    /// What a reader is told the order is: the column's header, or the trend's two orders.
    static func sortName(_ sort: OverviewColumn, _ columns: [Column]) -> String {
        switch sort {
        case .improved: "trend, most improved"
        case .slipping: "trend, slipping"
        default: columns[sortColumnIndex(sort, hasTrend: columns.count > 12)].header
        }
    }

    /// The name takes two shares of the room past the preferred widths, the gap one, each up
    /// to its longest value; the figures keep their widths.
    static func columns(areas: [Area], width: Int, rows: [[String]]) -> [Column] {
        var specs = [ColumnSpec.text("Profession", min: 12, preferred: 20, share: 2, values: rows.map { $0[0] }),
                     .fixed("Staff", 6)]
        specs += areas.map { .fixed(String($0.shortName.prefix(2)), 2) }
        specs += [.fixed("Check", 5), .fixed("CPD", 5), .fixed("Quals", 5), .fixed("Succ", 5)]
        // The trend column is there when the rows carry it (a baseline was kept).
        let hasTrend = rows.first.map { $0.count > 8 + areas.count - 1 } ?? false
        if hasTrend { specs.append(.fixed("Trend", 5)) }
        specs.append(.text("Largest gap", min: 12, preferred: 12, values: rows.map { $0.last ?? "" }))
        var columns = ColumnLayout.columns(specs, width: width)
        // The trend gives way first when the names would be cut to less than they had before
        // it came (80 columns): it is dropped (width 0, its place kept so the indices hold)
        // and the selected row's detail line says it instead.
        if hasTrend, columns[0].width < min(readableName, specs[0].max ?? readableName) {
            let trend = specs.count - 2
            columns = ColumnLayout.columns(specs.enumerated().filter { $0.offset != trend }.map(\.element), width: width)
            columns.insert(Column("Trend", width: 0, alignRight: true), at: trend)
        }
        return columns
    }

    /// The name column's width at 80 columns without the trend: "Operational Deliv…".
    static let readableName = 18

    /// The sort column's header ends in an arrow (in its last cell when the header fills the
    /// column), so the sort is named in text, not only highlighted.
    static func sorted(_ columns: [Column], by sort: OverviewColumn, arrow: String) -> [Column] {
        var columns = columns
        let hasTrend = columns.count > 12
        // Sorted by a trend with no trend column (nothing kept yet): no header names it.
        guard hasTrend || !sort.isTrend else { return columns }
        let i = sortColumnIndex(sort, hasTrend: hasTrend)
        let header = columns[i].header
        columns[i].header = (DisplayWidth.of(header) < columns[i].width ? header : String(header.prefix(max(1, columns[i].width - 1)))) + arrow
        return columns
    }

    /// The gap's percentage right-aligned in four columns ("100%"), so the skill names line up.
    static func gapText(_ ratio: Ratio, _ skill: String) -> String {
        TextFitting.pad(Format.percent(ratio), to: 4, alignRight: true) + " " + skill
    }

    /// `hasTrend`: the trend column is drawn (before the largest gap).
    static func sortColumnIndex(_ column: OverviewColumn, hasTrend: Bool) -> Int {
        switch column {
        case .name: 0
        case .staff: 1
        case .area1, .area2, .area3, .area4, .area5: 2 + column.rawValue - OverviewColumn.area1.rawValue
        case .checklist: 7
        case .cpd: 8
        case .qualifications: 9
        case .succession: 10
        case .improved, .slipping: 11
        case .gap: hasTrend ? 12 : 11
        }
    }
}
