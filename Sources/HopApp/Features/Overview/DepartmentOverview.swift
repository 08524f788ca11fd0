import HopModel
import TerminalUI

/// The overview by department (v on the overview): each department's staff and its
/// professions' figures for its own people, side by side. Aggregates only.
enum DepartmentOverview {
    static func render(_ overview: OverviewState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let inner = Block(title: "Departments compared", focused: true)
            .render(in: body, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard overview.departmentsLoaded else {
            buffer.write("Computing each department's figures…", x: inner.x, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        // The figures' columns and the five gaps between the six columns.
        let nameWidth = max(10, inner.width - (6 + 5 + 5 + 5 + 8) - 5)
        let columns = [
            Column("Department", width: nameWidth), Column("Staff", width: 6, alignRight: true),
            Column("Profs", width: 5, alignRight: true), Column("CPD", width: 5, alignRight: true),
            Column("Below", width: 5, alignRight: true), Column("Assessed", width: 8, alignRight: true),
        ]
        let marks = StatusMarks(theme: theme)
        let rows: [[TableCell]] = overview.departments.map { row in
            [
                TableCell("\(row.code) \(row.name)"), TableCell(Format.count(row.staff)),
                TableCell(Format.count(row.professions)), TableCell(Format.percent(row.cpdCompliant)),
                TableCell(Format.percent(row.belowRequired), style: marks.gapStyle(row.belowRequired.fraction)),
                TableCell(Format.percent(row.assessed)),
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
        legend.line("Assessed: members with an assessment · each department's own staff only",
                    theme.muted, buffer: &buffer)
    }
}
