import HopModel
import TerminalUI

/// Every profession side by side: staff, maturity per area, checklist %, CPD on track %,
/// largest skill gap. Sortable by any column; filterable by name or code.
enum OverviewScreen {
    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let overview = state.overview
        if overview.byDepartment {
            DepartmentOverview.render(overview, in: body, buffer: &buffer, theme: theme)
            return
        }
        let symbols = Symbols(unicode: theme.unicode)
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
        // Every column but the name and the gap, with the one-column gaps after each.
        let fixed = 1 + 7 + areas.count * 3 + 6 + 6
        let nameWidth = max(12, min(34, (inner.width - fixed) / 2))
        let gapWidth = max(8, inner.width - fixed - nameWidth)
        var columns = [Column("Profession", width: nameWidth), Column("Staff", width: 6, alignRight: true)]
        columns += areas.map { Column(String($0.shortName.prefix(2)), width: 2, alignRight: true) }
        columns += [Column("Check", width: 5, alignRight: true), Column("CPD", width: 5, alignRight: true),
                    Column("Largest skill gap", width: gapWidth)]
        // The sort column is named in the header with an arrow, not only highlighted.
        let sortIndex = sortColumnIndex(overview.sortColumn)
        let arrow = overview.descending ? symbols.down : symbols.up
        columns[sortIndex].header = String(columns[sortIndex].header.prefix(max(1, columns[sortIndex].width - 1))) + arrow
        let marks = StatusMarks(theme: theme)
        let tableRows: [[TableCell]] = rows.map { row in
            var cells = [TableCell(row.name + (row.isNew ? " *" : "")), TableCell(Format.count(row.staff))]
            cells += row.maturity.map { TableCell($0.map(String.init) ?? "-") }
            cells += [
                TableCell(Format.percent(row.checklist)),
                TableCell(Format.percent(row.cpdCompliant)),
                TableCell(row.largestGap.map { gapText($0.ratio, $0.skill) } ?? "-",
                          style: marks.gapStyle(row.largestGap?.ratio.fraction)),
            ]
            return cells
        }
        let tableRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 2))
        Table(columns: columns, rows: tableRows, selected: overview.position.selected, offset: overview.position.offset)
            .render(in: tableRect, buffer: &buffer, theme: theme)
        if rows.isEmpty {
            buffer.write("No profession matches \"\(overview.filter)\". Esc clears the filter.",
                         x: inner.x, y: inner.y + 1, style: theme.muted, clip: inner)
        }
        if let row = overview.pendingDelete {
            // The question takes the legend's lines and two more, so that it is read whole.
            var question = LineWriter(Rect(x: inner.x, y: inner.maxY - 4, width: inner.width, height: 4))
            for line in TextFitting.wrap(OverviewFeature.deleteQuestion(row), width: inner.width, lines: 4) {
                question.line(TextFitting.pad(line, to: inner.width), theme.warning, buffer: &buffer)
            }
            return
        }
        var legend = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        legend.line("Maturity 1-5: " + areas.map { "\($0.shortName.prefix(2))=\($0.shortName)" }.joined(separator: " "),
                    theme.muted, buffer: &buffer)
        legend.line("Check: checklist done · CPD: completed or on track · * newly established",
                    theme.muted, buffer: &buffer)
    }

    /// The gap's percentage right-aligned in four columns ("100%"), so the skill names line up.
    static func gapText(_ ratio: Ratio, _ skill: String) -> String {
        TextFitting.pad(Format.percent(ratio), to: 4, alignRight: true) + " " + skill
    }

    static func sortColumnIndex(_ column: OverviewColumn) -> Int {
        switch column {
        case .name: 0
        case .staff: 1
        case .area1, .area2, .area3, .area4, .area5: 2 + column.rawValue - OverviewColumn.area1.rawValue
        case .checklist: 7
        case .cpd: 8
        case .gap: 9
        }
    }
}
