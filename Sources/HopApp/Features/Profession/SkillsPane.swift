import HopModel
import TerminalUI

/// Skills gaps: per skill, staff assessed, share below the requirement for their grade and the
/// mean shortfall; audit coverage. Zoomed: a skill × grade heat map and the selected skill's
/// distribution by grade.
enum SkillsPane {
    /// Largest share below requirement first, so the worst gaps are always on screen.
    static func ordered(_ report: SkillGapReport) -> [SkillGapRow] {
        report.rows.sorted { a, b in
            let fa = a.belowRatio.fraction ?? -1, fb = b.belowRatio.fraction ?? -1
            return fa != fb ? fa > fb : a.skill.name < b.skill.name
        }
    }

    static let cellWidth = 5

    /// The widths of the assessed, below and shortfall columns before the grade columns: as
    /// wide as their widest figure, so that the whole civil service's counts ("255,042") are
    /// never cut where a department's fit the narrower columns.
    struct Figures {
        var assessed = 6, below = 10, shortfall = 6
        var total: Int { assessed + below + shortfall }

        init(_ report: SkillGapReport) {
            func widest(_ texts: [String]) -> Int { texts.map(DisplayWidth.of).max() ?? 0 }
            let audit = DashboardFigures.auditFigures.map { criterion in
                let count = DashboardFigures.auditFigure(criterion, report, grade: nil).count
                return belowText(count, Ratio(count, of: report.coverage.base))
            }
            assessed = max(assessed, 1 + widest(report.rows.map { Format.count($0.assessed) }))
            // A gap and the figure cursor's mark before the widest.
            below = max(below, 2 + widest(report.rows.map { belowText($0.below, $0.belowRatio) } + audit))
        }
    }

    /// A "below" cell's figure: the count and its share.
    static func belowText(_ count: Int, _ share: Ratio) -> String { "\(Format.count(count)) \(Format.percent(share))" }
    /// The narrowest skill name the full screen gives up grade columns for.
    static let readableName = 20

    /// How many grade columns the full screen shows at `width`: all when they fit beside a
    /// readable name, else a window that ←/→ scroll.
    static func gradeWindow(grades: Int, width: Int, figures: Figures) -> Int {
        min(grades, max(1, (width - figures.total - readableName) / cellWidth))
    }

    /// "Hidden: ← AA-AO · SCS2-SCS3 → (←/→ scroll)", naming the grades out of view; nil when
    /// every grade shows.
    static func hiddenGrades(_ grades: [Grade], shown: Range<Int>, symbols: Symbols) -> String? {
        guard shown.count < grades.count else { return nil }
        let left = symbols.words ? "Left" : symbols.unicode ? "←" : "<"
        let right = symbols.words ? "Right" : symbols.unicode ? "→" : ">"
        func span(_ r: Range<Int>) -> String {
            r.count == 1 ? grades[r.lowerBound].code : grades[r.lowerBound].code + "-" + grades[r.upperBound - 1].code
        }
        var parts: [String] = []
        if shown.lowerBound > 0 { parts.append(left + " " + span(0..<shown.lowerBound)) }
        if shown.upperBound < grades.count { parts.append(span(shown.upperBound..<grades.count) + " " + right) }
        return "Grades hidden: " + parts.joined(separator: " · ") + " (\(left)/\(right) scroll)"
    }

    /// The width of the per-skill trend column (a space, the sparkline, the arrow), 0 when there
    /// is no history to draw or no room beside a readable name.
    static func trendColumn(width: Int, figures: Figures, zoomed: Bool, hasHistory: Bool, words: Bool) -> Int {
        guard hasHistory else { return 0 }
        let column = 1 + TrendMark.width(points: zoomed && width >= 118 ? 12 : 6, symbols: Symbols(unicode: true, words: words))
        return width - figures.total - column >= readableName ? column : 0
    }

    static func listHeight(inner: Rect, zoomed: Bool) -> Int {
        zoomed ? max(1, inner.height / 2 - 2) : max(1, inner.height - 2)
    }

    static func render(_ c: PaneContext, in rect: Rect, buffer: inout Buffer) {
        let report = c.dashboard.skills
        var out = LineWriter(rect)
        guard !report.rows.isEmpty else {
            out.line("No skills defined for this profession yet.", c.theme.muted, buffer: &buffer)
            out.line("Skills and their required levels come from the", c.theme.muted, buffer: &buffer)
            out.line("profession's competency framework (principle 2.9).", c.theme.muted, buffer: &buffer)
            return
        }
        let rows = ordered(report)
        let figures = Figures(report)
        let height = listHeight(inner: rect, zoomed: c.zoomed)
        // Each skill's trend, when there is history and room beside a readable name.
        var trend = trendColumn(width: rect.width, figures: figures, zoomed: c.zoomed, hasHistory: c.trends.history != nil, words: c.symbols.words)
        // The heat map needs a column per grade: when zoomed, as many as fit beside a readable
        // name (a window ←/→ scroll); in the grid, all of them when they fit, beside the trend
        // and a shorter name, or else in place of the trend.
        let heatMap = report.grades.count * cellWidth
        var fitsHeatMap = rect.width - trend - figures.total - heatMap >= readableName - (trend > 0 ? 4 : 0)
        if !c.zoomed, !fitsHeatMap, rect.width - figures.total - heatMap >= readableName {
            trend = 0
            fitsHeatMap = true
        }
        let width = rect.width - trend
        var shown = 0..<0
        if !c.zoomed && fitsHeatMap {
            shown = 0..<report.grades.count
        } else if c.zoomed {
            let count = gradeWindow(grades: report.grades.count, width: width, figures: figures)
            let first = min(max(0, c.gradeOffset), report.grades.count - count)
            shown = first..<(first + count)
        }
        let gradeColumns = Array(report.grades[shown])
        let longest = rows.map { DisplayWidth.of($0.skill.name) }.max() ?? 0
        let nameWidth = max(6, min(max(28, longest + 1), width - figures.total - gradeColumns.count * cellWidth))
        var header = TextFitting.pad("Skill", to: nameWidth) + TextFitting.pad("Asd", to: figures.assessed, alignRight: true)
            + TextFitting.pad("Below", to: figures.below, alignRight: true) + TextFitting.pad("Short", to: figures.shortfall, alignRight: true)
        if trend > 0 { header += " " + TextFitting.pad("Trend", to: trend - 1) }
        for grade in gradeColumns { header += TextFitting.pad(grade.code, to: cellWidth, alignRight: true) }
        out.line(header, c.theme.title, buffer: &buffer)
        // Full screen, the audit figures follow the skills as rows of the table, with a cell a grade.
        let lines = rows.count + (c.zoomed ? DashboardFigures.auditFigures.count : 0)
        let start = min(c.position.offset, max(0, lines - height))
        for i in start..<min(lines, start + height) {
            guard rows.indices.contains(i) else {
                renderAuditRow(DashboardFigures.auditFigures[i - rows.count], index: i, report: report, nameWidth: nameWidth,
                               figures: figures, trend: trend, shown: shown, c, out: &out, buffer: &buffer)
                continue
            }
            let row = rows[i]
            let selected = i == c.selected
            out.declareRow(i, selected: selected, buffer: &buffer)
            let base = selected ? c.theme.selection : c.theme.text
            let gapStyle = selected ? c.theme.selection : c.marks.gapStyle(row.belowRatio.fraction)
            // The figure cursor: this row's "below" figure (column 0) or one of its grade cells.
            let mark = { (column: Int) in c.figurePrefix(selected && c.figureColumn == column) }
            var segments: [(String, Style)] = [
                (TextFitting.pad(row.skill.name, to: nameWidth, ascii: c.ascii), base),
                (TextFitting.pad(Format.count(row.assessed), to: figures.assessed, alignRight: true), base),
                (TextFitting.pad(mark(0) + belowText(row.below, row.belowRatio), to: figures.below, alignRight: true), gapStyle),
                (TextFitting.pad(Format.decimal(row.meanShortfall), to: figures.shortfall, alignRight: true), base),
            ]
            if trend > 0 {
                let series = c.trends.series(.skillGap(skillId: row.skill.id))
                segments.append((" " + TextFitting.pad(TrendMark.text(series, width: trend - 1, symbols: c.symbols), to: trend - 1),
                                 selected ? c.theme.selection : TrendMark.style(series, theme: c.theme)))
            }
            if !gradeColumns.isEmpty {
                for g in shown {
                    segments.append(heatCell(row.cells[g], width: cellWidth, c, marked: selected && c.marksFigure && c.figureColumn == g + 1))
                }
            }
            out.line(segments, buffer: &buffer)
        }
        if c.zoomed {
            out.line("Grade cells: % below requirement " + shadeLegend(c.symbols) + ", blank = not required",
                     c.theme.muted, buffer: &buffer)
            if let hidden = hiddenGrades(report.grades, shown: shown, symbols: c.symbols) {
                out.line(hidden, c.theme.title, buffer: &buffer)
            } else {
                out.skip()
            }
            // Those followed up and still on a list, before the distribution (which may be cut).
            if let followed = FollowUpLine.text(c.dashboard.data.followUps, pane: .skills) {
                for line in TextFitting.wrap(followed, width: rect.width, lines: 2) { out.line(line, c.theme.text, buffer: &buffer) }
            }
            let index = min(max(0, c.position.selected), rows.count - 1)
            renderDistribution(rows[index], report: report, c, keep: 2, out: &out, buffer: &buffer)
            out.skip(max(0, out.remaining - 2))
            renderOverall(report, c, width: rect.width, out: &out, buffer: &buffer)
        } else {
            let followed = FollowUpLine.text(c.dashboard.data.followUps, pane: .skills, zoomed: false)
            // A tall pane shows the gap over every skill above the coverage.
            let overall = out.remaining >= 3 + (followed == nil ? 0 : 1)
            out.skip(max(0, out.remaining - 1 - (followed == nil ? 0 : 1) - (overall ? 1 : 0)))
            if let followed, out.remaining >= 2 { out.line(followed, c.theme.text, buffer: &buffer) }
            if overall { renderOverall(report, c, width: rect.width, out: &out, buffer: &buffer) }
        }
        // The audit figures: in the grid the rows after the last skill are this line; full screen
        // they are rows of the table above, and this line only says what they are of.
        let coverage = report.coverage
        let auditSelected = !c.zoomed && (c.selected ?? -1) >= rows.count
        let style = auditSelected ? c.theme.selection : report.neverAssessed > 0 ? c.theme.warning : c.theme.muted
        if !c.zoomed { out.declareRow(c.selected.map { max(rows.count, $0) } ?? rows.count, selected: auditSelected, buffer: &buffer) }
        let audited = "Audited \(Format.count(coverage.count))/\(Format.count(coverage.base)) (\(Format.percent(coverage))), "
            + "\(Format.count(report.neverAssessed)) never assessed"
        let overdue = ", \(Format.count(report.auditOverdue)) over \(PeopleCriterion.auditCycleMonths) months ago"
        out.line(c.withTrend([(audited + (DisplayWidth.of(audited + overdue) <= rect.width ? overdue : ""), style)],
                             .auditCoverage, width: rect.width), buffer: &buffer)
    }

    /// The gap over every skill: assessments below requirement, of those with one required.
    static func renderOverall(_ report: SkillGapReport, _ c: PaneContext, width: Int, out: inout LineWriter, buffer: inout Buffer) {
        let overall = report.rows.reduce(Ratio(0, of: 0)) { Ratio($0.count + $1.belowRatio.count, of: $0.base + $1.belowRatio.base) }
        out.line(c.withTrend([("All skills: \(Format.count(overall.count)) of \(Format.count(overall.base)) below "
                               + "(\(Format.percent(overall)))", c.theme.title)], .skillsGap, width: width), buffer: &buffer)
    }

    /// An audit figure as a row of the full-screen table: its name, the count and share of
    /// members overall, and the count at each grade shown (each a figure with its list).
    static func renderAuditRow(_ criterion: PeopleCriterion, index: Int, report: SkillGapReport, nameWidth: Int, figures: Figures, trend: Int,
                               shown: Range<Int>, _ c: PaneContext, out: inout LineWriter, buffer: inout Buffer) {
        let selected = index == c.selected
        out.declareRow(index, selected: selected, buffer: &buffer)
        let overall = DashboardFigures.auditFigure(criterion, report, grade: nil).count
        let style = selected ? c.theme.selection : overall > 0 ? c.theme.warning : c.theme.text
        let name = criterion == .neverAssessed ? "Never assessed" : "Not assessed in \(PeopleCriterion.auditCycleMonths) months"
        var segments: [(String, Style)] = [
            (TextFitting.pad(name, to: nameWidth, ascii: c.ascii), style),
            (TextFitting.pad("", to: figures.assessed), style),
            (TextFitting.pad(c.figurePrefix(selected && c.figureColumn == 0) + belowText(overall, Ratio(overall, of: report.coverage.base)),
                             to: figures.below, alignRight: true), style),
            (TextFitting.pad("", to: figures.shortfall), style),
        ]
        // The trend column is the skills' own: blank on these rows.
        if trend > 0 { segments.append((TextFitting.pad("", to: trend), style)) }
        for g in shown {
            let count = DashboardFigures.auditFigure(criterion, report, grade: report.grades[g]).count
            let marked = selected && c.marksFigure && c.figureColumn == g + 1
            let text = (marked ? DashboardFigures.marker(c.symbols) : "") + shortCount(count)
            segments.append((TextFitting.pad(text, to: cellWidth, alignRight: true), marked ? c.theme.selection : style))
        }
        out.line(segments, buffer: &buffer)
    }

    /// A count in a grade cell: whole up to 9,999, then in thousands ("12k").
    static func shortCount(_ n: Int) -> String { n < 10_000 ? "\(n)" : "\(n / 1000)k" }

    static func shadeLegend(_ s: Symbols) -> String {
        "\(s.shades[1]) <20% \(s.shades[2]) 20-39% \(s.shades[3]) 40%+"
    }

    /// `marked`: the figure cursor is on this cell (its mark goes before the figure).
    static func heatCell(_ cell: SkillGradeCell, width: Int, _ c: PaneContext, marked: Bool = false) -> (String, Style) {
        let mark = marked ? DashboardFigures.marker(c.symbols) : ""
        guard let ratio = cell.belowRatio, let fraction = ratio.fraction else {
            return (TextFitting.pad(mark, to: width, alignRight: true), marked ? c.theme.selection : c.theme.text)
        }
        let shade = fraction >= 0.4 ? 3 : fraction >= 0.2 ? 2 : 1
        let text = mark + c.symbols.shades[shade] + "\(ratio.percent ?? 0)"
        return (TextFitting.pad(text, to: width, alignRight: true), marked ? c.theme.selection : c.marks.gapStyle(fraction))
    }

    /// One skill's distribution by grade: required level, counts at each level, below.
    /// `keep`: the rows left under it.
    static func renderDistribution(_ row: SkillGapRow, report: SkillGapReport, _ c: PaneContext, keep: Int = 1,
                                   out: inout LineWriter, buffer: inout Buffer) {
        let labels = c.dashboard.profession.scaleLabels
        out.line("\(row.skill.name): latest assessed level by grade", c.theme.title, buffer: &buffer)
        out.line("Scale: " + labels.enumerated().map { "L\($0.offset + 1) \($0.element)" }.joined(separator: ", "),
                 c.theme.muted, buffer: &buffer)
        var header = TextFitting.pad("Grade", to: 6) + TextFitting.pad("Req", to: 4)
        for level in 1...report.scaleMax { header += TextFitting.pad("L\(level)", to: 7, alignRight: true) }
        header += TextFitting.pad("Below", to: 11, alignRight: true)
        out.line(header, c.theme.title, buffer: &buffer)
        for (grade, cell) in zip(report.grades, row.cells) where out.remaining > keep {
            var line = TextFitting.pad(grade.code, to: 6) + TextFitting.pad(cell.required > 0 ? "L\(cell.required)" : "-", to: 4)
            for n in cell.levelCounts { line += TextFitting.pad(Format.count(n), to: 7, alignRight: true) }
            let below = cell.belowRatio.map { "\(Format.count(cell.below)) \(Format.percent($0))" } ?? "-"
            line += TextFitting.pad(below, to: 11, alignRight: true)
            out.line(line, cell.below > 0 ? c.marks.gapStyle(cell.belowRatio?.fraction) : c.theme.text, buffer: &buffer)
        }
    }
}
