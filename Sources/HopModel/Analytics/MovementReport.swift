/// People moving between professions: how many went from one to another.
public struct ProfessionFlow: Hashable, Sendable {
    public var from: RowID
    public var to: RowID
    public var people: Int

    public init(from: RowID, to: RowID, people: Int) { self.from = from; self.to = to; self.people = people }
}

/// One profession's movements, counted in people (a person counts once per figure):
///
/// - joiners / leavers: profession moves into / out of it that started in the last twelve
///   months (after the same day a year ago, up to today);
/// - seconded / on loan now: a secondment or loan that has started and not ended (no end
///   date, or one from today on) with no return recorded since it started;
/// - shadowing now: a job shadowing placement running today;
/// - returning this quarter: a secondment or loan ending in the current calendar quarter, or
///   a return recorded in it;
/// - flows in and out: profession moves of the last twelve months with both sides known.
public struct MovementReport: Hashable, Sendable {
    public var joiners: Int
    public var leavers: Int
    public var secondedNow: Int
    public var onLoanNow: Int
    public var shadowingNow: Int
    public var returningThisQuarter: Int
    /// Placements (secondment, loan, shadowing) that started in the last twelve months.
    public var placementsLastYear: Int
    /// Of those, placements whose learning the profession's CPD requirement counts.
    public var placementsCountingAsCPD: Int
    /// Into this profession, largest first.
    public var flowsIn: [ProfessionFlow]
    /// Out of this profession, largest first.
    public var flowsOut: [ProfessionFlow]

    public var awayNow: Int { secondedNow + onLoanNow }
    /// Nothing recorded that concerns the profession in the periods counted.
    public var isEmpty: Bool {
        joiners + leavers + awayNow + shadowingNow + returningThisQuarter + placementsLastYear == 0
    }

    /// `facts` are the movements that concern the profession: its profession moves and its
    /// members' placements and returns (the store selects them).
    public init(professionId: RowID, facts: [MovementFact], cpdRequirement: CPDRequirement?, today: Day) {
        let year = MovementReport.lastYear(today)
        let quarter = MovementReport.quarter(containing: today)
        // Each person's latest return up to today: a placement is over for its own person once
        // a return on or after its start is recorded (not every return of the profession
        // looked at for every placement).
        var latestReturn: [RowID: Day] = [:]
        for fact in facts where fact.type == .returned && fact.start <= today {
            latestReturn[fact.staffId] = max(latestReturn[fact.staffId] ?? fact.start, fact.start)
        }
        // One pass over the facts (about 7,800 for the largest profession of the whole civil
        // service), each figure a set of people.
        var joiners = Set<RowID>(), leavers = Set<RowID>(), seconded = Set<RowID>(), onLoan = Set<RowID>()
        var shadowing = Set<RowID>(), returning = Set<RowID>()
        var placements = 0, countingAsCPD = 0
        for fact in facts {
            let running = fact.start <= today && (fact.end.map { $0 >= today } ?? true)
            switch fact.type {
            case .profession:
                guard year.contains(fact.start) else { break }
                if fact.toProfessionId == professionId { joiners.insert(fact.staffId) }
                if fact.fromProfessionId == professionId { leavers.insert(fact.staffId) }
            case .returned:
                if quarter.contains(fact.start) { returning.insert(fact.staffId) }
            case .secondment, .loan:
                if let end = fact.end, quarter.contains(end) { returning.insert(fact.staffId) }
                if running && !(latestReturn[fact.staffId].map { $0 >= fact.start } ?? false) {
                    if fact.type == .secondment { seconded.insert(fact.staffId) } else { onLoan.insert(fact.staffId) }
                }
            case .shadowing:
                if running { shadowing.insert(fact.staffId) }
            case .post, .department:
                break
            }
            if fact.type.isPlacement && year.contains(fact.start) {
                placements += 1
                if let requirement = cpdRequirement, let type = fact.type.cpdType, requirement.countedTypes.contains(type) {
                    countingAsCPD += 1
                }
            }
        }
        self.joiners = joiners.count
        self.leavers = leavers.count
        secondedNow = seconded.count
        onLoanNow = onLoan.count
        shadowingNow = shadowing.count
        returningThisQuarter = returning.count
        placementsLastYear = placements
        placementsCountingAsCPD = countingAsCPD
        let flows = MovementReport.flows(facts, in: year)
        flowsIn = flows.filter { $0.to == professionId }
        flowsOut = flows.filter { $0.from == professionId }
    }

    /// Profession moves with both sides known whose start falls in `period`, counted in
    /// people per (from, to) pair, largest first (then by ids, so the order is stable).
    public static func flows(_ facts: [MovementFact], in period: ClosedRange<Day>) -> [ProfessionFlow] {
        struct Pair: Hashable { let from: RowID, to: RowID }
        var people: [Pair: Set<RowID>] = [:]
        for fact in facts where fact.type == .profession && period.contains(fact.start) {
            guard let from = fact.fromProfessionId, let to = fact.toProfessionId, from != to else { continue }
            people[Pair(from: from, to: to), default: []].insert(fact.staffId)
        }
        return people.map { ProfessionFlow(from: $0.key.from, to: $0.key.to, people: $0.value.count) }
            .sorted { ($0.people, $1.from, $1.to) > ($1.people, $0.from, $0.to) }
    }

    /// The twelve months up to today: from the day after the same day a year ago (just today
    /// on the first supported day).
    public static func lastYear(_ today: Day) -> ClosedRange<Day> {
        min(today.adding(months: -12).adding(days: 1), today)...today
    }

    /// The calendar quarter (January-March, ...) containing `day`.
    public static func quarter(containing day: Day) -> ClosedRange<Day> {
        let first = Day(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1)!
        return first...first.adding(months: 3).adding(days: -1)
    }
}
