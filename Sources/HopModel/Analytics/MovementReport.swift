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
        func people(_ predicate: (MovementFact) -> Bool) -> Int { Set(facts.filter(predicate).map(\.staffId)).count }
        func running(_ f: MovementFact) -> Bool { f.start <= today && (f.end.map { $0 >= today } ?? true) }
        // Each person's returns up to today, so that a placement looks at its own person's only
        // (not every return of the profession for every placement).
        let returns = Dictionary(grouping: facts.filter { $0.type == .returned && $0.start <= today }, by: \.staffId)
        func returnedSinceStart(_ f: MovementFact) -> Bool {
            returns[f.staffId]?.contains { $0.start >= f.start } ?? false
        }
        func away(_ type: MovementType) -> Int {
            people { $0.type == type && running($0) && !returnedSinceStart($0) }
        }
        joiners = people { $0.type == .profession && $0.toProfessionId == professionId && year.contains($0.start) }
        leavers = people { $0.type == .profession && $0.fromProfessionId == professionId && year.contains($0.start) }
        secondedNow = away(.secondment)
        onLoanNow = away(.loan)
        shadowingNow = people { $0.type == .shadowing && running($0) }
        returningThisQuarter = people {
            ($0.type.isAway && $0.end.map(quarter.contains) == true) || ($0.type == .returned && quarter.contains($0.start))
        }
        let placements = facts.filter { $0.type.isPlacement && year.contains($0.start) }
        placementsLastYear = placements.count
        placementsCountingAsCPD = placements.filter { fact in
            guard let requirement = cpdRequirement, let type = fact.type.cpdType else { return false }
            return requirement.countedTypes.contains(type)
        }.count
        let flows = MovementReport.flows(facts, in: year)
        flowsIn = flows.filter { $0.to == professionId }
        flowsOut = flows.filter { $0.from == professionId }
    }

    /// Profession moves with both sides known whose start falls in `period`, counted in
    /// people per (from, to) pair, largest first (then by ids, so the order is stable).
    public static func flows(_ facts: [MovementFact], in period: ClosedRange<Day>) -> [ProfessionFlow] {
        var people: [[RowID]: Set<RowID>] = [:]
        for fact in facts where fact.type == .profession && period.contains(fact.start) {
            guard let from = fact.fromProfessionId, let to = fact.toProfessionId, from != to else { continue }
            people[[from, to], default: []].insert(fact.staffId)
        }
        return people.map { ProfessionFlow(from: $0.key[0], to: $0.key[1], people: $0.value.count) }
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
