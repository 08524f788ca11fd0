/// One figure of one profession over time, for the report's charts: the days kept and today,
/// as shares in percent (levels for maturity). A figure about people is charted only when
/// every point passes the primary rule and every step between two points could be printed as
/// a change (`ForumChanges`): otherwise the line would show a small change the table withholds.
public struct FigureTrend: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public var day: Day
        public var value: Double
    }

    /// The figures charted, in this order.
    public static let figures: [Figure] = [.skillsGap, .auditCoverage, .cpdCompliance, .checklist, .maturity]

    public var figure: Figure
    public var points: [Point]

    /// `kept`: the figure's history before `today`; `now`: its value today. Nil with fewer than
    /// two points, or when a point or a step would disclose a small number.
    public init?(figure: Figure, kept: [HistoryPoint], now: Ratio?, today: Day, rule: Suppression) {
        var series = kept.filter { $0.value.base > 0 && $0.day < today }.map { ($0.day, $0.value) }
        if let now, now.base > 0 { series.append((today, now)) }
        guard series.count >= 2 else { return nil }
        var points: [Point] = []
        for (index, (day, value)) in series.enumerated() {
            if index > 0 {
                let step = ForumChanges.change(figure, then: series[index - 1].1, now: value, shownNow: nil, rule: rule)
                guard step.delta.value != nil else { return nil }
            }
            let shown = figure.countsPeople ? rule.rounded(value) : value
            guard let fraction = shown.fraction else { return nil }
            points.append(Point(day: day, value: figure == .maturity ? fraction : fraction * 100))
        }
        self.figure = figure
        self.points = points
    }

    /// "24% (31 Mar 2025), 21% (30 Jun 2025), 19% (1 Oct 2025)".
    public var words: String {
        points.map { point in
            let value = figure == .maturity ? String(format: "%.1f", point.value) : "\(Int(point.value.rounded()))%"
            return value + " (" + FigureText.date(point.day) + ")"
        }.joined(separator: ", ")
    }
}
