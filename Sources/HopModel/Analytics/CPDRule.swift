/// How much CPD a member owes in a cycle, and so which category they are in: the one rule
/// behind every CPD figure (the dashboard, the overview, departments, the forum report and
/// any list of people by CPD category).
///
/// A cycle of `D` days requires `R` minutes of a full-time member who was in the profession
/// all cycle. Two things reduce that share (docs/DECISIONS.md, "Fair CPD"):
///
/// - **Joiners.** A member who joined the profession during the cycle owes CPD from the first
///   of the month after they joined (from the day itself if they joined on the 1st): whole
///   months, as CPD regimes count them. `startMonth` is how many months of the cycle passed
///   before that: 0 for a member who joined before the cycle or has no date, 12 if after it.
/// - **Part-time staff** owe in proportion to their full-time equivalent `f` (absent: 1).
///
/// A member whose CPD year starts on day `s` of the cycle owes, for the whole cycle,
/// `R × f × (D − s + 1) / D`, and by `today` (day `t`) `R × f × (t − s + 1) / D` (never below
/// nothing nor above their whole-cycle share). Each member is in exactly one category:
/// none logged (nothing logged), completed (at least their whole-cycle share), on track (at
/// least what is due by today), behind (the rest). Compared in integers so that a member
/// exactly on the line is on the right side of it.
public struct CPDRule: Hashable, Sendable {
    public var requiredMinutes: Int
    public var cycleStart: Day
    public var cycleEnd: Day
    public var today: Day

    public init(requirement: CPDRequirement, cycleYear: Int, today: Day) {
        requiredMinutes = requirement.hoursPerCycle * 60
        cycleStart = requirement.cycleStart(year: cycleYear)
        cycleEnd = requirement.cycleEnd(year: cycleYear)
        self.today = today
    }

    public static let monthsPerCycle = 12

    /// Days in the cycle.
    public var cycleDays: Int { cycleStart.days(until: cycleEnd) + 1 }

    /// Months of the cycle gone before a member who joined on `joined` starts owing CPD, 0...12.
    public func startMonth(joined: Day?) -> Int {
        guard let joined else { return 0 }
        let months = (joined.year - cycleStart.year) * 12 + (joined.month - cycleStart.month) + (joined.day > 1 ? 1 : 0)
        return min(Self.monthsPerCycle, max(0, months))
    }

    /// The first day a member whose CPD year starts `startMonth` months in owes CPD.
    public func memberStart(startMonth: Int) -> Day { cycleStart.adding(months: startMonth) }

    /// Days of the cycle such a member owes CPD for.
    public func memberDays(startMonth: Int) -> Int {
        max(0, memberStart(startMonth: startMonth).days(until: cycleEnd) + 1)
    }

    /// Of those, the days gone by the end of `today`.
    public func elapsedDays(startMonth: Int) -> Int {
        min(memberDays(startMonth: startMonth), max(0, memberStart(startMonth: startMonth).days(until: today) + 1))
    }

    /// Minutes owed for the whole cycle (exact, not rounded).
    public func cycleMinutes(startMonth: Int = 0, fte: FullTimeEquivalent = .fullTime) -> Double {
        Double(requiredMinutes * fte.hundredths * memberDays(startMonth: startMonth)) / Double(100 * cycleDays)
    }

    /// Minutes owed by the end of `today` (exact, not rounded).
    public func dueMinutes(startMonth: Int = 0, fte: FullTimeEquivalent = .fullTime) -> Double {
        Double(requiredMinutes * fte.hundredths * elapsedDays(startMonth: startMonth)) / Double(100 * cycleDays)
    }

    /// The category of a member who logged `minutes` of counted CPD in the cycle.
    public func category(minutes: Int, startMonth: Int = 0, fte: FullTimeEquivalent = .fullTime) -> CPDReport.Category {
        guard minutes > 0 else { return .noneLogged }
        // minutes ≥ R × f/100 × days / D  ⇔  minutes × 100 × D ≥ R × f × days
        let logged = minutes * 100 * cycleDays
        let owedPerDay = requiredMinutes * fte.hundredths
        if logged >= owedPerDay * memberDays(startMonth: startMonth) { return .completed }
        if logged >= owedPerDay * elapsedDays(startMonth: startMonth) { return .onTrack }
        return .behind
    }

    /// The days of their CPD year a member's `minutes` cover: the most days `d`, at most
    /// `memberDays(startMonth:)`, such that the minutes are at least what `d` days owe. Does not
    /// depend on `today`, so a summary can count members by it once for every day of the cycle:
    /// `category(coveredDays:startMonth:)` of it is `category(minutes:startMonth:fte:)`.
    public func coveredDays(minutes: Int, startMonth: Int = 0, fte: FullTimeEquivalent = .fullTime) -> Int {
        let days = memberDays(startMonth: startMonth)
        let owedPerDay = requiredMinutes * fte.hundredths
        guard owedPerDay > 0 else { return days }
        // minutes × 100 × D ≥ R × f × d  ⇔  d ≤ ⌊minutes × 100 × D / (R × f)⌋
        return min(days, max(0, minutes) * 100 * cycleDays / owedPerDay)
    }

    /// The category of a member who logged some counted CPD (more than nothing) covering
    /// `coveredDays` of their CPD year (`coveredDays(minutes:startMonth:fte:)`).
    public func category(coveredDays: Int, startMonth: Int = 0) -> CPDReport.Category {
        if coveredDays >= memberDays(startMonth: startMonth) { return .completed }
        if coveredDays >= elapsedDays(startMonth: startMonth) { return .onTrack }
        return .behind
    }

    /// `category(minutes:startMonth:fte:)` for a member with these details (absent: full time
    /// and the whole cycle).
    public func category(minutes: Int, joined: Day?, fte: FullTimeEquivalent?) -> CPDReport.Category {
        category(minutes: minutes, startMonth: startMonth(joined: joined), fte: fte ?? .fullTime)
    }
}
