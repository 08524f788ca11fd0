/// Every figure about people that a shared output (the forum report, the kiosk) shows for one
/// profession, disclosed together as one `DisclosureTable`, so that the same figure is shown
/// or withheld alike wherever it appears (the summary row, the profession's section, the
/// kiosk's overview and slide) and nothing shown gives a withheld one away.
///
/// The table (M = members):
///
///     M = compliant + not compliant          compliant = completed + on track
///     M = assessed at all + never assessed   not compliant = behind + none logged
///     assessed at all ≥ assessed in skill s  assessed in s ≥ base of s (assessed where required)
///     base of s = below in s + meeting s
///     M ≥ Q (members at grades with mandatory qualifications)
///     Q = holding them all + missing one    holding them all ≥ one lapsing within 90 days
///
/// A share is printed only when its count and its base both are; a mean shortfall only when
/// the count below is. Movement counts have no sum shown between them: small ones are "<5".
public struct ProfessionFigures: Hashable, Sendable {
    public struct CPD: Hashable, Sendable {
        /// Completed, on track, behind, none logged: in that order.
        public var counts: [CPDReport.Category: Suppression.Disclosed<Int>]
        public var shares: [CPDReport.Category: Suppression.Disclosed<Ratio>]
        /// Completed or on track, of members.
        public var compliant: Suppression.Disclosed<Ratio>
    }

    public struct Skill: Hashable, Sendable {
        public var name: String
        public var assessed: Suppression.Disclosed<Int>
        public var below: Suppression.Disclosed<Int>
        /// Below, of those assessed at grades where the skill is required.
        public var belowShare: Suppression.Disclosed<Ratio>
        /// Mean levels short, over those below.
        public var meanShortfall: Suppression.Disclosed<Double>
    }

    public struct Movements: Hashable, Sendable {
        public var joiners: Suppression.Disclosed<Int>
        public var leavers: Suppression.Disclosed<Int>
        public var awayNow: Suppression.Disclosed<Int>
        public var returningThisQuarter: Suppression.Disclosed<Int>
    }

    /// The register of business-critical posts. Posts, their coverage and vacancies count
    /// posts, not people, and are shown as they are; how many high-risk posts have no
    /// successor is a judgement about their holders, so a small count is "<5".
    public struct Succession: Hashable, Sendable {
        public var posts: Int
        public var readyNow: Ratio
        public var anySuccessor: Ratio
        public var vacancies: Int
        public var highRiskUncovered: Suppression.Disclosed<Int>
    }

    /// Mandatory qualifications: of the members at grades that have one (`members`), the share
    /// holding every one valid, how many miss one, and how many lapse within 90 days.
    public struct Qualifications: Hashable, Sendable {
        public var members: Suppression.Disclosed<Int>
        public var holdAll: Suppression.Disclosed<Ratio>
        public var missingOne: Suppression.Disclosed<Int>
        public var expiring: Suppression.Disclosed<Int>
    }

    /// Members of the profession (the "staff" of its title and the base of its shares).
    public var staff: Suppression.Disclosed<Int>
    public var cpd: CPD?
    /// Nil when the profession makes no qualification mandatory.
    public var qualifications: Qualifications?
    /// Members with at least one assessment, of all members.
    public var coverage: Suppression.Disclosed<Ratio>
    public var neverAssessed: Suppression.Disclosed<Int>
    public var skills: [Skill]
    public var movements: Movements
    public var succession: Succession
    /// Counts printed as "<5" (movements aside, which only the kiosk shows), and further
    /// figures (counts and shares) withheld to protect a small one ("[c]", "n/a").
    public var smallCount: Int
    public var withheldCount: Int

    /// The skill with the largest share below requirement among those whose share is shown
    /// (ties: more people below, then name), so that the choice says nothing of a withheld one.
    public var largestGap: Skill? {
        skills.filter { ($0.belowShare.value?.count ?? 0) > 0 }.max { a, b in
            let x = a.belowShare.value!, y = b.belowShare.value!
            if x.count * y.base != y.count * x.base { return x.count * y.base < y.count * x.base }
            if x.count != y.count { return x.count < y.count }
            return a.name > b.name
        }
    }

    public init(dashboard: ProfessionDashboard, rule: Suppression) {
        var table = DisclosureTable()
        let members = dashboard.staffCount
        // Members print as a count and are the base of every share: withheld last.
        let m = table.cell(members, .published(cost: 10))
        var cpdCells: (compliant: Int, categories: [CPDReport.Category: Int])?
        if let report = dashboard.cpd {
            func n(_ c: CPDReport.Category) -> Int { report.counts[c] ?? 0 }
            let compliant = table.cell(n(.completed) + n(.onTrack), .published(cost: 1))
            let rest = table.cell(n(.behind) + n(.noneLogged), .derived)
            var categories: [CPDReport.Category: Int] = [:]
            for c in CPDReport.Category.allCases { categories[c] = table.cell(n(c)) }
            table.sum(m, of: [compliant, rest])
            table.sum(compliant, of: [categories[.completed]!, categories[.onTrack]!])
            table.sum(rest, of: [categories[.behind]!, categories[.noneLogged]!])
            cpdCells = (compliant, categories)
        }
        let gaps = dashboard.skills
        let covered = table.cell(gaps.coverage.count, .published(cost: 1))
        let never = table.cell(gaps.neverAssessed)
        table.sum(m, of: [covered, never])
        var skillCells: [(assessed: Int, base: Int, below: Int)] = []
        for row in gaps.rows {
            let assessed = table.cell(row.assessed)
            let base = table.cell(row.belowRatio.base, .published(cost: 1))
            let below = table.cell(row.below)
            let meeting = table.cell(row.belowRatio.base - row.below, .derived)
            table.atLeast(covered, assessed)
            table.atLeast(assessed, base)
            table.sum(base, of: [below, meeting])
            skillCells.append((assessed, base, below))
        }
        var qualificationCells: (members: Int, holdAll: Int, missing: Int, expiring: Int)?
        if let q = dashboard.qualifications {
            let members = table.cell(q.members)
            let holdAll = table.cell(q.members - q.missingOne, .published(cost: 1))
            let missing = table.cell(q.missingOne)
            let expiring = table.cell(q.expiring)
            table.atLeast(m, members)
            table.sum(members, of: [holdAll, missing])
            table.atLeast(holdAll, expiring)
            qualificationCells = (members, holdAll, missing, expiring)
        }
        let states = table.protect(rule)
        func count(_ i: Int) -> Suppression.Disclosed<Int> { .from(states[i], table.cells[i].value) }
        func share(_ i: Int, of base: Int) -> Suppression.Disclosed<Ratio> {
            let ratio = Ratio(table.cells[i].value, of: table.cells[base].value)
            if states[i] == .shown && states[base] == .shown { return .shown(rule.rounded(ratio)) }
            return states[i] == .small || states[base] == .small ? .suppressed : .withheld
        }
        staff = count(m)
        if let cells = cpdCells {
            var counts: [CPDReport.Category: Suppression.Disclosed<Int>] = [:]
            var shares: [CPDReport.Category: Suppression.Disclosed<Ratio>] = [:]
            for (c, i) in cells.categories { counts[c] = count(i); shares[c] = share(i, of: m) }
            cpd = CPD(counts: counts, shares: shares, compliant: share(cells.compliant, of: m))
        }
        qualifications = qualificationCells.map { cells in
            Qualifications(members: count(cells.members), holdAll: share(cells.holdAll, of: cells.members),
                           missingOne: count(cells.missing), expiring: count(cells.expiring))
        }
        coverage = share(covered, of: m)
        neverAssessed = count(never)
        skills = zip(gaps.rows, skillCells).map { row, cells in
            let below = count(cells.below)
            return Skill(name: row.skill.name, assessed: count(cells.assessed), below: below,
                         belowShare: share(cells.below, of: cells.base),
                         meanShortfall: below.value == nil ? (below == .suppressed ? .suppressed : .withheld)
                             : rule.mean(row.meanShortfall, base: row.below))
        }
        let moves = dashboard.movements
        movements = Movements(joiners: rule.count(moves.joiners), leavers: rule.count(moves.leavers),
                              awayNow: rule.count(moves.awayNow), returningThisQuarter: rule.count(moves.returningThisQuarter))
        let s = dashboard.succession
        succession = Succession(posts: s.posts, readyNow: s.readyNow, anySuccessor: s.anySuccessor, vacancies: s.vacancies,
                                highRiskUncovered: rule.count(s.highRiskUncovered))
        // Shares alone cost 1; counts, printed as "<5", more.
        let printed = table.cells.indices.filter { if case .published = table.cells[$0].role { true } else { false } }
        let counts = printed.filter { if case .published(let cost) = table.cells[$0].role { cost > 1 } else { false } }
        smallCount = counts.filter { states[$0] == .small }.count
        withheldCount = printed.filter { states[$0] == .withheld }.count
    }
}
