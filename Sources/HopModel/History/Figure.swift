/// A headline figure of a profession whose history is kept: each is a count out of a base
/// (`Ratio`), so that a delta is a difference of counts the disclosure rules can judge.
public enum Figure: Hashable, Sendable, Comparable {
    /// Assessments below requirement, of assessments where one is required (every skill).
    case skillsGap
    /// The same for one skill.
    case skillGap(skillId: RowID)
    /// Members assessed at least once, of members.
    case auditCoverage
    /// Members completed or on track in the CPD cycle, of members (none without a requirement).
    case cpdCompliance
    /// Checklist items done, of items that apply.
    case checklist
    /// Members holding every mandatory qualification of their grade, of members at such grades.
    case qualifications
    /// Sum of the latest self-assessed level per area, of areas assessed (the mean level).
    case maturity
    /// People who joined / left the profession in the twelve months to the day, of members.
    case joiners, leavers

    /// The headline figures, in the order screens and reports list them.
    public static let headline: [Figure] = [.skillsGap, .auditCoverage, .cpdCompliance, .checklist, .qualifications, .maturity,
                                            .joiners, .leavers]

    /// How the store names it ("skills-gap", "skill:12").
    public var code: String {
        switch self {
        case .skillsGap: "skills-gap"
        case .skillGap(let id): "skill:\(id)"
        case .auditCoverage: "audit-coverage"
        case .cpdCompliance: "cpd"
        case .checklist: "checklist"
        case .qualifications: "qualifications"
        case .maturity: "maturity"
        case .joiners: "joiners"
        case .leavers: "leavers"
        }
    }

    public init?(code: String) {
        if code.hasPrefix("skill:"), let id = RowID(code.dropFirst(6)), id > 0 { self = .skillGap(skillId: id); return }
        guard let figure = Figure.headline.first(where: { $0.code == code }) else { return nil }
        self = figure
    }

    /// How a person reads it: "skills gap", "CPD compliance".
    public var label: String {
        switch self {
        case .skillsGap: "skills gap"
        case .skillGap: "skill gap"
        case .auditCoverage: "audit coverage"
        case .cpdCompliance: "CPD compliance"
        case .checklist: "checklist progress"
        case .qualifications: "mandatory qualifications"
        case .maturity: "maturity"
        case .joiners: "joiners"
        case .leavers: "leavers"
        }
    }

    /// Whether a rise is an improvement (a gap or leavers rising is not).
    public var higherIsBetter: Bool {
        switch self {
        case .skillsGap, .skillGap, .leavers: false
        default: true
        }
    }

    /// Whether the count is people (and so open to disclosure by difference); maturity's is a
    /// sum of levels and the checklist's items.
    public var countsPeople: Bool {
        switch self {
        case .checklist, .maturity: false
        default: true
        }
    }

    public static func < (a: Figure, b: Figure) -> Bool { a.code < b.code }

    /// Every figure of one profession's dashboard, as the dashboard computes them.
    public static func values(_ d: ProfessionDashboard) -> [Figure: Ratio] {
        var values: [Figure: Ratio] = [
            .skillsGap: d.skills.rows.reduce(Ratio(0, of: 0)) { Ratio($0.count + $1.belowRatio.count, of: $0.base + $1.belowRatio.base) },
            .auditCoverage: d.skills.coverage,
            .checklist: d.checklist.overall,
            .joiners: Ratio(d.movements.joiners, of: d.staffCount),
            .leavers: Ratio(d.movements.leavers, of: d.staffCount),
        ]
        for row in d.skills.rows { values[.skillGap(skillId: row.skill.id)] = row.belowRatio }
        if let cpd = d.cpd { values[.cpdCompliance] = cpd.compliant }
        if let q = d.qualifications { values[.qualifications] = q.compliant }
        if let maturity = maturityValue(d.maturity.areas.map(\.selfAssessed)) { values[.maturity] = maturity }
        return values
    }

    /// Sum of the levels assessed, of the areas assessed; nil when none is.
    public static func maturityValue(_ levels: [Int?]) -> Ratio? {
        let assessed = levels.compactMap { $0 }
        return assessed.isEmpty ? nil : Ratio(assessed.reduce(0, +), of: assessed.count)
    }
}

/// Why a figure's value was kept on a day.
public enum HistoryReason: String, Hashable, Sendable {
    /// A quarter ended: kept by the first write after it, as the store stood then.
    case quarter
    /// A forum or seminar date was marked.
    case forum
    /// Worked out later from dated records (maturity assessments), for a day before any kept.
    case records
}

/// One figure of one profession on one day.
public struct HistoryPoint: Hashable, Sendable {
    public var day: Day
    public var value: Ratio
    public var reason: HistoryReason

    public init(day: Day, value: Ratio, reason: HistoryReason) {
        self.day = day; self.value = value; self.reason = reason
    }
}

extension Day {
    /// The last day of the calendar quarter containing this day (31 March, 30 June, 30 September, 31 December).
    public var quarterEnd: Day {
        let month = ((month - 1) / 3) * 3 + 3
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
    }

    /// The last quarter end strictly before this day.
    public var previousQuarterEnd: Day {
        Day(year: year, month: ((month - 1) / 3) * 3 + 1, day: 1)!.adding(days: -1)
    }
}
