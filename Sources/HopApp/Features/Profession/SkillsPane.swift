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
        let height = listHeight(inner: rect, zoomed: c.zoomed)
        let cellWidth = 5
        let figures = 6 + 10 + 6
        // The heat map needs a column per grade: always when zoomed, in the grid when it fits.
        let fitsHeatMap = rect.width - figures - report.grades.count * cellWidth >= 16
        let gradeColumns = c.zoomed || fitsHeatMap ? report.grades : []
        let nameWidth = max(6, min(28, rect.width - figures - gradeColumns.count * cellWidth))
        var header = TextFitting.pad("Skill", to: nameWidth) + TextFitting.pad("Asd", to: 6, alignRight: true)
            + TextFitting.pad("Below", to: 10, alignRight: true) + TextFitting.pad("Short", to: 6, alignRight: true)
        for grade in gradeColumns { header += TextFitting.pad(grade.code, to: cellWidth, alignRight: true) }
        out.line(header, c.theme.title, buffer: &buffer)
        let start = min(c.position.offset, max(0, rows.count - height))
        for (i, row) in rows.enumerated().dropFirst(start).prefix(height) {
            let selected = i == c.selected
            let base = selected ? c.theme.selection : c.theme.text
            let gapStyle = selected ? c.theme.selection : c.marks.gapStyle(row.belowRatio.fraction)
            var segments: [(String, Style)] = [
                (TextFitting.pad(row.skill.name, to: nameWidth, ascii: c.ascii), base),
                (TextFitting.pad(Format.count(row.assessed), to: 6, alignRight: true), base),
                (TextFitting.pad("\(Format.count(row.below)) \(Format.percent(row.belowRatio))", to: 10, alignRight: true), gapStyle),
                (TextFitting.pad(Format.decimal(row.meanShortfall), to: 6, alignRight: true), base),
            ]
            if !gradeColumns.isEmpty {
                for cell in row.cells { segments.append(heatCell(cell, width: cellWidth, c)) }
            }
            out.line(segments, buffer: &buffer)
        }
        if c.zoomed {
            out.line("Grade cells: % below requirement " + shadeLegend(c.symbols) + ", blank = not required",
                     c.theme.muted, buffer: &buffer)
            out.skip()
            let index = min(max(0, c.position.selected), rows.count - 1)
            renderDistribution(rows[index], report: report, c, out: &out, buffer: &buffer)
        } else {
            out.skip(max(0, out.remaining - 1))
        }
        let coverage = report.coverage
        out.line("Audited \(Format.count(coverage.count))/\(Format.count(coverage.base)) (\(Format.percent(coverage))), "
                 + "\(Format.count(report.neverAssessed)) never assessed", report.neverAssessed > 0 ? c.theme.warning : c.theme.muted,
                 buffer: &buffer)
    }

    static func shadeLegend(_ s: Symbols) -> String {
        "\(s.shades[1]) <20% \(s.shades[2]) 20-39% \(s.shades[3]) 40%+"
    }

    static func heatCell(_ cell: SkillGradeCell, width: Int, _ c: PaneContext) -> (String, Style) {
        guard let ratio = cell.belowRatio, let fraction = ratio.fraction else {
            return (String(repeating: " ", count: width), c.theme.text)
        }
        let shade = fraction >= 0.4 ? 3 : fraction >= 0.2 ? 2 : 1
        let text = c.symbols.shades[shade] + "\(ratio.percent ?? 0)"
        return (TextFitting.pad(text, to: width, alignRight: true), c.marks.gapStyle(fraction))
    }

    /// One skill's distribution by grade: required level, counts at each level, below.
    static func renderDistribution(_ row: SkillGapRow, report: SkillGapReport, _ c: PaneContext,
                                   out: inout LineWriter, buffer: inout Buffer) {
        let labels = c.dashboard.profession.scaleLabels
        out.line("\(row.skill.name): latest assessed level by grade", c.theme.title, buffer: &buffer)
        out.line("Scale: " + labels.enumerated().map { "L\($0.offset + 1) \($0.element)" }.joined(separator: ", "),
                 c.theme.muted, buffer: &buffer)
        var header = TextFitting.pad("Grade", to: 6) + TextFitting.pad("Req", to: 4)
        for level in 1...report.scaleMax { header += TextFitting.pad("L\(level)", to: 7, alignRight: true) }
        header += TextFitting.pad("Below", to: 11, alignRight: true)
        out.line(header, c.theme.title, buffer: &buffer)
        for (grade, cell) in zip(report.grades, row.cells) where out.remaining > 1 {
            var line = TextFitting.pad(grade.code, to: 6) + TextFitting.pad(cell.required > 0 ? "L\(cell.required)" : "-", to: 4)
            for n in cell.levelCounts { line += TextFitting.pad(Format.count(n), to: 7, alignRight: true) }
            let below = cell.belowRatio.map { "\(Format.count(cell.below)) \(Format.percent($0))" } ?? "-"
            line += TextFitting.pad(below, to: 11, alignRight: true)
            out.line(line, cell.below > 0 ? c.marks.gapStyle(cell.belowRatio?.fraction) : c.theme.text, buffer: &buffer)
        }
    }
}
