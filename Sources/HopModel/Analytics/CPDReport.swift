/// CPD compliance for the cycle containing `today` (principles 5.9, 5.11).
///
/// Pro-rating: by day `d` of a cycle of `D` days a member is expected to have logged
/// `required × d / D`. Each member is in exactly one category:
/// completed (≥ required), on track (≥ pro-rated), behind (some, below pro-rated), none logged.
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

    /// Share of the cycle elapsed at the end of `today`, 0...1.
    public var elapsedFraction: Double {
        let length = cycleStart.days(until: cycleEnd) + 1
        let elapsed = cycleStart.days(until: today) + 1
        return min(1, max(0, Double(elapsed) / Double(length)))
    }

    /// Minutes expected by today (exact, not rounded, so the boundary is fair).
    public var proRataMinutes: Double { Double(requiredMinutes) * elapsedFraction }

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
        let required = requirement.hoursPerCycle * 60
        let length = cycleStart.days(until: cycleEnd) + 1
        let elapsed = min(length, max(0, cycleStart.days(until: today) + 1))
        var counts: [Category: Int] = [.completed: 0, .onTrack: 0, .behind: 0, .noneLogged: 0]
        var logged = 0
        for bin in data.cpdHistogram where bin.minutes > 0 {
            logged += bin.staff
            // Compare in integers: minutes × length ≥ required × elapsed  ⇔  minutes ≥ pro-rata.
            if bin.minutes >= required {
                counts[.completed]! += bin.staff
            } else if bin.minutes * length >= required * elapsed {
                counts[.onTrack]! += bin.staff
            } else {
                counts[.behind]! += bin.staff
            }
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
