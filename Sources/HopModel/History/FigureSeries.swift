/// One figure of one profession over time as the screens show it: the values kept on quarter
/// ends and forum dates (and worked out from dated records) up to today, then today's value.
/// A figure with nothing kept has no series: a screen shows nothing rather than a line made up
/// of today's value alone.
public struct FigureSeries: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public var day: Day
        public var value: Ratio
        /// Why it was kept; nil for today's value, worked out from the store as it stands.
        public var reason: HistoryReason?
    }

    public var figure: Figure
    /// Oldest first; the last is today's when the figure has a value today.
    public var points: [Point]

    /// `kept`: the figure's history (any order); `now`: its value today, nil when it has none.
    /// Nil when nothing with a base was kept on or before `today`.
    public init?(figure: Figure, kept: [HistoryPoint], now: Ratio?, today: Day) {
        let past = kept.filter { $0.value.base > 0 && $0.day <= today }.sorted { $0.day < $1.day }
        guard !past.isEmpty else { return nil }
        var points = past.map { Point(day: $0.day, value: $0.value, reason: $0.reason) }
        if let now, now.base > 0 { points.append(Point(day: today, value: now, reason: nil)) }
        self.figure = figure
        self.points = points
    }

    /// Each point as the figure is read: percent, or the mean level for maturity.
    public var values: [Double] { points.compactMap { figure.shown($0.value) } }

    /// The latest value (today's when there is one) minus the value kept before it: percentage
    /// points (levels for maturity); nil with one point.
    public var lastChange: Double? {
        let values = values
        guard values.count >= 2 else { return nil }
        return values[values.count - 1] - values[values.count - 2]
    }

    /// Which way the last step went, as printed (whole points; tenths of a level for maturity).
    public var direction: Direction? {
        guard let change = lastChange else { return nil }
        if abs(change) < figure.smallestStep / 2 { return .same }
        return change > 0 ? .up : .down
    }

    public enum Direction: Hashable, Sendable { case up, down, same }

    /// The range a line over these values is drawn in: 1 to 5 for maturity; for a share, its
    /// own lowest to highest widened to at least ten points (so that one point's change does
    /// not fill the height), within 0 to 100.
    public var range: ClosedRange<Double> {
        if figure == .maturity { return 1...5 }
        let values = values
        guard let low = values.min(), let high = values.max() else { return 0...100 }
        let span = max(10, high - low), middle = (low + high) / 2
        var lower = max(0, middle - span / 2)
        let upper = min(100, lower + span)
        lower = max(0, upper - span)
        return lower...upper
    }
}

extension Figure {
    /// A value as read: percent, or the mean level for maturity; nil with no base.
    public func shown(_ value: Ratio) -> Double? {
        value.fraction.map { self == .maturity ? $0 : $0 * 100 }
    }

    /// The smallest change the screens print: one point, or a tenth of a level for maturity.
    public var smallestStep: Double { self == .maturity ? 0.1 : 1 }

    /// "24%", or "3.2" for maturity.
    public func text(_ value: Ratio) -> String {
        self == .maturity ? FigureText.decimal(value.fraction) : FigureText.percent(value)
    }

    /// A change as printed: "+3 pts", "-0.2" (maturity), "0".
    public func changeText(_ change: Double) -> String {
        if self == .maturity {
            let text = String(format: "%+.1f", change)
            return text == "+0.0" || text == "-0.0" ? "0" : text
        }
        let points = Int(change.rounded())
        return points == 0 ? "0" : FigureText.signed(points)
    }
}

/// Everything kept of one profession's figures, and the forum dates to mark on a chart.
public struct ProfessionHistory: Hashable, Sendable {
    public var professionId: RowID
    public var kept: [Figure: [HistoryPoint]]
    public var forums: [ForumDate]

    public init(professionId: RowID, kept: [Figure: [HistoryPoint]], forums: [ForumDate]) {
        self.professionId = professionId; self.kept = kept; self.forums = forums
    }

    /// The figure's series with today's value, nil when nothing was kept of it.
    public func series(_ figure: Figure, now: Ratio?, today: Day) -> FigureSeries? {
        FigureSeries(figure: figure, kept: kept[figure] ?? [], now: now, today: today)
    }
}
