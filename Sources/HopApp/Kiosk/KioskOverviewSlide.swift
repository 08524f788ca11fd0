import HopModel
import TerminalUI

/// Every profession on one slide, a row each with room to breathe: checklist progress as a
/// bar and a figure, CPD compliance and headcount, under the service's figures drawn big where
/// the slide has the rows. Small numbers are suppressed.
enum KioskOverviewSlide {
    /// Rows the big figures take at `scale`: the digits, one row of labels, one blank.
    static func bandHeight(_ scale: Int) -> Int { BigText.height(scale: scale) + 2 }

    /// The fewest profession rows the big figures may leave beneath them (fewer professions:
    /// all of them).
    static let rowsUnderBand = 8

    /// How the slide uses `body`: the big figures' scale (growing with the screen, up to 4)
    /// and whether they show, and how many professions a page holds.
    struct Plan: Equatable {
        var scale: Int
        var band: Bool
        var perPage: Int
    }

    static func plan(_ body: Rect, professions: Int) -> Plan {
        let area = body.inset(by: 1)
        // Under the header row and its blank, above the closing note.
        let rows = max(1, area.height - 3)
        let limit = max(1, min(4, area.height / 14, area.width / 50))
        for scale in stride(from: limit, through: 1, by: -1) where rows - bandHeight(scale) >= min(professions, rowsUnderBand) {
            return Plan(scale: scale, band: true, perPage: rows - bandHeight(scale))
        }
        return Plan(scale: 1, band: false, perPage: rows)
    }

    /// Professions one overview slide holds on a screen of `size` (the kiosk's body as
    /// `KioskScreen` lays it out).
    static func perPage(_ size: Size, professions: Int) -> Int {
        plan(Rect(size: size).splitTop(1).1.splitBottom(KioskChrome.height).0, professions: professions).perPage
    }

    /// Page `page` (from 0) of the professions, under the service's big figures where the
    /// slide has the rows; the closing note says which professions show and how many follow.
    static func render(_ state: AppState, page: Int = 0, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let kiosk = state.kiosk
        let rule = kiosk.options.suppression
        let symbols = Symbols(unicode: theme.unicode)
        var area = body.inset(by: 1)
        guard area.height >= 3 else { return }
        let rows = Array(state.overview.rows)
        let plan = plan(body, professions: rows.count)
        if plan.band {
            let height = bandHeight(plan.scale)
            bigFigures(state, rows, scale: plan.scale, in: Rect(x: area.x, y: area.y, width: area.width, height: height - 1),
                       buffer: &buffer, theme: theme)
            area = Rect(x: area.x, y: area.y + height, width: area.width, height: area.height - height)
        }
        let start = min(page * plan.perPage, max(0, rows.count - 1))
        let shown = rows.isEmpty ? [] : Array(rows[start..<min(rows.count, start + plan.perPage)])
        let names = shown.map { $0.name + ($0.isNew ? " (new)" : "") }
        let columns = columns(names, width: area.width)
        // The bar takes what its figure leaves of the checklist column.
        let barWidth = max(0, columns[1].width - 6)
        var y = area.y
        func row(_ name: String, _ check: [(String, Style)], _ cpd: String, _ staff: String, style: Style) {
            var x = area.x
            for (i, column) in columns.enumerated() where column.width > 0 {
                if i == 1 {
                    var at = x
                    for (text, segmentStyle) in check { at += buffer.write(text, x: at, y: y, style: segmentStyle, clip: area) }
                } else {
                    let text = [name, "", cpd, staff][i]
                    buffer.write(TextFitting.pad(text, to: column.width, alignRight: column.alignRight, ascii: !theme.unicode),
                                 x: x, y: y, style: style, clip: area)
                }
                x += column.width + columnGap
            }
        }
        row(columns[0].header, [(TextFitting.pad(columns[1].header, to: columns[1].width), theme.title)], columns[2].header,
            columns[3].header, style: theme.title)
        y += 2
        let available = area.maxY - y - 1
        let spacing = shown.isEmpty ? 1 : max(1, min(3, available / shown.count))
        for (overviewRow, name) in zip(shown, names).prefix(max(0, available)) {
            let checklist = overviewRow.checklist
            let bar = Bar.text(fraction: checklist.fraction ?? 0, width: barWidth, symbols: symbols)
            let figure = TextFitting.pad(Format.percent(checklist), to: 5, alignRight: true)
            // The profession slide's own figures, so the two slides show or withhold alike.
            let figures = kiosk.dashboard(overviewRow.professionId).map { ProfessionFigures(dashboard: $0, rule: rule) }
            let cpd = overviewRow.cpdCompliant == nil ? "not set" : figures?.cpd.map { FigureText.percent($0.compliant) } ?? Format.withheld
            row(name, [(bar, theme.accent), (" " + figure, theme.title)], cpd, figures.map { FigureText.count($0.staff, rule) } ?? Format.withheld,
                style: theme.text.bolded())
            y += spacing
        }
        let end = start + shown.count
        // Which professions show (on a page of several) comes first; the columns' legend follows
        // where the line has room for it whole.
        let legend = "Checklist: good-practice items done · CPD: members completed or on track"
        let note = rows.count > shown.count
            ? "Professions \(start + 1)-\(end) of \(rows.count)" + (end < rows.count ? ", \(rows.count - end) more on the next page." : ".")
            : ""
        let line = note.isEmpty ? legend : DisplayWidth.of(note + " " + legend) <= area.width ? note + " " + legend : note
        buffer.write(line, x: area.x, y: area.maxY - 1, style: theme.muted, clip: area)
    }

    /// Cells between the table's columns: the room a slide read across a room breathes by.
    static let columnGap = 2

    /// The table's columns for `names` (those on the page) in `width` cells: a name as wide as
    /// the longest, cut only when the screen is narrow; the checklist's bar and figure take
    /// every cell the other columns leave, so a wide screen is not half empty; CPD and staff
    /// keep their widths at the right.
    static func columns(_ names: [String], width: Int) -> [Column] {
        // The name prefers its longest: the bar grows only once every name shows whole.
        let longest = names.map(DisplayWidth.of).max() ?? 0
        return ColumnLayout.columns([.text("Profession", min: 10, preferred: longest, share: 1, values: names),
                              ColumnSpec("Checklist done", min: 16, share: 4),
                              .fixed("CPD on track", 12), .fixed("Staff", 7)], width: width, gap: columnGap)
    }

    /// Professions, members, checklist items done and CPD on track across the service, each
    /// in big digits over its label. A total of people is shown only when every profession's
    /// own figure is: a total beside suppressed parts would give them away by subtraction.
    static func bigFigures(_ state: AppState, _ rows: [OverviewRow], scale: Int = 1, in rect: Rect, buffer: inout Buffer,
                           theme: Theme) {
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
        let digits = BigText.height(scale: scale)
        for (index, (value, label)) in items.enumerated() {
            let column = Rect(x: rect.x + index * columnWidth, y: rect.y, width: columnWidth - 1, height: rect.height)
            // Each figure as big as its column allows, up to the band's scale; its foot on the band's.
            let fit = BigText.scale(value, width: column.width, rows: digits, limit: scale, unicode: theme.unicode)
            let top = column.y + digits - BigText.height(scale: fit)
            if BigText.draws(value, unicode: theme.unicode) && BigText.width(value, unicode: theme.unicode, scale: fit) <= column.width {
                BigText.render(value, x: column.x, y: top, style: theme.title, clip: column, buffer: &buffer,
                               unicode: theme.unicode, scale: fit)
            } else {
                buffer.write(value, x: column.x, y: column.y + digits / 2, style: theme.title.bolded(), clip: column)
            }
            buffer.write(label, x: column.x, y: column.y + digits, style: theme.muted, clip: column)
        }
    }
}
