import Testing
@testable import HopModel

/// The funding bid worked out by hand: costs by skill, offer and quarter, the totals, the
/// priority order, and the disclosure of its counts of people (small lines bid at four places,
/// a small gap that the total would give away by difference protected).
@Suite struct FundingBidTests {
    static let skills: [RowID: Skill] = Dictionary(uniqueKeysWithValues: [
        (1, "Analysis"), (2, "Briefing"), (3, "Casework"), (4, "Drafting"),
    ].map { ($0.0, Skill(id: $0.0, professionId: 7, name: $0.1)) })

    /// O1 £400 brings Analysis to 3; O2 £1,000 Analysis to 4 and Briefing to 3; O3 £250 Casework to 2.
    static let offers = [
        LearningOffer(id: 10, professionId: 7, title: "Analysis course", provider: "College", minutes: 60, costPence: 40_000,
                      places: 100, skills: [OfferSkill(skillId: 1, level: 3)]),
        LearningOffer(id: 11, professionId: 7, title: "Advanced programme", provider: "Campus", minutes: 600, costPence: 100_000,
                      places: 100, skills: [OfferSkill(skillId: 1, level: 4), OfferSkill(skillId: 2, level: 3)]),
        LearningOffer(id: 12, professionId: nil, title: "=Casework primer", provider: "Open", minutes: 120, costPence: 25_000,
                      places: 100, skills: [OfferSkill(skillId: 3, level: 2)]),
    ]

    static func bid(gaps: [SkillGap], lines: [PlanLine], kept: Bool = true, threshold: Int = 5) -> FundingBid {
        let plan = kept ? DevelopmentPlan(id: 3, professionId: 7, year: 2026, lines: lines, version: 2) : nil
        let workbench = PlanWorkbench(professionId: 7, year: 2026, plan: plan,
                                      proposal: PlanProposal(lines: kept ? [] : lines, unmet: []), gaps: gaps,
                                      offers: offers, skills: skills)
        return FundingBid(workbench: workbench, professionName: "Policy", professionCode: "POL",
                          rule: Suppression(threshold: threshold))
    }

    /// Every gap and line at least five: nothing withheld, every cost as the plan's.
    static let large = bid(
        gaps: [SkillGap(skillId: 1, required: 3, people: 20), SkillGap(skillId: 1, required: 4, people: 6),
               SkillGap(skillId: 2, required: 3, people: 12), SkillGap(skillId: 3, required: 2, people: 30),
               SkillGap(skillId: 4, required: 4, people: 8)],
        lines: [PlanLine(skillId: 1, offerId: 10, places: 20, quarter: 1), PlanLine(skillId: 1, offerId: 11, places: 6, quarter: 2),
                PlanLine(skillId: 2, offerId: 11, places: 12, quarter: 2), PlanLine(skillId: 3, offerId: 12, places: 30, quarter: 3)])

    @Test func costsByQuarterSkillAndOfferAndTheTotals() {
        let bid = Self.large
        #expect(bid.total == FundingBid.Sum(places: 68, upTo: false, costPence: 3_350_000))
        #expect(bid.quarters.map(\.costPence) == [800_000, 1_800_000, 750_000, 0])
        #expect(bid.quarters.map(\.places) == [20, 18, 30, 0])
        let byName = Dictionary(uniqueKeysWithValues: bid.skills.map { ($0.name, $0) })
        #expect(bid.sum(of: byName["Analysis"]!).costPence == 1_400_000)
        #expect(bid.quarters(of: byName["Analysis"]!).map(\.costPence) == [800_000, 600_000, 0, 0])
        #expect(bid.sum(of: byName["Drafting"]!).costPence == 0 && byName["Drafting"]!.note == "no line in the plan")
        // By offer: the Advanced programme serves two skills, 18 places, £18,000; dearest first.
        #expect(bid.offers.map(\.offer) == ["Advanced programme", "Analysis course", "=Casework primer"])
        #expect(bid.offers.map(\.sum.costPence) == [1_800_000, 800_000, 750_000])
        #expect(bid.gap == .shown(76))
        #expect(bid.smallCount == 0 && bid.withheldCount == 0)
        #expect(bid.basis == .plan(version: 2))
    }

    @Test func theGapEachLineCloses() {
        let lines = Self.large.skills.flatMap(\.lines).map(\.closes)
        // Casework L2 of L2; Analysis course L3 of L3-L4; Advanced L3-L4 for Analysis, L3 for Briefing.
        #expect(lines == ["L2", "L3 of L3-L4", "L3-L4", "L3"])
        #expect(FundingBid.closes(level: 2, required: [3, 4]) == "none: short of L3")
    }

    @Test func priorityIsTheLargestShownGapFirstThenTheHighestLevelRequired() {
        #expect(Self.large.skills.map(\.name) == ["Casework", "Analysis", "Briefing", "Drafting"])
        #expect(Self.large.skills.map(\.priority) == [1, 2, 3, 4])
        // A tie on people: the skill required at the higher level first.
        let tie = Self.bid(gaps: [SkillGap(skillId: 1, required: 2, people: 9), SkillGap(skillId: 2, required: 4, people: 9)], lines: [])
        #expect(tie.skills.map(\.name) == ["Briefing", "Analysis"])
    }

    /// Analysis: 6 below, a line of 5 and a line of 1; Briefing: 3 below, a line of 3;
    /// Casework 40 and 40; 49 below in all.
    static let small = bid(
        gaps: [SkillGap(skillId: 1, required: 3, people: 6), SkillGap(skillId: 2, required: 3, people: 3),
               SkillGap(skillId: 3, required: 2, people: 40)],
        lines: [PlanLine(skillId: 1, offerId: 10, places: 5, quarter: 1), PlanLine(skillId: 1, offerId: 11, places: 1, quarter: 1),
                PlanLine(skillId: 2, offerId: 11, places: 3, quarter: 2), PlanLine(skillId: 3, offerId: 12, places: 40, quarter: 3)])

    @Test func smallCountsAreSuppressedAndNotGivenAwayByDifference() {
        let bid = Self.small
        let byName = Dictionary(uniqueKeysWithValues: bid.skills.map { ($0.name, $0) })
        // Briefing's 3 would follow from 49 - 6 - 40, and Analysis's line of 1 from 6 - 5: Analysis's gap is withheld.
        #expect(byName["Briefing"]!.gap == .suppressed)
        #expect(byName["Analysis"]!.gap == .withheld)
        #expect(byName["Casework"]!.gap == .shown(40))
        #expect(bid.gap == .shown(49))
        #expect(byName["Analysis"]!.lines.map(\.places) == [.shown(5), .suppressed])
        #expect(byName["Briefing"]!.lines.map(\.places) == [.suppressed])
        #expect(bid.smallCount == 3 && bid.withheldCount == 1)
        // Small lines are bid at four places: every cost exact, none saying how many.
        #expect(byName["Analysis"]!.lines.map(\.costPence) == [200_000, 400_000])
        #expect(bid.total == FundingBid.Sum(places: 53, upTo: true, costPence: 2_000_000))
        #expect(bid.quarters.map(\.costPence) == [600_000, 400_000, 1_000_000, 0])
        #expect(bid.mostAbovePlan == 600_000)
        // Priority ranks only shown gaps; the others follow by name.
        #expect(bid.skills.map(\.name) == ["Casework", "Analysis", "Briefing"])
    }

    /// A reader who knows every rule: each completion of the hidden counts consistent with all
    /// the bid prints (the sums, "<5" as 0-4, "[c]" as 5 or more, a line as at least one place,
    /// and every cost, which with the catalogue's prices says only the places bid) leaves each
    /// hidden count at least two values.
    @Test func noHiddenCountIsPinnedByAnythingPrinted() {
        var analysis = Set<Int>(), briefing = Set<Int>(), line = Set<Int>(), briefingLine = Set<Int>()
        for a in 5...60 { for b in 0...4 { for p in 1...4 { for q in 1...4 {
            guard a + b + 40 == 49, a >= 5 + p, b >= q else { continue }
            analysis.insert(a); briefing.insert(b); line.insert(p); briefingLine.insert(q)
        } } } }
        #expect(analysis.count >= 2 && briefing.count >= 2 && line.count >= 2 && briefingLine.count >= 2)
        // Without the withheld gap the same reader pins Briefing's 3 and the line's 1.
        #expect(49 - 6 - 40 == 3 && 6 - 5 == 1)
    }

    @Test func withNoPlanKeptTheBidIsTheProposalLabelledSo() {
        let bid = Self.bid(gaps: [SkillGap(skillId: 3, required: 2, people: 40)],
                           lines: [PlanLine(skillId: 3, offerId: 12, places: 40, quarter: 1)], kept: false)
        #expect(bid.basis == .proposal)
        let markdown = BidMarkdown.render(bid)
        #expect(markdown.contains("**PROPOSAL, NOT ACCEPTED: no development plan is kept for 2026-27"))
        #expect(BidHTML.render(bid).contains("PROPOSAL, NOT ACCEPTED"))
    }

    @Test func renderingsCarryTheSameFiguresAndEscapeTheRecordsText() {
        let bid = Self.small
        let markdown = BidMarkdown.render(bid)
        #expect(markdown.contains("Total bid £20,000 for up to 53 places. Q1 Apr-Jun £6,000 · Q2 Jul-Sep £4,000 · Q3 Oct-Dec £10,000 · Q4 Jan-Mar £0."))
        #expect(markdown.contains("| 2 | Analysis | \\[c\\] |"))
        #expect(markdown.contains("<5 (bid 4)"))
        let csv = BidCSV.render(bid)
        // A title a spreadsheet would run as a formula is guarded.
        #expect(csv.contains(",'=Casework primer,"))
        #expect(csv.contains("\r\n,Total,49,,,,,,up to 53,53,,20000.00,6000.00,4000.00,10000.00,\r\n"))
        let html = BidHTML.render(bid)
        #expect(html.contains("<td>=Casework primer (Open)</td>") && !html.contains("<script"))
    }
}

extension FundingBidTests {
    /// Analysis 6 below with lines of 5 and 1: the "<5" line is at least one place, so 6 - 5
    /// pins it to 1 unless Analysis's gap is withheld; then Casework's, which the total would
    /// give Analysis's away by; and then the total, since Casework's line of 40 says its gap is
    /// at least 40, which with the total 46 leaves Analysis 6 again.
    @Test func aLineIsKnownToHoldAtLeastOnePlace() {
        let bid = Self.bid(
            gaps: [SkillGap(skillId: 1, required: 3, people: 6), SkillGap(skillId: 3, required: 2, people: 40)],
            lines: [PlanLine(skillId: 1, offerId: 10, places: 5, quarter: 1), PlanLine(skillId: 1, offerId: 11, places: 1, quarter: 2),
                    PlanLine(skillId: 3, offerId: 12, places: 40, quarter: 3)])
        let byName = Dictionary(uniqueKeysWithValues: bid.skills.map { ($0.name, $0) })
        #expect(byName["Analysis"]!.gap == .withheld && byName["Casework"]!.gap == .withheld && bid.gap == .withheld)
        #expect(byName["Analysis"]!.lines.map(\.places) == [.shown(5), .suppressed])
        // Every cost still shows: the line of 1 is bid at 4 places.
        #expect(bid.total.costPence == 5 * 40_000 + 4 * 100_000 + 40 * 25_000)
    }
}

extension FundingBidTests {
    /// A title carrying terminal escapes, a line break and markup reaches no rendering as such.
    @Test func recordTextIsMadeSafeInEveryRendering() {
        var offers = Self.offers
        offers[2].title = "Case\u{1B}[31mwork\nprimer <b>|x|</b>"
        let workbench = PlanWorkbench(professionId: 7, year: 2026, plan: nil,
                                      proposal: PlanProposal(lines: [PlanLine(skillId: 3, offerId: 12, places: 40, quarter: 1)], unmet: []),
                                      gaps: [SkillGap(skillId: 3, required: 2, people: 40)], offers: offers, skills: Self.skills)
        let bid = FundingBid(workbench: workbench, professionName: "Policy", professionCode: "POL", rule: Suppression())
        for text in [BidMarkdown.render(bid), BidHTML.render(bid), BidCSV.render(bid)] { #expect(!text.contains("\u{1B}")) }
        // Markup stays text: escaped in Markdown and HTML; in CSV a line break is data, quoted.
        #expect(BidMarkdown.render(bid).contains("work primer \\<b\\>\\|x\\|\\</b\\>"))
        #expect(BidHTML.render(bid).contains("primer &lt;b&gt;|x|&lt;/b&gt;"))
        #expect(BidCSV.render(bid).contains("work\nprimer <b>|x|</b>"))
    }
}
