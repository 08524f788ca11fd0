import HopModel
import TerminalUI

/// Every profession on one slide, a row each with room to breathe: checklist progress as a
/// bar and a figure, CPD compliance and headcount, under the service's figures drawn big where
/// the slide has the rows. Small numbers are suppressed.
enum KioskOverviewSlide {
    /// Rows the big figures take: three of digits, one of labels, one blank.
    static let bandHeight = 5

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let kiosk = state.kiosk
        let rule = kiosk.options.suppression
        let symbols = Symbols(unicode: theme.unicode)
        var area = body.inset(by: 1)
        guard area.height >= 3 else { return }
        // The big figures, when every profession still gets a row beneath them.
        let rows = Array(state.overview.rows)
        if area.height - bandHeight >= rows.count + 3 {
            bigFigures(state, rows, in: Rect(x: area.x, y: area.y, width: area.width, height: bandHeight - 1),
                       buffer: &buffer, theme: theme)
            area = Rect(x: area.x, y: area.y + bandHeight, width: area.width, height: area.height - bandHeight)
        }
        let staffWidth = 9, cpdWidth = 14
        let nameWidth = max(10, min(48, area.width * 2 / 5))
        // The bar takes the rest of the width, so a wide screen is not half empty.
        let barWidth = max(10, area.width - nameWidth - 2 - 6 - cpdWidth - staffWidth)
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

    /// Professions, members, checklist items done and CPD on track across the service, each
    /// in big digits over its label. A total of people is shown only when every profession's
    /// own figure is: a total beside suppressed parts would give them away by subtraction.
    static func bigFigures(_ state: AppState, _ rows: [OverviewRow], in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let rule = state.kiosk.options.suppression
        let figures = rows.map { row in state.kiosk.dashboard(row.professionId).map { ProfessionFigures(dashboard: $0, rule: rule) } }
        let staff = figures.map { $0?.staff.value }
        let staffText = staff.contains(where: { $0 == nil }) || rows.isEmpty ? Format.withheld
            : FigureText.count(rule.count(staff.reduce(0) { $0 + $1! }), rule)
        let checklist = rows.reduce(Ratio(0, of: 0)) { Ratio($0.count + $1.checklist.count, of: $0.base + $1.checklist.base) }
        let cpd = figures.map { $0?.cpd?.compliant.value }
        let cpdText = cpd.contains(where: { $0 == nil }) || rows.isEmpty ? Format.withheld
            : FigureText.percent(cpd.reduce(Ratio(0, of: 0)) { Ratio($0.count + $1!.count, of: $0.base + $1!.base) })
        let items = [(FigureText.count(rows.count), "professions"), (staffText, "members"),
                     (FigureText.percent(checklist), "checklist done"), (cpdText, "CPD on track")]
        let columnWidth = rect.width / items.count
        for (index, (value, label)) in items.enumerated() {
            let column = Rect(x: rect.x + index * columnWidth, y: rect.y, width: columnWidth - 1, height: rect.height)
            if BigText.draws(value, unicode: theme.unicode) && BigText.width(value, unicode: theme.unicode) <= column.width {
                BigText.render(value, x: column.x, y: column.y, style: theme.title, clip: column, buffer: &buffer,
                               unicode: theme.unicode)
            } else {
                buffer.write(value, x: column.x, y: column.y + 1, style: theme.title.bolded(), clip: column)
            }
            buffer.write(label, x: column.x, y: column.y + BigText.height, style: theme.muted, clip: column)
        }
    }
}
