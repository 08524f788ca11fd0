/// What moved since the last forum: each profession's headline figures then (kept on the forum
/// date, `figure_history`) and now, as changes in percentage points, under the disclosure rules.
///
/// A change is itself a figure about people: 12 of 20 then and 13 of 20 now says one person
/// moved. So a change of a figure about people is shown only when its "now" is shown by the
/// profession's table (`ProfessionFigures`), its "then" passes the primary rule (count, base and
/// the rest each at least the threshold), and neither the count nor the base moved by fewer than
/// the threshold (unless by none). Otherwise it prints as "n/a". Checklist items and maturity
/// levels are not people and are shown as they are. Changes are worked out from the counts as
/// printed (`--round-to`).
public struct ForumChanges: Hashable, Sendable {
    public struct Change: Hashable, Sendable {
        public var figure: Figure
        /// The share then and now, in percent (a mean level for maturity); nil when either is withheld.
        public var then: Double?
        public var now: Double?
        /// Now minus then: percentage points (levels for maturity).
        public var delta: Suppression.Disclosed<Double>

        /// The change counted as an improvement (positive) or a slip (negative), nil when withheld.
        public var improvement: Double? { delta.value.map { figure.higherIsBetter ? $0 : -$0 } }
    }

    public struct Row: Hashable, Sendable {
        public var professionId: RowID
        public var code: String
        public var name: String
        /// In `Figure.headline` order; a figure with no value then or now is left out.
        public var changes: [Change]
    }

    public struct Mover: Hashable, Sendable {
        public var code: String
        public var name: String
        public var change: Change
    }

    /// The figures a row lists: the headline ones but joiners and leavers (counts over a year,
    /// not a state the forum moves).
    public static let figures: [Figure] = [.skillsGap, .auditCoverage, .cpdCompliance, .checklist, .qualifications, .maturity]
    /// How many movers each way the report names.
    public static let moverCount = 5

    public var forum: ForumDate
    public var rows: [Row]
    /// The largest shown improvements and slips across professions, largest first.
    public var improved: [Mover]
    public var slipped: [Mover]
    public var withheldCount: Int

    /// `then`: each profession's figures kept on the forum date (by profession id).
    public init(forum: ForumDate, then: [RowID: [Figure: Ratio]], now: [(ProfessionDashboard, ProfessionFigures)],
                rule: Suppression) {
        self.forum = forum
        var withheld = 0
        rows = now.map { dashboard, figures in
            let current = Figure.values(dashboard)
            let before = then[dashboard.profession.id] ?? [:]
            let changes = ForumChanges.figures.compactMap { figure -> Change? in
                guard let a = before[figure], let b = current[figure], a.base > 0, b.base > 0 else { return nil }
                let change = ForumChanges.change(figure, then: a, now: b, shownNow: ForumChanges.shownNow(figure, figures), rule: rule)
                if change.delta.value == nil { withheld += 1 }
                return change
            }
            return Row(professionId: dashboard.profession.id, code: dashboard.profession.code, name: dashboard.profession.name,
                       changes: changes)
        }
        withheldCount = withheld
        let movers = rows.flatMap { row in
            row.changes.filter { ($0.improvement ?? 0) != 0 && $0.figure != .maturity }
                .map { Mover(code: row.code, name: row.name, change: $0) }
        }
        improved = Array(movers.filter { $0.change.improvement! > 0 }
            .sorted { ($0.change.improvement!, $1.code) > ($1.change.improvement!, $0.code) }.prefix(Self.moverCount))
        slipped = Array(movers.filter { $0.change.improvement! < 0 }
            .sorted { ($0.change.improvement!, $0.code) < ($1.change.improvement!, $1.code) }.prefix(Self.moverCount))
    }

    /// Whether the profession's table shows the figure's share now.
    static func shownNow(_ figure: Figure, _ figures: ProfessionFigures) -> Bool? {
        switch figure {
        case .auditCoverage: figures.coverage.value != nil
        case .cpdCompliance: figures.cpd?.compliant.value != nil
        case .qualifications: figures.qualifications?.holdAll.value != nil
        case .skillGap, .skillsGap, .joiners, .leavers: nil   // judged by the primary rule below
        case .checklist, .maturity: true
        }
    }

    static func change(_ figure: Figure, then a: Ratio, now b: Ratio, shownNow: Bool?, rule: Suppression) -> Change {
        if !figure.countsPeople {
            let scale = figure == .maturity ? 1.0 : 100.0
            let then = a.fraction.map { $0 * scale }, now = b.fraction.map { $0 * scale }
            let delta = (then != nil && now != nil) ? Suppression.Disclosed.shown(now! - then!) : .suppressed
            return Change(figure: figure, then: then, now: now, delta: delta)
        }
        let a = rule.rounded(a), b = rule.rounded(b)
        func passes(_ r: Ratio) -> Bool { r.count >= rule.threshold && r.base >= rule.threshold && r.base - r.count >= rule.threshold }
        func small(_ d: Int) -> Bool { d != 0 && abs(d) < rule.threshold }
        let disclosed = (shownNow ?? passes(b)) && passes(a) && passes(b)
            && !small(b.count - a.count) && !small(b.base - a.base) && !small((b.base - b.count) - (a.base - a.count))
        guard disclosed, let then = a.fraction, let now = b.fraction else {
            return Change(figure: figure, then: nil, now: nil, delta: .withheld)
        }
        return Change(figure: figure, then: then * 100, now: now * 100, delta: .shown((now - then) * 100))
    }
}
