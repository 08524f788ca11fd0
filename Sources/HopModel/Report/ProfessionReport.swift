/// One profession's part of the forum report: the dashboard's four panes as figures, with
/// counts of people disclosed by `ProfessionFigures` (small ones suppressed, and those that
/// would give a small one away withheld). Checklist items and maturity levels are not counts
/// of people and are shown as they are.
public struct ProfessionReport: Hashable, Sendable {
    public var code: String
    public var name: String
    public var isNew: Bool
    public var staff: Suppression.Disclosed<Int>
    public var maturity: [MaturityLine]
    public var skills: SkillsSection
    /// Nil when the profession has set no CPD requirement.
    public var cpd: CPDSection?
    /// Nil when the profession makes no qualification mandatory.
    public var qualifications: ProfessionFigures.Qualifications?
    public var checklist: ChecklistSection
    public var succession: ProfessionFigures.Succession

    /// Counts below the threshold, and figures withheld to protect them, in this section.
    public var smallCount: Int
    public var withheldCount: Int

    public init(dashboard: ProfessionDashboard, suppression rule: Suppression) {
        self.init(dashboard: dashboard, figures: ProfessionFigures(dashboard: dashboard, rule: rule))
    }

    public init(dashboard: ProfessionDashboard, figures: ProfessionFigures) {
        code = dashboard.profession.code
        name = dashboard.profession.name
        isNew = dashboard.profession.isNew
        staff = figures.staff
        maturity = dashboard.maturity.areas.map(MaturityLine.init)
        skills = SkillsSection(figures)
        cpd = dashboard.cpd.flatMap { report in figures.cpd.map { CPDSection(report, $0, staff: figures.staff) } }
        qualifications = figures.qualifications
        checklist = ChecklistSection(dashboard.checklist)
        succession = figures.succession
        smallCount = figures.smallCount
        withheldCount = figures.withheldCount
    }

    /// One area: its history (a trend) and the latest self-assessment beside the evidence.
    public struct MaturityLine: Hashable, Sendable {
        public struct Point: Hashable, Sendable {
            public var date: Day
            public var level: Int
        }

        public var area: Area
        /// Oldest first. Who assessed, and why, stay on the dashboard (they name people).
        public var history: [Point]
        public var selfAssessed: Int?
        public var evidenced: Int?
        /// Self-assessed minus evidenced.
        public var gap: Int?
        /// The dashboard's flag: self-assessment and evidence `MaturityReport.flagThreshold`+ apart.
        public var isFlagged: Bool
        /// Change since the previous assessment.
        public var trend: Int?

        init(_ area: AreaMaturity) {
            self.area = area.area
            history = area.history.map { Point(date: $0.date, level: $0.level) }
            selfAssessed = area.selfAssessed
            evidenced = area.evidenced
            gap = area.gap
            isFlagged = area.isFlagged
            trend = area.trend
        }
    }

    public struct SkillLine: Hashable, Sendable {
        public var skill: String
        public var assessed: Suppression.Disclosed<Int>
        public var below: Suppression.Disclosed<Int>
        /// Below requirement, of those assessed at grades where the skill is required; withheld
        /// unless the count below and that base are both shown.
        public var belowShare: Suppression.Disclosed<Ratio>
        /// Mean levels short, over those below.
        public var meanShortfall: Suppression.Disclosed<Double>
    }

    public struct SkillsSection: Hashable, Sendable {
        public var lines: [SkillLine]
        /// Members with at least one assessment, of all members.
        public var coverage: Suppression.Disclosed<Ratio>
        public var neverAssessed: Suppression.Disclosed<Int>

        init(_ figures: ProfessionFigures) {
            lines = figures.skills.map { skill in
                SkillLine(skill: skill.name, assessed: skill.assessed, below: skill.below, belowShare: skill.belowShare,
                          meanShortfall: skill.meanShortfall)
            }
            coverage = figures.coverage
            neverAssessed = figures.neverAssessed
        }
    }

    public struct CPDFigure: Hashable, Sendable {
        public var category: CPDReport.Category
        public var count: Suppression.Disclosed<Int>
        public var share: Suppression.Disclosed<Ratio>
    }

    public struct CPDSection: Hashable, Sendable {
        public var hoursPerCycle: Int
        public var cycleStart: Day
        public var cycleEnd: Day
        public var members: Suppression.Disclosed<Int>
        /// Completed, on track, behind, none logged: in that order.
        public var figures: [CPDFigure]
        /// Completed or on track.
        public var compliant: Suppression.Disclosed<Ratio>

        init(_ report: CPDReport, _ disclosed: ProfessionFigures.CPD, staff: Suppression.Disclosed<Int>) {
            hoursPerCycle = report.requirement.hoursPerCycle
            cycleStart = report.cycleStart
            cycleEnd = report.cycleEnd
            members = staff
            figures = CPDReport.Category.allCases.map { category in
                CPDFigure(category: category, count: disclosed.counts[category] ?? .withheld,
                          share: disclosed.shares[category] ?? .withheld)
            }
            compliant = disclosed.compliant
        }
    }

    /// A checklist item named by the framework (framework data, not personal).
    public struct ChecklistItemLine: Hashable, Sendable {
        public var id: String
        public var area: Int
        public var label: String
        public var status: ChecklistStatus
        public var due: Day?
    }

    public struct ChecklistSection: Hashable, Sendable {
        public var areas: [AreaProgress]
        public var overall: Ratio
        public var overdue: [ChecklistItemLine]
        public var unowned: [ChecklistItemLine]

        init(_ report: ChecklistReport) {
            func line(_ row: ChecklistRow) -> ChecklistItemLine {
                ChecklistItemLine(id: row.item.id, area: row.item.area, label: row.item.label, status: row.entry.status,
                                  due: row.entry.due)
            }
            areas = report.areas
            overall = report.overall
            overdue = report.overdue.map(line)
            unowned = report.unowned.map(line)
        }
    }
}
