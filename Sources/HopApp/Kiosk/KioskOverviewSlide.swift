import HopModel
import TerminalUI

/// Every profession on one slide, a row each with room to breathe: checklist progress as a
/// bar and a figure, CPD compliance and headcount. Small numbers are suppressed.
enum KioskOverviewSlide {
    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let kiosk = state.kiosk
        let rule = kiosk.options.suppression
        let symbols = Symbols(unicode: theme.unicode)
        let area = body.inset(by: 1)
        guard area.height >= 3 else { return }
        let staffWidth = 9, cpdWidth = 14
        let nameWidth = max(10, min(36, area.width * 2 / 5))
        let barWidth = max(10, min(60, area.width - nameWidth - 2 - 6 - cpdWidth - staffWidth))
        let checkWidth = barWidth + 6
        var y = area.y
        func row(_ name: String, _ check: [(String, Style)], _ cpd: String, _ staff: String, style: Style) {
            var x = area.x
            x += buffer.write(TextFitting.pad(name, to: nameWidth, ascii: !theme.unicode) + "  ", x: x, y: y, style: style, clip: area)
            for (text, segmentStyle) in check { x += buffer.write(text, x: x, y: y, style: segmentStyle, clip: area) }
            buffer.write(TextFitting.pad(cpd, to: cpdWidth, alignRight: true), x: area.x + nameWidth + 2 + checkWidth, y: y,
                         style: style, clip: area)
            buffer.write(TextFitting.pad(staff, to: staffWidth, alignRight: true), x: area.maxX - staffWidth, y: y,
                         style: style, clip: area)
        }
        row("Profession", [(TextFitting.pad("Checklist done", to: checkWidth), theme.title)], "CPD on track", "Staff",
            style: theme.title)
        y += 2
        let rows = Array(state.overview.rows)
        let available = area.maxY - y - 1
        let spacing = rows.isEmpty ? 1 : max(1, min(3, available / rows.count))
        let fits = min(rows.count, available / spacing + (available % spacing > 0 ? 1 : 0))
        for overviewRow in rows.prefix(fits) {
            let checklist = overviewRow.checklist
            let bar = Bar.text(fraction: checklist.fraction ?? 0, width: barWidth, symbols: symbols)
            let figure = TextFitting.pad(Format.percent(checklist), to: 5, alignRight: true)
            // The profession slide's own figures, so the two slides show or withhold alike.
            let figures = kiosk.dashboard(overviewRow.professionId).map { ProfessionFigures(dashboard: $0, rule: rule) }
            let cpd = overviewRow.cpdCompliant == nil ? "not set" : figures?.cpd.map { FigureText.percent($0.compliant) } ?? Format.withheld
            row(overviewRow.name + (overviewRow.isNew ? " (new)" : ""),
                [(bar, theme.accent), (" " + figure, theme.title)], cpd, figures.map { FigureText.count($0.staff, rule) } ?? Format.withheld,
                style: theme.text.bolded())
            y += spacing
        }
        let note = rows.count > fits ? "+ \(rows.count - fits) more professions: each has its own slide. " : ""
        buffer.write(note + "Checklist: good-practice items done · CPD: members completed or on track",
                     x: area.x, y: area.maxY - 1, style: theme.muted, clip: area)
    }
}
