import HopModel
import TerminalUI

/// The overview by department (v on the overview): each department's staff and its
/// professions' figures for its own people, side by side. Aggregates only, disclosed by
/// `DepartmentFigures` (it is the view put in front of a forum to compare departments).
enum DepartmentOverview {
    static func render(_ overview: OverviewState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let inner = Block(title: "Departments compared", focused: true)
            .render(in: body, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard overview.departmentsLoaded else {
            buffer.write("Computing each department's figures…", x: inner.x, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        let marks = StatusMarks(theme: theme)
        let rule = Suppression()
        let figures = overview.departments.map { DepartmentFigures($0, rule: rule) }
        let staff = figures.map { FigureText.count($0.staff, rule) }
        // The figures keep their widths (the staff column its widest count); the department's
        // name takes the rest.
        let columns = ColumnLayout.columns([
            ColumnSpec("Department", min: 10, preferred: 30, share: 1), .figures("Staff", min: 6, values: staff), .fixed("Profs", 5),
            .fixed("CPD", 5), .fixed("Below", 5), .fixed("Assessed", 8),
        ], width: inner.width)
        let rows: [[TableCell]] = zip(figures, staff).map { row, staff in
            [
                TableCell("\(row.code) \(row.name)"), TableCell(staff),
                TableCell(Format.count(row.professions)), TableCell(FigureText.percent(row.cpdCompliant)),
                TableCell(FigureText.percent(row.belowRequired), style: marks.gapStyle(row.belowRequired.value?.fraction)),
                TableCell(FigureText.percent(row.assessed)),
            ]
        }
        let tableRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 2))
        Table(columns: columns, rows: rows).render(in: tableRect, buffer: &buffer, theme: theme)
        if rows.isEmpty {
            buffer.write("This store has no departments.", x: inner.x, y: inner.y + 1, style: theme.muted, clip: inner)
        }
        var legend = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        legend.line("CPD: completed or on track · Below: latest levels under the required level",
                    theme.muted, buffer: &buffer)
        legend.line("Assessed: members with an assessment · own staff only · \(rule.label), n/a: too few",
                    theme.muted, buffer: &buffer)
    }
}
