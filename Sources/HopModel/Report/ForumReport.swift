/// The monthly report for the Heads of Profession forum, as values: what each renderer
/// (Markdown, HTML) prints, with small numbers already suppressed. Built from the same
/// `ProfessionDashboard`s the screens draw, so every figure is the dashboard's own.
///
/// Aggregates only: nothing here holds a person's name (no head of profession, checklist
/// owner, assessor or evidence note), and every count of people goes through `Suppression`.
public struct ForumReport: Hashable, Sendable {
    public var title: String
    /// The day the figures are as of (CPD pro-rating, overdue items).
    public var today: Day
    public var suppression: Suppression
    /// The good-practice framework's source, for citing.
    public var source: String
    /// How many levels the maturity scale has, and their names (1 Initial ... 5 Embedded).
    public var levelNames: [String]
    /// In order. A renderer draws each in turn; adding a kind of section is one more case.
    public var sections: [ReportSection]
    /// Each profession's figures over time (HTML charts), by profession code; none without history.
    public var trends: [String: [FigureTrend]] = [:]

    public static let defaultTitle = "Heads of Profession forum report"

    /// One section per profession, after a cross-profession summary and the shared issues when
    /// there is more than one profession.
    /// The seminar's working groups, when given, follow the shared issues.
    public init(dashboards: [ProfessionDashboard], framework: Framework, today: Day,
                suppression: Suppression = Suppression(), title: String = ForumReport.defaultTitle,
                seminar: SeminarPlan? = nil, lastForum: LastForum? = nil,
                history: [RowID: [Figure: [HistoryPoint]]] = [:]) {
        self.title = title
        self.today = today
        self.suppression = suppression
        self.source = framework.source
        self.levelNames = framework.levels.map(\.name)
        // One disclosure per profession, shared by every section that shows its figures.
        let professions = dashboards.map { ($0, ProfessionFigures(dashboard: $0, rule: suppression)) }
        var sections: [ReportSection] = []
        for dashboard in dashboards {
            let now = Figure.values(dashboard)
            let kept = history[dashboard.profession.id] ?? [:]
            trends[dashboard.profession.code] = FigureTrend.figures.compactMap { figure in
                FigureTrend(figure: figure, kept: kept[figure] ?? [], now: now[figure], today: today, rule: suppression)
            }
        }
        if let lastForum {
            sections.append(.sinceLastForum(ForumChanges(forum: lastForum.forum, then: lastForum.figures, now: professions,
                                                         rule: suppression)))
        }
        if dashboards.count > 1 {
            sections.append(.summary(ReportSummary(professions, framework: framework)))
            sections.append(.sharedIssues(SharedIssues(professions)))
            if let seminar { sections.append(.seminar(seminar)) }
        }
        sections += professions.map { .profession(ProfessionReport(dashboard: $0.0, figures: $0.1)) }
        self.sections = sections
    }

    /// Counts below the threshold, and further figures withheld to protect them, in the whole report.
    public var smallCount: Int { professions.reduce(0) { $0 + $1.smallCount } }
    public var withheldCount: Int {
        professions.reduce(0) { $0 + $1.withheldCount } + (changes?.withheldCount ?? 0)
    }

    /// What moved since the last forum, when one is marked and its figures were kept.
    public var changes: ForumChanges? {
        sections.lazy.compactMap { if case .sinceLastForum(let c) = $0 { c } else { nil } }.first
    }

    public var professions: [ProfessionReport] {
        sections.compactMap { if case .profession(let p) = $0 { p } else { nil } }
    }
}

/// One part of the report.
public enum ReportSection: Hashable, Sendable {
    /// Every profession side by side: the overview's columns.
    case summary(ReportSummary)
    /// Checklist items open, and skills gaps recurring, in several professions.
    case sharedIssues(SharedIssues)
    /// The seminar's working groups: profession names and maturity levels only.
    case seminar(SeminarPlan)
    /// Each profession's figures against the last forum's, and the largest movers.
    case sinceLastForum(ForumChanges)
    /// One profession's maturity, skills gaps, CPD and checklist.
    case profession(ProfessionReport)
}
