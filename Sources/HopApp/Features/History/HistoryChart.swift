import HopModel
import TerminalUI

/// One figure over time as a column chart: a column a day kept (quarter ends, forum dates,
/// days worked out from dated records) and today's, each with its value on top, the days under
/// the axis, forum dates marked "F" and named below. A wide terminal shows more columns and a
/// table of the counts beside the chart.
enum HistoryChart {
    /// The widest a column is drawn, and the narrowest (its value on top needs three).
    static let widestColumn = 12, narrowestColumn = 3
    /// Room for the values' axis on the left: "100% ┤".
    static let axisWidth = 6
    /// The table beside the chart on a wide terminal.
    static let tableWidth = 44

    static func render(figure: Figure, dashboard: ProfessionDashboard, history: ProfessionHistory?, today: Day,
                       in body: Rect, buffer: inout Buffer, theme: Theme) {
        let symbols = Symbols(theme)
        let name = label(figure, dashboard)
        let inner = Block(title: "History: " + name, focused: true, footer: "Tab: next figure · Esc: back")
            .render(in: body, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        let now = Figure.values(dashboard)[figure]
        guard let history else {
            out.line("Loading…", theme.muted, buffer: &buffer)
            return
        }
        out.line(headline(figure, name: name, now: now, series: history.series(figure, now: now, today: today), symbols: symbols),
                 theme.title, buffer: &buffer)
        guard let series = history.series(figure, now: now, today: today) else {
            out.skip()
            for line in TextFitting.wrap("Nothing kept yet for this figure. Its value is kept at each quarter end (by the first "
                                         + "change after it) and on each forum date (F on the overview, or hopdash forum mark).",
                                         width: inner.width, lines: 4) {
                out.line(line, theme.muted, buffer: &buffer)
            }
            return
        }
        out.skip()
        let wide = inner.width >= 140
        let chartWidth = wide ? inner.width - tableWidth - 2 : inner.width
        let forumDays = Dictionary(history.forums.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        // Under the chart: the axis, the marks, two rows of dates, the forums named, a legend.
        let shownCount = min(series.points.count, max(1, (chartWidth - axisWidth) / narrowestColumn))
        let points = Array(series.points.suffix(shownCount))
        let forums = points.compactMap { $0.reason == .forum ? forumDays[$0.day] : nil }
        let forumLines = min(forums.count, max(0, out.remaining - 12))
        let below = 4 + forumLines + 1
        let chartHeight = max(3, out.remaining - below)
        let chart = Rect(x: inner.x, y: out.rest.y, width: chartWidth, height: chartHeight + 4)
        drawColumns(series, points: points, forums: Set(forumDays.keys), in: chart, height: chartHeight, symbols: symbols,
                    buffer: &buffer, theme: theme)
        out.skip(chartHeight + 4)
        for forum in forums.suffix(forumLines) {
            out.line("F " + Format.date(forum.date) + (forum.title.isEmpty ? "" : "  " + forum.title), theme.text, buffer: &buffer)
        }
        let hidden = series.points.count - points.count
        out.line("F forum date · now: today, as the store stands" + (hidden > 0 ? " · \(hidden) earlier not shown" : ""),
                 theme.muted, buffer: &buffer)
        if wide {
            table(series, forums: forumDays, in: Rect(x: inner.maxX - tableWidth, y: inner.y + 2, width: tableWidth,
                                                      height: inner.height - 2), buffer: &buffer, theme: theme)
        }
    }

    /// "Gap in Delivery", "Checklist progress".
    static func label(_ figure: Figure, _ dashboard: ProfessionDashboard) -> String {
        if case .skillGap(let id) = figure {
            let skill = dashboard.skills.rows.first { $0.skill.id == id }?.skill.name ?? "skill \(id)"
            return "gap in " + skill
        }
        return figure.label
    }

    /// "Skills gap of Policy: 17% now (793 of 4,746), ▼ -1 since 30 Sep 2026".
    static func headline(_ figure: Figure, name: String, now: Ratio?, series: FigureSeries?, symbols: Symbols) -> String {
        var text = name.prefix(1).uppercased() + name.dropFirst()
        guard let now, now.base > 0 else { return text + ": no value today" }
        text += ": " + figure.text(now) + " now"
        if figure != .maturity { text += " (\(Format.count(now.count)) of \(Format.count(now.base)))" }
        if let series, let change = series.lastChange, series.points.count >= 2 {
            let before = series.points[series.points.count - 2].day
            text += ", " + TrendMark.arrow(series.direction, symbols) + " " + figure.changeText(change)
                + (figure == .maturity ? "" : " pts") + " since " + Format.date(before)
        }
        return text
    }

    /// The columns, their values on top, the axis with the values' range, and the days under it.
    static func drawColumns(_ series: FigureSeries, points: [FigureSeries.Point], forums: Set<Day>, in rect: Rect, height: Int,
                            symbols: Symbols, buffer: inout Buffer, theme: Theme) {
        let range = series.range, figure = series.figure
        let plot = rect.width - axisWidth
        let column = max(narrowestColumn, min(widestColumn, plot / max(1, points.count)))
        let baseY = rect.y + height   // the axis row
        // The values' axis: the top, middle and bottom of the range.
        func tick(_ value: Double) -> String { figure == .maturity ? String(format: "%.1f", value) : "\(Int(value.rounded()))%" }
        // The columns rise over `bars` rows; the row above keeps room for the highest value.
        let bars = max(1, height - 1)
        let ticks = [(1, range.upperBound), (1 + bars / 2, (range.lowerBound + range.upperBound) / 2), (height - 1, range.lowerBound)]
        for row in 0..<height {
            let label = ticks.first { $0.0 == row }.map { tick($0.1) } ?? ""
            buffer.write(TextFitting.pad(label, to: axisWidth - 2, alignRight: true) + " " + (symbols.words ? " " : symbols.vertical),
                         x: rect.x, y: rect.y + row, style: theme.muted)
        }
        buffer.write(String(repeating: " ", count: axisWidth - 1) + String(repeating: symbols.horizontal, count: max(0, plot + 1)),
                     x: rect.x, y: baseY, style: theme.muted, clip: rect)
        let span = range.upperBound - range.lowerBound
        for (index, point) in points.enumerated() {
            guard let value = figure.shown(point.value) else { continue }
            let x = rect.x + axisWidth + index * column
            let barX = x + (column - 1) / 2
            // Eighths of a row: at least one, so that the lowest value still shows.
            let eighths = max(1, Int(((value - range.lowerBound) / max(span, 0.0001) * Double(bars * 8)).rounded()))
            let full = min(bars, eighths / 8), part = eighths % 8
            let style = point.reason == nil ? theme.accent : theme.text
            for row in 0..<full { buffer.write(symbols.barFull, x: barX, y: baseY - 1 - row, style: style, clip: rect) }
            if full < bars, part > 0 { buffer.write(symbols.sparks[part - 1], x: barX, y: baseY - 1 - full, style: style, clip: rect) }
            let valueText = figure == .maturity ? String(format: "%.1f", value) : "\(Int(value.rounded()))"
            let top = baseY - 1 - full - (part > 0 && full < bars ? 1 : 0)
            buffer.write(valueText, x: x + max(0, (column - valueText.count) / 2), y: max(rect.y, top), style: theme.title,
                         maxWidth: column, clip: rect)
            // Under the axis: the mark (F a forum, "now" today), then month and year.
            let mark = point.reason == nil ? "now" : forums.contains(point.day) && point.reason == .forum ? "F" : ""
            buffer.write(centred(mark, column), x: x, y: baseY + 1, style: theme.warning, clip: rect)
            // A quarter end by its month; another day (a forum, today) by its day too where it fits.
            let month = FigureText.monthNames[point.day.month - 1]
            let monthEnd = point.day.day == Day.daysIn(month: point.day.month, year: point.day.year)
            let dayMonth = "\(point.day.day) \(month)"
            buffer.write(centred(monthEnd || dayMonth.count >= column ? month : dayMonth, column), x: x, y: baseY + 2,
                         style: theme.text, clip: rect)
            let year = column >= 5 ? String(point.day.year) : String(format: "%02d", point.day.year % 100)
            buffer.write(centred(year, column), x: x, y: baseY + 3, style: theme.muted, clip: rect)
        }
    }

    static func centred(_ text: String, _ width: Int) -> String {
        let w = DisplayWidth.of(text)
        guard w < width else { return text }
        return String(repeating: " ", count: (width - w) / 2) + text
    }

    /// Every point with its day, why it was kept, the value and its count, newest first.
    static func table(_ series: FigureSeries, forums: [Day: ForumDate], in rect: Rect, buffer: inout Buffer, theme: Theme) {
        var out = LineWriter(rect)
        let columns = ColumnLayout.columns([.fixed("Day", 11, alignRight: false), .fixed("Kept", 8, alignRight: false),
                                            .fixed("Value", 6), ColumnSpec("Of", min: 9, share: 1)], width: rect.width)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: !theme.unicode), theme.title, buffer: &buffer)
        for point in series.points.reversed() where out.hasRoom {
            let kept = switch point.reason {
            case nil: "today"
            case .quarter?: "quarter"
            case .forum?: "forum"
            case .records?: "records"
            }
            let of = series.figure == .maturity ? "\(point.value.base) areas"
                : "\(Format.count(point.value.count)) of \(Format.count(point.value.base))"
            out.line(ColumnLayout.line([Format.date(point.day), kept, series.figure.text(point.value), of], columns,
                                       ascii: !theme.unicode), point.reason == nil ? theme.accent : theme.text, buffer: &buffer)
        }
    }
}
