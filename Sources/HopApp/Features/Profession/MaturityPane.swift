import HopModel
import TerminalUI

/// Maturity per area: self-assessed level beside the evidenced level, the gap flagged, and the
/// trend of past assessments. Zoomed: the selected area's descriptor, rationale and history.
enum MaturityPane {
    /// The name of the full-screen pane's history list in the frame's map (`FrameMap.Row.list`).
    static let historyList = "maturity.history"

    static func render(_ c: PaneContext, in whole: Rect, buffer: inout Buffer) {
        var rect = whole
        if let question = c.question, c.zoomed {
            // The question keeps the pane's last rows, whatever the detail above needs.
            let lines = TextFitting.wrap(question, width: whole.width, lines: 3)
            rect.height = max(0, whole.height - lines.count)
            var foot = LineWriter(Rect(x: whole.x, y: rect.maxY, width: whole.width, height: whole.height - rect.height))
            for line in lines { foot.line(line, c.theme.warning.bolded(), buffer: &buffer) }
        }
        var out = LineWriter(rect)
        let areas = c.dashboard.maturity.areas
        let names = areas.map { c.zoomed ? $0.area.name : $0.area.shortName }
        let columns = columns(names, width: rect.width, flagWidth: DisplayWidth.of(c.symbols.warning))
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: c.ascii), c.theme.title, buffer: &buffer)
        let historyWidth = columns[5].width
        for (index, area) in areas.enumerated() {
            let gap = area.gap.map(Format.signed) ?? "-"
            let spark = Sparkline.text(area.history.map(\.level), range: 1...5, width: max(0, historyWidth - 2),
                                       symbols: c.symbols)
            let rowStyle = index == c.selected ? c.theme.selection : c.theme.text
            out.declareRow(index, selected: index == c.selected, buffer: &buffer)
            let cells = [names[index], Format.level(area.selfAssessed), Format.level(area.evidenced), gap,
                         area.isFlagged ? c.symbols.warning : "", spark + " " + c.marks.trend(area.trend)]
            let styles = [rowStyle, rowStyle.bolded(), rowStyle, area.isFlagged ? c.theme.warning : rowStyle, c.theme.warning,
                          c.theme.accent]
            out.line(zip(zip(cells, columns), styles).filter { $0.0.1.width > 0 }.map { cell, style in
                (TextFitting.pad(cell.0, to: cell.1.width, alignRight: cell.1.alignRight, ascii: c.ascii) + " ", style)
            }, buffer: &buffer)
        }
        // The mean level over the areas assessed, with its trend, where there is a row for it.
        if c.zoomed || out.remaining >= 3, let mean = Figure.maturityValue(areas.map(\.selfAssessed)) {
            out.line(c.withTrend([("Mean self-assessed level " + Format.decimal(mean.fraction), c.theme.title)], .maturity,
                                 width: rect.width), buffer: &buffer)
        }
        if c.zoomed {
            out.skip()
            renderDetail(c, area: areas[min(max(0, c.position.selected), areas.count - 1)], out: &out, buffer: &buffer)
        } else {
            // A tall pane lists each area's latest assessment under the table; the legend
            // keeps the last two rows.
            if out.remaining >= areas.count + 4 {
                out.skip()
                renderLatest(c, areas: areas, names: names, out: &out, buffer: &buffer)
            }
            guard out.remaining >= 2 else { return }
            out.skip(out.remaining - 2)
            out.line("\(c.symbols.warning) self vs evidence \(MaturityReport.flagThreshold)+ apart",
                     c.theme.muted, buffer: &buffer)
            out.line("Evid: checklist done, or by records", c.theme.muted, buffer: &buffer)
        }
    }

    /// The area's name takes the room up to its longest (the zoomed pane names the selected
    /// area whole under the table), the levels and gap keep their widths, the history the rest.
    /// `flagWidth`: the flag's mark (a reader's is the word "warning").
    static func columns(_ names: [String], width: Int, flagWidth: Int = 1) -> [Column] {
        ColumnLayout.columns([.text("Area", min: 8, preferred: 12, share: 2, values: names), .fixed("Self", 4), .fixed("Evid", 4),
                              .fixed("Gap", 3), .fixed("", flagWidth), ColumnSpec("History", min: 7, share: 1)], width: width)
    }

    /// Each area's latest assessment: when, the level, who made it and why (the rationale
    /// takes what room is left, cut with a mark; the full-screen pane shows it whole).
    static func renderLatest(_ c: PaneContext, areas: [AreaMaturity], names: [String], out: inout LineWriter,
                             buffer: inout Buffer) {
        let latest = areas.map(\.history.last)
        let columns = ColumnLayout.columns([
            .text("Latest", min: 8, preferred: 12, values: names), .fixed("Date", 11, alignRight: false), .fixed("Lv", 2),
            .text("By", min: 8, preferred: 20, values: latest.map { $0?.assessor ?? "" }),
            ColumnSpec("Rationale", min: 20, share: 3),
        ], width: out.rect.width)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: c.ascii), c.theme.title, buffer: &buffer)
        for (name, assessment) in zip(names, latest) {
            let cells = assessment.map { [name, Format.date($0.date), Format.level($0.level), $0.assessor, $0.rationale] }
                ?? [name, "-", "-", "not yet assessed", ""]
            out.line(ColumnLayout.line(cells, columns, ascii: c.ascii), assessment == nil ? c.theme.muted : c.theme.text,
                     buffer: &buffer)
        }
    }

    static func renderDetail(_ c: PaneContext, area: AreaMaturity, out: inout LineWriter, buffer: inout Buffer) {
        let f = c.framework
        out.line(area.area.name, c.theme.title, buffer: &buffer)
        if let level = area.selfAssessed {
            paragraph("Self-assessed L\(level) \(f.levelName(level)): \(f.descriptor(area: area.area.id, level: level))",
                      c.theme.text, out: &out, buffer: &buffer)
        } else {
            out.line("Not yet self-assessed.", c.theme.muted, buffer: &buffer)
        }
        if let level = area.evidenced {
            paragraph("Evidence supports L\(level) \(f.levelName(level)): \(f.descriptor(area: area.area.id, level: level))",
                      c.theme.text, out: &out, buffer: &buffer)
        }
        for evidence in RecordEvidence.allCases where area.recordEvidence.contains(evidence) {
            paragraph("Records evidence " + evidence.label + ".", c.theme.text, out: &out, buffer: &buffer)
        }
        if c.framework.items(inArea: area.area.id).contains(where: { $0.evidence.contains(.successionRegister) }) {
            paragraph(succession(c.dashboard.succession), c.theme.text, out: &out, buffer: &buffer)
        }
        if area.isFlagged, let gap = area.gap {
            let direction = gap > 0 ? "above" : "below"
            out.line("\(c.symbols.warning) The self-assessment is \(abs(gap)) levels \(direction) what the checklist evidences.",
                     c.theme.warning, buffer: &buffer)
        }
        let history = Array(area.history.reversed())
        let chosen = min(max(0, c.historySelected), max(0, history.count - 1))
        if history.indices.contains(chosen), !history[chosen].rationale.isEmpty {
            let label = chosen == 0 ? "Rationale: " : "Rationale of \(Format.date(history[chosen].date)): "
            paragraph(label + history[chosen].rationale, c.theme.text, out: &out, buffer: &buffer, maxLines: 3)
        }
        out.skip()
        out.line("History (newest first)", c.theme.title, buffer: &buffer)
        // The selected assessment stays in view: the rows scroll once it is below the last.
        let start = max(0, chosen - max(1, out.remaining) + 1)
        for (index, assessment) in history.enumerated().dropFirst(start) where out.hasRoom {
            let selected = c.focused && index == chosen
            // A click selects the assessment; a reader's cursor sits on it once the history has the selection.
            out.declareRow(index, selected: selected && c.historyHasSelection, list: historyList, buffer: &buffer)
            out.line("\(TextFitting.pad(Format.date(assessment.date), to: 12)) L\(assessment.level)  \(assessment.assessor)",
                     selected ? c.theme.selection : c.theme.text, buffer: &buffer)
        }
    }

    /// "Succession: 4 critical posts, 50% with a successor ready now, 75% with any; 2 vacant; 1 high-risk with none."
    static func succession(_ s: SuccessionCoverage) -> String {
        guard s.hasRegister else { return "Succession: no critical posts on the register yet." }
        return "Succession: \(s.posts) critical post\(s.posts == 1 ? "" : "s"), \(Format.percent(s.readyNow)) with a successor "
            + "ready now, \(Format.percent(s.anySuccessor)) with any; \(s.vacancies) vacant; "
            + "\(s.highRiskUncovered) high-risk with none."
    }

    static func paragraph(_ text: String, _ style: Style, out: inout LineWriter, buffer: inout Buffer, maxLines: Int = 2) {
        for line in TextFitting.wrap(text, width: out.rect.width, lines: maxLines) { out.line(line, style, buffer: &buffer) }
    }
}
