/// A profession's funding bid for a year (principle 5.8), built from its development plan (or,
/// while no plan is kept, from hopdash's proposal, and labelled so): what the plan's lines cost,
/// by skill in priority order with the offers under each, by offer and by quarter, the gap each
/// line closes, and the totals. It is a shared output: aggregates only, no name, and every count
/// of people through the disclosure rules of the forum report (docs/PRIVACY.md, DECISIONS 89).
///
/// The counts of people are one `DisclosureTable`: the people below requirement in each skill
/// and in all of them (total = the sum of the skills), and each line's places (a place is a
/// person the plan sends; at least one), tied to its skill's gap where the places do not pass
/// it (gap ≥ the skill's places). A cost is places times the offer's price, which the catalogue
/// states, so a cost gives its places away: a line whose places are small is bid at the
/// threshold less one ("up to 4"), so that every cost and every sum of costs is exact without
/// saying how many; a line withheld to protect another (which the table's order makes the last
/// resort) is bid at nothing shown, and every cost that adds it up is withheld too.
public struct FundingBid: Hashable, Sendable {
    public enum Basis: Hashable, Sendable {
        /// The plan kept for the year, at this version.
        case plan(version: Int)
        /// No plan kept: hopdash's proposal, not accepted.
        case proposal
    }

    public struct Line: Hashable, Sendable {
        public var offer: String
        public var provider: String
        /// The level the offer brings a learner to in the skill; nil when the offer is no longer
        /// in the catalogue or no longer develops the skill.
        public var level: Int?
        /// The gap the line closes, as words: "L2-L4", "L3 of L3-L4", "none: short of L3".
        public var closes: String
        public var quarter: Int
        public var places: Suppression.Disclosed<Int>
        /// Places bid for: the plan's when shown, the threshold less one when small; nil when withheld.
        public var bidPlaces: Int?
        /// One place; nil when the offer is no longer in the catalogue.
        public var pricePence: Int?
        /// `bidPlaces` times the price; nil when withheld (an offer no longer kept costs nothing).
        public var costPence: Int?
    }

    public struct SkillBid: Hashable, Sendable {
        /// 1 is the first call on the money.
        public var priority: Int
        public var name: String
        /// People below the level their grade requires in the skill.
        public var gap: Suppression.Disclosed<Int>
        /// The levels the gap's people are required to reach (levels, not people).
        public var required: [Int]
        public var lines: [Line]
        /// Why a gap has no line: "no offer reaches L4", "no places left", "no line in the plan".
        public var note: String?
    }

    /// A sum of places and of costs over some lines.
    public struct Sum: Hashable, Sendable {
        /// Places bid for; nil when a line in it is withheld.
        public var places: Int?
        /// Whether a small line is in it, bid at the threshold less one ("up to").
        public var upTo: Bool
        public var costPence: Int?

        public init(places: Int?, upTo: Bool, costPence: Int?) {
            self.places = places; self.upTo = upTo; self.costPence = costPence
        }

        public init(_ lines: [Line]) {
            places = lines.reduce(Optional(0)) { total, line in total.flatMap { t in line.bidPlaces.map { t + $0 } } }
            costPence = lines.reduce(Optional(0)) { total, line in total.flatMap { t in line.costPence.map { t + $0 } } }
            upTo = lines.contains { $0.places == .suppressed }
        }
    }

    public struct OfferSum: Hashable, Sendable {
        public var offer: String
        public var provider: String
        public var pricePence: Int?
        public var sum: Sum
    }

    public var professionName: String
    public var professionCode: String
    public var year: Int
    public var basis: Basis
    public var skills: [SkillBid]
    /// People below requirement in every skill of the profession.
    public var gap: Suppression.Disclosed<Int>
    public var rule: Suppression
    /// Counts printed as "<5", and further figures withheld ("[c]").
    public var smallCount: Int
    public var withheldCount: Int

    public var lines: [Line] { skills.flatMap(\.lines) }
    public var total: Sum { Sum(lines) }
    public func sum(of skill: SkillBid) -> Sum { Sum(skill.lines) }
    /// Q1 to Q4.
    public var quarters: [Sum] { (1...4).map { q in Sum(lines.filter { $0.quarter == q }) } }
    public func quarters(of skill: SkillBid) -> [Sum] { (1...4).map { q in Sum(skill.lines.filter { $0.quarter == q }) } }

    /// Every offer the bid buys places on, the dearest in total first (then by title).
    public var offers: [OfferSum] {
        var order: [String] = []
        var grouped: [String: [Line]] = [:]
        for line in lines {
            let key = line.offer + "\u{1F}" + line.provider
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(line)
        }
        return order.map { key in
            let lines = grouped[key]!
            return OfferSum(offer: lines[0].offer, provider: lines[0].provider, pricePence: lines[0].pricePence, sum: Sum(lines))
        }.sorted { a, b in
            let (x, y) = (a.sum.costPence ?? -1, b.sum.costPence ?? -1)
            return x != y ? x > y : a.offer.localizedStandardCompare(b.offer) == .orderedAscending
        }
    }

    /// What small lines may add to the plan's own cost: each is bid at the threshold less one
    /// place and has at least one, so at most that many less one more places each.
    public var mostAbovePlan: Int {
        lines.filter { $0.places == .suppressed && $0.level != nil }
            .reduce(0) { $0 + max(0, ($1.bidPlaces ?? 1) - 1) * ($1.pricePence ?? 0) }
    }

    /// Places bid for a line whose places are small: as many as the largest small count.
    public static func smallBid(_ rule: Suppression) -> Int { max(1, rule.threshold - 1) }

    /// The bid for `workbench`'s year: the plan kept, else the proposal.
    ///
    /// Priority (DECISIONS 89): the skills whose gap is shown, the most people below
    /// requirement first, then the highest level required of them, then by name; then the skills
    /// whose gap is not shown, by name, so that the order says nothing of a withheld gap. Within
    /// a skill, lines keep the plan's order.
    public init(workbench: PlanWorkbench, professionName: String, professionCode: String, rule: Suppression) {
        self.professionName = professionName
        self.professionCode = professionCode
        self.year = workbench.year
        self.rule = rule
        let planLines = workbench.lines
        basis = workbench.plan.map { .plan(version: $0.version) } ?? .proposal
        let gapsBySkill = Dictionary(grouping: workbench.gaps.filter { $0.people > 0 }, by: \.skillId)
        var skillIds: [RowID] = []
        for id in gapsBySkill.keys.sorted() + planLines.map(\.skillId) where !skillIds.contains(id) { skillIds.append(id) }

        var table = DisclosureTable()
        let totalGap = table.cell(workbench.gaps.reduce(0) { $0 + $1.people }, .published(cost: 3))
        var gapCells: [RowID: Int] = [:]
        var cellOfLine: [Int: Int] = [:]
        for skill in skillIds {
            let people = gapsBySkill[skill]?.reduce(0) { $0 + $1.people } ?? 0
            gapCells[skill] = table.cell(people, .published(cost: 2))
        }
        // The profession's skills with no one below are in the total as zeros the reader knows
        // of; only the skills listed are cells.
        table.sum(totalGap, of: skillIds.map { gapCells[$0]! })
        for skill in skillIds {
            let own = planLines.indices.filter { planLines[$0].skillId == skill }
            var cells: [Int] = []
            for index in own {
                // Lines are withheld last: a withheld line takes its costs with it.
                let cell = table.cell(planLines[index].places, .published(cost: 10), floor: 1)
                cells.append(cell)
                cellOfLine[index] = cell
            }
            let places = own.reduce(0) { $0 + planLines[$1].places }
            let people = table.cells[gapCells[skill]!].value
            if !cells.isEmpty && places <= people {
                table.sum(gapCells[skill]!, of: cells + [table.cell(people - places, .free)])
            }
        }
        let states = table.protect(rule)

        let bidSmall = Self.smallBid(rule)
        var built: [SkillBid] = []
        for skill in skillIds {
            let gaps = gapsBySkill[skill] ?? []
            let required = Array(Set(gaps.map(\.required))).sorted()
            let lines = planLines.indices.filter { planLines[$0].skillId == skill }.map { index -> Line in
                let line = planLines[index]
                let offer = workbench.offer(line.offerId)
                let level = offer?.level(of: skill)
                let places = Suppression.Disclosed<Int>.from(states[cellOfLine[index]!], line.places)
                let bid: Int? = switch places {
                case .shown(let n): n
                case .suppressed: bidSmall
                case .withheld: nil
                }
                let price = offer?.costPence
                return Line(offer: offer?.title ?? "Offer #\(line.offerId), no longer in the catalogue",
                            provider: offer?.provider ?? "", level: level, closes: Self.closes(level: level, required: required),
                            quarter: max(1, min(4, line.quarter)), places: places, bidPlaces: bid, pricePence: price,
                            costPence: bid.map { $0 * (level == nil ? 0 : price ?? 0) })
            }
            var note: String?
            if lines.isEmpty {
                if workbench.plan != nil {
                    note = "no line in the plan"
                } else if let unmet = workbench.proposal.unmet.first(where: { $0.skillId == skill }) {
                    note = unmet.reason == .noOffer ? "no offer reaches L\(unmet.required)" : "no places left on the offers that reach it"
                }
            }
            built.append(SkillBid(priority: 0, name: workbench.skillName(skill),
                                  gap: .from(states[gapCells[skill]!], table.cells[gapCells[skill]!].value),
                                  required: required, lines: lines, note: note))
        }
        skills = Self.prioritised(built)
        gap = .from(states[totalGap], table.cells[totalGap].value)
        let printed = table.cells.indices.filter { if case .published = table.cells[$0].role { true } else { false } }
        smallCount = printed.filter { states[$0] == .small }.count
        withheldCount = printed.filter { states[$0] == .withheld }.count
    }

    /// The priority order of DECISIONS 89, numbered from 1.
    static func prioritised(_ skills: [SkillBid]) -> [SkillBid] {
        let shown = skills.filter { $0.gap.value != nil }.sorted { a, b in
            let (x, y) = (a.gap.value!, b.gap.value!)
            if x != y { return x > y }
            let (p, q) = (a.required.max() ?? 0, b.required.max() ?? 0)
            if p != q { return p > q }
            return a.name.localizedStandardCompare(b.name) == .orderedAscending
        }
        let rest = skills.filter { $0.gap.value == nil }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        return (shown + rest).enumerated().map { index, skill in
            var numbered = skill
            numbered.priority = index + 1
            return numbered
        }
    }

    /// The gap a line closes, from the level its offer reaches and the levels required.
    public static func closes(level: Int?, required: [Int]) -> String {
        guard let level else { return "none: the offer no longer develops the skill" }
        guard let low = required.first, let high = required.last else { return "none: no one below requirement" }
        if level >= high { return low == high ? "L\(high)" : "L\(low)-L\(high)" }
        if level < low { return "none: short of L\(low)" }
        return (level == low ? "L\(low)" : "L\(low)-L\(level)") + " of L\(low)-L\(high)"
    }
}
