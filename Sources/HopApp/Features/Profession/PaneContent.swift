import HopModel
import TerminalUI

/// What every dashboard pane shares: how many selectable rows it has, how many fit, and how it
/// is drawn. Each pane's drawing lives in its own file.
enum PaneContent {
    static func rowCount(_ pane: Pane, dashboard: ProfessionDashboard) -> Int {
        switch pane {
        case .maturity: dashboard.maturity.areas.count
        case .skills: DashboardFigures.skillsRows(dashboard.skills)
        case .cpd: DashboardFigures.cpdFigures(dashboard).count + (dashboard.cpd?.typeTotals.count ?? 0)
        // The items, then the overdue figure.
        case .checklist: dashboard.checklist.rows.isEmpty ? 0 : dashboard.checklist.rows.count + 1
        }
    }

    /// Visible list rows in a pane's inner area.
    static func listHeight(_ pane: Pane, inner: Rect, zoomed: Bool) -> Int {
        switch pane {
        case .maturity: 5
        case .skills: SkillsPane.listHeight(inner: inner, zoomed: zoomed)
        case .cpd: CPDPane.listHeight(inner: inner, zoomed: zoomed)
        case .checklist: ChecklistPane.listHeight(inner: inner, zoomed: zoomed)
        }
    }

    static func render(_ pane: Pane, dashboard: ProfessionDashboard, framework: Framework, in inner: Rect,
                       buffer: inout Buffer, theme: Theme, zoomed: Bool, focused: Bool, position: ListPosition,
                       gradeOffset: Int = 0, figureColumn: Int = 0, historySelected: Int = 0, historyHasSelection: Bool = false,
                       question: String? = nil, trends: FigureTrends = FigureTrends()) {
        let context = PaneContext(dashboard: dashboard, framework: framework, theme: theme, zoomed: zoomed,
                                  focused: focused, position: position, gradeOffset: gradeOffset, figureColumn: figureColumn,
                                  historySelected: historySelected, historyHasSelection: historyHasSelection,
                                  question: question, trends: trends)
        switch pane {
        case .maturity: MaturityPane.render(context, in: inner, buffer: &buffer)
        case .skills: SkillsPane.render(context, in: inner, buffer: &buffer)
        case .cpd: CPDPane.render(context, in: inner, buffer: &buffer)
        case .checklist: ChecklistPane.render(context, in: inner, buffer: &buffer)
        }
    }
}

/// Everything a pane needs to draw itself.
struct PaneContext {
    var dashboard: ProfessionDashboard
    var framework: Framework
    var theme: Theme
    var zoomed: Bool
    var focused: Bool
    var position: ListPosition
    var gradeOffset = 0
    var figureColumn = 0
    /// The full-screen maturity pane's selection in the area's history (0 the newest).
    var historySelected = 0
    /// The history, not the areas, has the selection (`ProfessionState.historyHasSelection`).
    var historyHasSelection = false
    /// A question waiting for y or n (deleting a maturity assessment), drawn at the pane's foot.
    var question: String?
    /// The figures' histories, for the sparklines beside them.
    var trends = FigureTrends()

    var marks: StatusMarks { StatusMarks(theme: theme) }
    var symbols: Symbols { Symbols(theme) }
    var ascii: Bool { !theme.unicode }
    /// The selected row is only highlighted when the user can move it.
    var selected: Int? { focused ? position.selected : nil }
    /// Figures about people are marked on a full-screen pane, where Enter lists the people.
    var marksFigure: Bool { zoomed && focused }
    /// The mark before the selected figure, or as much room in spaces.
    func figureMark(_ isSelected: Bool) -> String { isSelected && marksFigure ? DashboardFigures.marker(symbols) : " " }
    /// A summary line with its figure's trend mark (`TrendMark`) after it, as much of the mark
    /// as fits in `width`: the sparkline's latest points (up to 12 in the grid, 24 full
    /// screen) and the arrow, or the arrow alone; nothing without history.
    /// `label` names the figure when the line's own words count something else.
    func withTrend(_ segments: [(String, Style)], _ figure: Figure, label: String = "", width: Int) -> [(String, Style)] {
        let used = segments.reduce(0) { $0 + DisplayWidth.of($1.0) } + 2 + DisplayWidth.of(label)
        let room = min(width - used, TrendMark.width(points: zoomed ? 24 : 12, symbols: symbols))
        let mark = trends.mark(figure, width: room, symbols: symbols)
        guard !mark.isEmpty else { return segments }
        return segments + [("  " + label + mark, TrendMark.style(trends.series(figure), theme: theme))]
    }

    /// The mark before the selected figure, or nothing.
    func figurePrefix(_ isSelected: Bool) -> String { isSelected && marksFigure ? DashboardFigures.marker(symbols) : "" }
}

/// The kept history of the open profession's figures with today's values: each figure's
/// series, nil when nothing was kept of it (or the history is not read yet).
struct FigureTrends {
    var history: ProfessionHistory?
    var now: [Figure: Ratio] = [:]
    var today = Day.earliest

    init() {}

    init(history: ProfessionHistory?, dashboard: ProfessionDashboard, today: Day) {
        self.history = history
        self.now = history == nil ? [:] : Figure.values(dashboard)
        self.today = today
    }

    func series(_ figure: Figure) -> FigureSeries? { history?.series(figure, now: now[figure], today: today) }

    /// The figure's mark in at most `width` columns ("" without history).
    func mark(_ figure: Figure, width: Int, symbols: Symbols) -> String {
        TrendMark.text(series(figure), width: width, symbols: symbols)
    }
}

/// A line-by-line writer inside a rectangle: each call writes one row and moves down.
struct LineWriter {
    let rect: Rect
    private(set) var y: Int

    init(_ rect: Rect) { self.rect = rect; self.y = rect.y }

    var remaining: Int { rect.maxY - y }
    var hasRoom: Bool { y < rect.maxY }

    /// Writes segments left to right on the current row, then moves to the next row.
    mutating func line(_ segments: [(String, Style)], buffer: inout Buffer) {
        guard hasRoom else { return }
        var x = rect.x
        for (text, style) in segments {
            guard x < rect.maxX else {
                // The line filled the row exactly with more to come: mark that it goes on.
                if text.contains(where: { $0 != " " }) { buffer.markCut(before: rect.maxX, y: y, from: rect.x) }
                break
            }
            x += buffer.write(text, x: x, y: y, style: style, maxWidth: rect.maxX - x, clip: rect)
        }
        y += 1
    }

    mutating func line(_ text: String, _ style: Style, buffer: inout Buffer) {
        line([(text, style)], buffer: &buffer)
    }

    /// Declares the row about to be written as row `index` of the screen's list, so that a click
    /// can select it and a screen reader's cursor can sit on it (`FrameMap`).
    /// `list` names a second list beside the screen's main one (`FrameMap.Row.list`).
    func declareRow(_ index: Int, selected: Bool, list: String? = nil, buffer: inout Buffer) {
        guard hasRoom else { return }
        buffer.map.row(index, at: Rect(x: rect.x, y: y, width: rect.width, height: 1), selected: selected, list: list)
    }

    mutating func skip(_ n: Int = 1) { y += n }

    /// The rest of the rectangle from the current row.
    var rest: Rect { Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y) }

    mutating func advance(to rowsUsed: Int) { y += rowsUsed }
}
