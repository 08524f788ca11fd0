/// The cross-profession summary: the overview's columns, disclosed as in each profession's
/// section (`ProfessionFigures`), so a figure shown in both is the same figure.
public struct ReportSummary: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var code: String
        public var name: String
        public var isNew: Bool
        public var staff: Suppression.Disclosed<Int>
        /// Latest self-assessed level per area, in framework order; nil = never assessed.
        public var maturity: [Int?]
        /// Checklist items done of those applicable (items, not people: never suppressed).
        public var checklist: Ratio
        /// Members completed or on track; nil when the profession set no CPD requirement.
        public var cpdCompliant: Suppression.Disclosed<Ratio>?
        /// The largest gap among the skills whose share below requirement is shown.
        public var largestGap: LargestGap?
    }

    public struct LargestGap: Hashable, Sendable {
        public var skill: String
        public var share: Suppression.Disclosed<Ratio>
    }

    /// The areas' short names, as column headings.
    public var areas: [Area]
    public var rows: [Row]

    public init(dashboards: [ProfessionDashboard], framework: Framework, suppression: Suppression) {
        self.init(dashboards.map { ($0, ProfessionFigures(dashboard: $0, rule: suppression)) }, framework: framework)
    }

    public init(_ professions: [(dashboard: ProfessionDashboard, figures: ProfessionFigures)], framework: Framework) {
        areas = framework.areas
        rows = professions.map { dashboard, figures in
            let overview = OverviewRow(dashboard: dashboard)
            return Row(code: overview.code, name: overview.name, isNew: overview.isNew,
                       staff: figures.staff, maturity: overview.maturity,
                       checklist: overview.checklist, cpdCompliant: figures.cpd?.compliant,
                       largestGap: figures.largestGap.map { LargestGap(skill: $0.name, share: $0.belowShare) })
        }
    }
}
