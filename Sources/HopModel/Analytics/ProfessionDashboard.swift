import Foundation

/// Everything one profession's dashboard shows, computed from `ProfessionData` alone.
public struct ProfessionDashboard: Hashable, Sendable {
    public var data: ProfessionData
    public var skills: SkillGapReport
    public var cpd: CPDReport?
    public var qualifications: QualificationReport?
    public var checklist: ChecklistReport
    public var maturity: MaturityReport
    public var movements: MovementReport
    public var succession: SuccessionCoverage

    public var profession: Profession { data.profession }
    public var staffCount: Int { data.memberCount }

    public init(data: ProfessionData, framework: Framework, today: Day) {
        self.data = data
        self.skills = SkillGapReport(data: data)
        self.cpd = CPDReport(data: data, today: today)
        self.qualifications = QualificationReport(data: data)
        self.checklist = ChecklistReport(framework: framework, entries: data.checklist,
                                         professionId: data.profession.id, today: today)
        let succession = SuccessionCoverage(posts: data.criticalPosts)
        self.succession = succession
        self.maturity = MaturityReport(framework: framework, assessments: data.maturity, checklist: checklist,
                                       evidence: RecordEvidence.met(by: succession))
        self.movements = MovementReport(professionId: data.profession.id, facts: data.movements,
                                        cpdRequirement: data.cpdRequirement, today: today)
    }
}

/// One row of the cross-profession overview.
public struct OverviewRow: Hashable, Sendable {
    public var professionId: RowID
    /// The profession's row version, for a delete from the overview.
    public var version: Int
    public var code: String
    public var name: String
    public var isNew: Bool
    public var staff: Int
    /// Latest self-assessed level per area (areas in framework order); nil = never assessed.
    public var maturity: [Int?]
    public var checklist: Ratio
    public var cpdCompliant: Ratio?
    /// Members holding every mandatory qualification of their grade, of members at grades
    /// that have one; nil when the profession makes none mandatory.
    public var qualificationsHeld: Ratio?
    public var largestGap: (skill: String, ratio: Ratio)?
    /// Critical posts with a successor ready now, of all on the register; nil with no register.
    public var successionReadyNow: Ratio?
    /// Every headline figure today (`Figure.values`) but joiners and leavers, for the columns
    /// and the change since the last forum. The movement figures are left out: the overview
    /// reads no movements (docs/DECISIONS.md, decision 97), so they would read as none.
    public var figures: [Figure: Ratio]

    public init(dashboard: ProfessionDashboard) {
        professionId = dashboard.profession.id
        version = dashboard.profession.version
        code = dashboard.profession.code
        name = dashboard.profession.name
        isNew = dashboard.profession.isNew
        staff = dashboard.staffCount
        maturity = dashboard.maturity.areas.map(\.selfAssessed)
        checklist = dashboard.checklist.overall
        cpdCompliant = dashboard.cpd?.compliant
        qualificationsHeld = dashboard.qualifications?.compliant
        largestGap = dashboard.skills.largestGap.map { ($0.skill.name, $0.belowRatio) }
        successionReadyNow = dashboard.succession.hasRegister ? dashboard.succession.readyNow : nil
        figures = Figure.values(dashboard).filter { $0.key != .joiners && $0.key != .leavers }
    }

    public static func == (lhs: OverviewRow, rhs: OverviewRow) -> Bool {
        lhs.professionId == rhs.professionId && lhs.version == rhs.version && lhs.staff == rhs.staff && lhs.maturity == rhs.maturity
            && lhs.checklist == rhs.checklist && lhs.cpdCompliant == rhs.cpdCompliant
            && lhs.qualificationsHeld == rhs.qualificationsHeld && lhs.successionReadyNow == rhs.successionReadyNow
            && lhs.largestGap?.skill == rhs.largestGap?.skill && lhs.largestGap?.ratio == rhs.largestGap?.ratio
            && lhs.code == rhs.code && lhs.name == rhs.name && lhs.isNew == rhs.isNew && lhs.figures == rhs.figures
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(professionId) }
}

/// Overview columns, each sortable.
public enum OverviewColumn: Int, CaseIterable, Sendable {
    case name, staff, area1, area2, area3, area4, area5, checklist, cpd, qualifications, succession
    /// Audit coverage and the share of skill requirements below (`Figure.auditCoverage`,
    /// `Figure.skillsGap`): columns a wide terminal has room for.
    case audited, below
    case gap
    /// The trend column, two ways: most improved (more figures better than worse since the
    /// last forum, then the larger net gain) and slipping (more figures worse, then the larger loss).
    case improved, slipping

    /// Sorts rows by this column; professions without a figure go last; ties by name.
    /// `trends`: each profession's change since the last forum, by profession id.
    public func sort(_ rows: [OverviewRow], descending: Bool, trends: [RowID: ProfessionTrend] = [:]) -> [OverviewRow] {
        func key(_ row: OverviewRow) -> Double? {
            switch self {
            case .improved: trends[row.professionId].map { Double($0.net) * 10_000 + $0.gained - $0.lost }
            case .slipping: trends[row.professionId].map { Double($0.slipped) * 10_000 + $0.lost }
            case .name: nil
            case .staff: Double(row.staff)
            case .area1, .area2, .area3, .area4, .area5:
                row.maturity[rawValue - OverviewColumn.area1.rawValue].map(Double.init)
            case .checklist: row.checklist.fraction
            case .cpd: row.cpdCompliant?.fraction
            case .qualifications: row.qualificationsHeld?.fraction
            case .succession: row.successionReadyNow?.fraction
            case .audited: row.figures[.auditCoverage]?.fraction
            case .below: row.figures[.skillsGap]?.fraction
            case .gap: row.largestGap?.ratio.fraction
            }
        }
        return rows.sorted { a, b in
            if self == .name {
                let byName = a.name.localizedCaseInsensitiveCompare(b.name)
                return descending ? byName == .orderedDescending : byName == .orderedAscending
            }
            switch (key(a), key(b)) {
            case let (x?, y?) where x != y: return descending ? x > y : x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.name.localizedCaseInsensitiveCompare(b.name) == .orderedAscending
            }
        }
    }
}
