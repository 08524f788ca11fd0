/// CPD compliance for the cycle containing `today` (principles 5.9, 5.11).
///
/// Each member is in exactly one category by `CPDRule`: completed, on track, behind, none
/// logged, with what is due pro-rated through the cycle, for joiners and for part-time staff.
public struct CPDReport: Hashable, Sendable {
    public enum Category: String, CaseIterable, Sendable {
        case completed, onTrack, behind, noneLogged

        public var label: String {
            switch self {
            case .completed: "Completed"
            case .onTrack: "On track"
            case .behind: "Behind"
            case .noneLogged: "None logged"
            }
        }
    }

    public var requirement: CPDRequirement
    public var cycleYear: Int
    public var cycleStart: Day
    public var cycleEnd: Day
    public var today: Day
    public var members: Int
    public var counts: [Category: Int]
    public var typeTotals: [CPDTypeTotal]
    public var qualifications: [(grade: String, qualification: String)]

    public var requiredMinutes: Int { requirement.hoursPerCycle * 60 }

    /// The rule that put each member in a category.
    public var rule: CPDRule

    /// Share of the cycle elapsed at the end of `today`, 0...1.
    public var elapsedFraction: Double {
        Double(rule.elapsedDays(startMonth: 0)) / Double(rule.cycleDays)
    }

    /// Minutes expected by today of a full-time member there all cycle (exact, not rounded).
    public var proRataMinutes: Double { rule.dueMinutes() }

    public func ratio(_ category: Category) -> Ratio { Ratio(counts[category] ?? 0, of: members) }

    /// Completed or on track: the headline compliance figure.
    public var compliant: Ratio { Ratio((counts[.completed] ?? 0) + (counts[.onTrack] ?? 0), of: members) }

    public static func == (lhs: CPDReport, rhs: CPDReport) -> Bool {
        lhs.requirement == rhs.requirement && lhs.cycleYear == rhs.cycleYear && lhs.today == rhs.today
            && lhs.members == rhs.members && lhs.counts == rhs.counts && lhs.typeTotals == rhs.typeTotals
            && lhs.qualifications.map(\.grade) == rhs.qualifications.map(\.grade)
            && lhs.qualifications.map(\.qualification) == rhs.qualifications.map(\.qualification)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(requirement); hasher.combine(counts) }

    /// Nil when the profession has set no CPD requirement.
    public init?(data: ProfessionData, today: Day) {
        guard let requirement = data.cpdRequirement else { return nil }
        self.requirement = requirement
        self.today = today
        self.cycleYear = data.cpdCycleYear ?? requirement.cycleYear(containing: today)
        self.cycleStart = requirement.cycleStart(year: cycleYear)
        self.cycleEnd = requirement.cycleEnd(year: cycleYear)
        self.members = data.memberCount
        let rule = CPDRule(requirement: requirement, cycleYear: cycleYear, today: today)
        self.rule = rule
        var counts: [Category: Int] = [.completed: 0, .onTrack: 0, .behind: 0, .noneLogged: 0]
        var logged = 0
        for bin in data.cpdCoverage {
            logged += bin.staff
            counts[rule.category(coveredDays: bin.coveredDays, startMonth: bin.startMonth)]! += bin.staff
        }
        counts[.noneLogged] = max(0, members - logged)
        self.counts = counts
        self.typeTotals = data.cpdTypeTotals.sorted { ($0.minutes, $1.type.rawValue) > ($1.minutes, $0.type.rawValue) }
        let gradeCodes = Dictionary(data.grades.map { ($0.id, ($0.code, $0.rank)) }, uniquingKeysWith: { a, _ in a })
        self.qualifications = data.qualificationRequirements
            .sorted { (gradeCodes[$0.gradeId]?.1 ?? 0, $0.qualification) < (gradeCodes[$1.gradeId]?.1 ?? 0, $1.qualification) }
            .map { (gradeCodes[$0.gradeId]?.0 ?? "?", $0.qualification) }
    }
}
