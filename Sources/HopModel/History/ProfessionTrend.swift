/// What a trend is measured from: the figures kept on the last forum date on or before today,
/// or, with no forum marked, on the last quarter end kept before today.
public struct TrendBaseline: Hashable, Sendable {
    public var day: Day
    /// The forum the day is; nil for a quarter end.
    public var forum: ForumDate?
    /// Each profession's figures kept that day, by profession id.
    public var figures: [RowID: [Figure: Ratio]]

    public init(day: Day, forum: ForumDate?, figures: [RowID: [Figure: Ratio]]) {
        self.day = day; self.forum = forum; self.figures = figures
    }

    /// "since Summer forum, 3 Nov 2026", "since the forum, 3 Nov 2026", "since 30 Sep 2026".
    public var since: String {
        guard let forum else { return "since " + FigureText.date(day) }
        return "since " + (forum.title.isEmpty ? "the forum" : forum.title) + ", " + FigureText.date(day)
    }
}

/// How a profession's headline figures moved since a baseline (`ForumChanges.figures`): how
/// many improved and how many slipped, by at least the step a screen prints (a point; a tenth
/// of a level), and by how much in all.
///
/// Without a rule (the dashboard, for the people who keep the records) every change counts.
/// With one (anything an audience sees) a change of a figure about people counts only when the
/// forum report would print it (docs/PRIVACY.md, rule 11): a change of one person in a small
/// profession moves nothing.
public struct ProfessionTrend: Hashable, Sendable, Comparable {
    public var improved: Int
    public var slipped: Int
    /// Sum of the improvements and of the slips, in points (a level of maturity counting 10).
    public var gained: Double
    public var lost: Double

    public var net: Int { improved - slipped }

    /// `then`: the figures kept on the baseline's day; `now`: today's (`Figure.values`);
    /// `shown`: the profession's figures as an audience sees them, when `rule` is given.
    /// Nil when no figure has a value both then and now.
    public init?(then: [Figure: Ratio], now: [Figure: Ratio], rule: Suppression? = nil, shown: ProfessionFigures? = nil) {
        var improved = 0, slipped = 0, gained = 0.0, lost = 0.0, compared = 0
        for figure in ForumChanges.figures {
            guard let a = then[figure], let b = now[figure], a.base > 0, b.base > 0 else { continue }
            compared += 1
            let delta: Double?
            if let rule {
                delta = ForumChanges.change(figure, then: a, now: b, shownNow: shown.flatMap { ForumChanges.shownNow(figure, $0) },
                                            rule: rule).delta.value
            } else if let x = figure.shown(a), let y = figure.shown(b) {
                delta = y - x
            } else {
                delta = nil
            }
            guard let delta else { continue }
            let improvement = figure.higherIsBetter ? delta : -delta
            guard abs(improvement) >= figure.smallestStep / 2 else { continue }
            let weighted = improvement * (figure == .maturity ? 10 : 1)
            if improvement > 0 { improved += 1; gained += weighted } else { slipped += 1; lost -= weighted }
        }
        guard compared > 0 else { return nil }
        self.improved = improved; self.slipped = slipped; self.gained = gained; self.lost = lost
    }

    /// "+2 -1": figures improved and slipped (signs, not colour, say which); "0" when none moved.
    public var text: String {
        improved == 0 && slipped == 0 ? "0" : "+\(improved) -\(slipped)"
    }

    /// Most improved first: more figures up than down, then the larger gain net of losses.
    public static func < (a: ProfessionTrend, b: ProfessionTrend) -> Bool {
        (a.net, a.gained - a.lost) < (b.net, b.gained - b.lost)
    }

    /// How much it slipped: more figures down, then the larger loss.
    public var slipping: (Int, Double) { (slipped, lost) }
}
