/// One line of a development plan: places on an offer to close a gap in a skill, in a quarter
/// of the plan's year.
public struct PlanLine: Hashable, Sendable {
    public var skillId: RowID
    public var offerId: RowID
    public var places: Int
    /// 1 to 4: April-June, July-September, October-December, January-March of the plan's year.
    public var quarter: Int

    public init(skillId: RowID, offerId: RowID, places: Int, quarter: Int) {
        self.skillId = skillId; self.offerId = offerId; self.places = places; self.quarter = quarter
    }
}

/// A profession's development plan for one year (principles 5.3, 5.10): which offers close which
/// skill gaps, with how many places, in which quarter. The year is the financial year that
/// starts in April of `year`. The lines are part of the record: saved, versioned and logged
/// with it, in the order the plan lists them (its priority order).
public struct DevelopmentPlan: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var professionId: RowID
    public var year: Int
    public var lines: [PlanLine]
    public var version: Int

    public init(id: RowID = 0, professionId: RowID, year: Int, lines: [PlanLine] = [], version: Int = 0) {
        self.id = id; self.professionId = professionId; self.year = year; self.lines = lines; self.version = version
    }

    /// "2026-27".
    public static func yearLabel(_ year: Int) -> String {
        let next = (year + 1) % 100
        return "\(year)-\(next < 10 ? "0" : "")\(next)"
    }

    /// The plan years hopdash keeps: each runs April to March, so the last one ends within the
    /// last day kept.
    public static let years = Day.supportedYears.lowerBound...(Day.supportedYears.upperBound - 1)

    /// The financial year a day falls in (April to March), within `years`: the first days kept,
    /// January to March 1900, belong to no year kept and open the first one.
    public static func year(containing day: Day) -> Int {
        let year = day.month >= 4 ? day.year : day.year - 1
        return min(max(year, years.lowerBound), years.upperBound)
    }

    public static let quarterLabels = ["Q1 Apr-Jun", "Q2 Jul-Sep", "Q3 Oct-Dec", "Q4 Jan-Mar"]
}

/// People below the level their grade requires in a skill, at one required level (from the
/// below-requirement summaries): what a plan sets out to close.
public struct SkillGap: Hashable, Sendable {
    public var skillId: RowID
    public var required: Int
    public var people: Int

    public init(skillId: RowID, required: Int, people: Int) {
        self.skillId = skillId; self.required = required; self.people = people
    }
}

/// A gap the proposal could not close, and why.
public struct UnmetGap: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// No offer in the catalogue brings a learner to the required level.
        case noOffer
        /// Offers reach the level, but their places a year are taken.
        case noPlaces
    }

    public var skillId: RowID
    public var required: Int
    public var people: Int
    public var reason: Reason

    public init(skillId: RowID, required: Int, people: Int, reason: Reason) {
        self.skillId = skillId; self.required = required; self.people = people; self.reason = reason
    }
}

/// What hopdash proposes for a profession's year: for each skill gap, the cheapest offers that
/// bring people to the required level, within each offer's places a year (shared across the
/// skills it develops), and the gaps it could not close.
public struct PlanProposal: Hashable, Sendable {
    public var lines: [PlanLine]
    public var unmet: [UnmetGap]

    public init(lines: [PlanLine], unmet: [UnmetGap]) { self.lines = lines; self.unmet = unmet }

    /// Greedy, in priority order: skills with the most people below first (then by id); within a
    /// skill the highest required level first, since fewer offers reach it. Each group takes
    /// places from the offers that reach its level, cheapest first (then shortest, then by id),
    /// until its people are covered or no such offer has places left. A skill's places on one
    /// offer are one line. Lines are spread over the quarters in order, evenly by cost (by places
    /// when nothing costs anything): a line goes in the quarter its cumulative cost starts in.
    public static func propose(gaps: [SkillGap], offers: [LearningOffer]) -> PlanProposal {
        var left = Dictionary(offers.map { ($0.id, $0.places) }, uniquingKeysWith: { a, _ in a })
        let bySkill = Dictionary(grouping: gaps.filter { $0.people > 0 }, by: \.skillId)
        let skills = bySkill.keys.sorted { a, b in
            let (na, nb) = (bySkill[a]!.reduce(0) { $0 + $1.people }, bySkill[b]!.reduce(0) { $0 + $1.people })
            return na != nb ? na > nb : a < b
        }
        var lines: [PlanLine] = []
        var unmet: [UnmetGap] = []
        for skill in skills {
            let reaching = offers.filter { $0.level(of: skill) != nil }
                .sorted { ($0.costPence, $0.minutes, $0.id) < ($1.costPence, $1.minutes, $1.id) }
            for gap in bySkill[skill]!.sorted(by: { $0.required > $1.required }) {
                var people = gap.people
                let candidates = reaching.filter { $0.level(of: skill)! >= gap.required }
                for offer in candidates where people > 0 {
                    let take = min(people, left[offer.id] ?? 0)
                    guard take > 0 else { continue }
                    left[offer.id]! -= take
                    people -= take
                    if let at = lines.firstIndex(where: { $0.skillId == skill && $0.offerId == offer.id }) {
                        lines[at].places += take
                    } else {
                        lines.append(PlanLine(skillId: skill, offerId: offer.id, places: take, quarter: 1))
                    }
                }
                if people > 0 {
                    unmet.append(UnmetGap(skillId: skill, required: gap.required, people: people,
                                          reason: candidates.isEmpty ? .noOffer : .noPlaces))
                }
            }
        }
        return PlanProposal(lines: spread(lines, offers: offers), unmet: unmet)
    }

    /// Each line's quarter: where its share of the year's cost (or places) starts.
    static func spread(_ lines: [PlanLine], offers: [LearningOffer]) -> [PlanLine] {
        let cost = Dictionary(offers.map { ($0.id, $0.costPence) }, uniquingKeysWith: { a, _ in a })
        var weights = lines.map { $0.places * (cost[$0.offerId] ?? 0) }
        if weights.reduce(0, +) == 0 { weights = lines.map(\.places) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return lines }
        var before = 0
        return zip(lines, weights).map { line, weight in
            var placed = line
            placed.quarter = 1 + min(3, before * 4 / total)
            before += weight
            return placed
        }
    }
}

/// A plan's figures: people covered, gaps closed if every place is taken up and completed, CPD
/// hours and cost, for the year and by quarter. Gaps are counted per skill: someone below the
/// requirement in two skills is two gaps.
public struct PlanFigures: Hashable, Sendable {
    public struct Quarter: Hashable, Sendable {
        public var places = 0
        public var minutes = 0
        public var costPence = 0
    }

    /// People below the requirement, over the plan's skills and the rest.
    public var gapPeople: Int
    public var places: Int
    /// Places on a skill's lines, up to the people below in it.
    public var covered: Int
    /// Of those, on offers that reach the level each person's grade requires.
    public var closed: Int
    public var minutes: Int
    public var costPence: Int
    /// Q1 to Q4.
    public var quarters: [Quarter]
    /// Lines whose offer is no longer in the catalogue (or no longer develops the skill).
    public var orphanLines: Int

    public init(lines: [PlanLine], offers: [LearningOffer], gaps: [SkillGap]) {
        let byId = Dictionary(offers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var quarters = Array(repeating: Quarter(), count: 4)
        var minutes = 0, cost = 0, places = 0, orphans = 0
        for line in lines {
            places += line.places
            guard let offer = byId[line.offerId] else { orphans += 1; continue }
            if offer.level(of: line.skillId) == nil { orphans += 1 }
            let q = max(1, min(4, line.quarter)) - 1
            quarters[q].places += line.places
            quarters[q].minutes += line.places * offer.minutes
            quarters[q].costPence += line.places * offer.costPence
            minutes += line.places * offer.minutes
            cost += line.places * offer.costPence
        }
        var covered = 0, closed = 0
        let gapsBySkill = Dictionary(grouping: gaps, by: \.skillId)
        let linesBySkill = Dictionary(grouping: lines, by: \.skillId)
        for (skill, skillGaps) in gapsBySkill {
            let skillLines = linesBySkill[skill] ?? []
            let below = skillGaps.reduce(0) { $0 + $1.people }
            covered += min(below, skillLines.reduce(0) { $0 + $1.places })
            // Places by the level their offer reaches; the highest requirements take them first,
            // and a place that reaches a level reaches every level under it.
            var capacity = skillLines.compactMap { line -> (level: Int, places: Int)? in
                byId[line.offerId]?.level(of: skill).map { ($0, line.places) }
            }.sorted { $0.level > $1.level }
            for gap in skillGaps.sorted(by: { $0.required > $1.required }) {
                var people = gap.people
                for i in capacity.indices where people > 0 && capacity[i].level >= gap.required {
                    let take = min(people, capacity[i].places)
                    capacity[i].places -= take
                    people -= take
                    closed += take
                }
            }
        }
        self.gapPeople = gaps.reduce(0) { $0 + $1.people }
        self.places = places; self.covered = covered; self.closed = closed
        self.minutes = minutes; self.costPence = cost; self.quarters = quarters; self.orphanLines = orphans
    }

    /// The share of the gaps closed if every place is completed.
    public var closedShare: Ratio? { gapPeople == 0 ? nil : Ratio(closed, of: gapPeople) }
}

/// A profession's year as the plan screen shows it: the plan if one is kept, what hopdash
/// proposes, the gaps both answer and the catalogue they draw on.
public struct PlanWorkbench: Hashable, Sendable {
    public var professionId: RowID
    public var year: Int
    /// nil: no plan kept for the year yet.
    public var plan: DevelopmentPlan?
    public var proposal: PlanProposal
    public var gaps: [SkillGap]
    /// The profession's offers and the shared ones.
    public var offers: [LearningOffer]
    /// The profession's skills by id.
    public var skills: [RowID: Skill]
    /// The kept plan's bookings by line (none while the plan is only proposed).
    public var progress: [SkillOffer: LineProgress]

    public init(professionId: RowID, year: Int, plan: DevelopmentPlan?, proposal: PlanProposal, gaps: [SkillGap],
                offers: [LearningOffer], skills: [RowID: Skill], progress: [SkillOffer: LineProgress] = [:]) {
        self.professionId = professionId; self.year = year; self.plan = plan; self.proposal = proposal; self.gaps = gaps
        self.offers = offers; self.skills = skills; self.progress = progress
    }

    public func progress(of line: PlanLine) -> LineProgress { progress[line.skillOffer] ?? LineProgress() }

    /// Every line's bookings added up, and the places left over the plan's lines.
    public var totalProgress: (progress: LineProgress, placesLeft: Int) {
        lines.reduce((LineProgress(), 0)) { sum, line in
            let p = progress(of: line)
            return (sum.0 + p, sum.1 + p.placesLeft(of: line.places))
        }
    }

    /// The kept plan's line for a skill and offer, as bookings name it.
    public func lineKey(_ line: PlanLine) -> PlanLineKey? {
        plan.map { PlanLineKey(planId: $0.id, skillId: line.skillId, offerId: line.offerId) }
    }

    /// The lines shown: the plan's, or the proposal's while there is no plan.
    public var lines: [PlanLine] { plan?.lines ?? proposal.lines }
    public var figures: PlanFigures { PlanFigures(lines: lines, offers: offers, gaps: gaps) }
    public var proposedFigures: PlanFigures { PlanFigures(lines: proposal.lines, offers: offers, gaps: gaps) }

    public func offer(_ id: RowID) -> LearningOffer? { offers.first { $0.id == id } }
    public func skillName(_ id: RowID) -> String { skills[id]?.name ?? "#\(id) (deleted)" }
}
