/// The cross-profession summary: the overview's columns, small numbers suppressed.
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
        /// Members completed or on track (withheld with a small count, since staff is shown); nil when the profession set no CPD requirement.
        public var cpdCompliant: Suppression.Disclosed<Ratio>?
        /// The overview's largest gap: the skill and the share below requirement.
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
        areas = framework.areas
        rows = dashboards.map { dashboard in
            let overview = OverviewRow(dashboard: dashboard)
            return Row(code: overview.code, name: overview.name, isNew: overview.isNew,
                       staff: suppression.count(overview.staff), maturity: overview.maturity,
                       checklist: overview.checklist, cpdCompliant: overview.cpdCompliant.map(suppression.shareBesideCount),
                       largestGap: overview.largestGap.map { LargestGap(skill: $0.skill, share: suppression.shareBesideCount($0.ratio)) })
        }
    }
}
