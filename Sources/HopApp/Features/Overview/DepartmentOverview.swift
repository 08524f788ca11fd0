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
        let names = figures.map { "\($0.code) \($0.name)" }
        // The name column grows to the longest name and no further; the three shares take the
        // room a wide terminal leaves, as a bar beside each percentage (none for a screen reader).
        let symbols = Symbols(theme)
        let columns = ColumnLayout.columns([
            .text("Department", min: 10, preferred: 30, share: 3, values: names), .figures("Staff", min: 6, values: staff),
            .fixed("Profs", 5), shareColumn("CPD", symbols), shareColumn("Below", symbols), shareColumn("Assessed", symbols),
        ], width: inner.width)
        // One bar width for the three, so that the bars compare down and across.
        let bar = columns[3...5].map(\.width).min()! - percentCells
        let rows: [[TableCell]] = zip(figures, zip(names, staff)).map { row, text in
            [
                TableCell(text.0), TableCell(text.1), TableCell(Format.count(row.professions)),
                TableCell(share(row.cpdCompliant, bar: bar, symbols)),
                TableCell(share(row.belowRequired, bar: bar, symbols), style: marks.gapStyle(row.belowRequired.value?.fraction)),
                TableCell(share(row.assessed, bar: bar, symbols)),
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

    /// The most room a share's bar takes.
    private static let barCells = 40
    /// Cells of a share's percentage ("100%", "n/a") and the space before it.
    private static let percentCells = 5

    /// A share's column: its percentage, and past that a bar of what room is left.
    private static func shareColumn(_ header: String, _ symbols: Symbols) -> ColumnSpec {
        symbols.words ? .fixed(header, percentCells)
            : ColumnSpec(header, min: percentCells, share: 1, max: percentCells + barCells, alignRight: true)
    }

    /// The share's percentage, after a bar of `bar` cells when there are at least eight (fewer
    /// say too little to be worth the room); a share not shown (too few people) has no bar, and
    /// neither has any share for a screen reader (a bar is decoration it would read as blanks).
    static func share(_ ratio: Suppression.Disclosed<Ratio>, bar: Int, _ symbols: Symbols) -> String {
        let percent = FigureText.percent(ratio)
        guard bar >= 8, !symbols.words, let fraction = ratio.value?.fraction else { return percent }
        return Bar.text(fraction: fraction, width: bar, symbols: symbols)
            + TextFitting.pad(percent, to: percentCells, alignRight: true)
    }
}
