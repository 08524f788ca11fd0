import Testing
@testable import HopModel

/// The proposed development plan worked by hand: the cheapest offers that reach each required
/// level, within their places a year (shared across skills), gaps no offer reaches said so; and
/// the plan's people covered, gaps closed, CPD hours and cost by quarter.
@Suite struct PlanProposalTests {
    // Skills: 1 Drafting, 2 Evidence, 3 Negotiation.
    func offer(_ id: RowID, cost: Int, minutes: Int = 60, places: Int, _ skills: [(RowID, Int)]) -> LearningOffer {
        LearningOffer(id: id, professionId: 1, title: "Offer \(id)", provider: "P", minutes: minutes, costPence: cost,
                      places: places, skills: skills.map { OfferSkill(skillId: $0.0, level: $0.1) })
    }

    /// A plan year runs April to March; the days before April 1900 open the first year kept, and
    /// the last year kept is the one that ends within the last day.
    @Test(arguments: [("2026-03-31", 2025), ("2026-04-01", 2026), ("1900-01-01", 1900), ("1900-04-01", 1900),
                      ("2999-03-31", 2998), ("2999-12-31", 2998)])
    func theFinancialYearOfADayIsAYearKept(day: String, year: Int) throws {
        let plan = try #require(Day(iso: day))
        #expect(DevelopmentPlan.year(containing: plan) == year)
        #expect(DevelopmentPlan.years.contains(year))
    }

    @Test func theCheapestOffersReachingTheLevelAreTakenWithinTheirPlaces() {
        let offers = [
            offer(10, cost: 50_000, minutes: 420, places: 10, [(1, 3)]),      // £500 to level 3
            offer(11, cost: 20_000, minutes: 180, places: 4, [(1, 3)]),       // £200 to level 3, 4 places
            offer(12, cost: 5_000, minutes: 120, places: 100, [(1, 2), (2, 2)]), // £50 to level 2 only
            offer(13, cost: 90_000, minutes: 840, places: 3, [(1, 4), (2, 4)]),  // £900 to level 4, shared by two skills
        ]
        let gaps = [
            SkillGap(skillId: 1, required: 3, people: 9),  // Drafting: 9 need level 3
            SkillGap(skillId: 1, required: 2, people: 5),  // and 5 need level 2
            SkillGap(skillId: 2, required: 4, people: 5),  // Evidence: 5 need level 4
            SkillGap(skillId: 3, required: 2, people: 6),  // Negotiation: no offer develops it
        ]
        let proposal = PlanProposal.propose(gaps: gaps, offers: offers)
        // Drafting first (14 people), then Negotiation (6), then Evidence (5). Drafting's level 3 takes offer 11's 4 places (£200), then 5 of offer
        // 10's (£500; offer 13 costs more); level 2 takes offer 12 (£50), the cheapest reaching 2.
        // Negotiation: no offer reaches level 2. Evidence at level 4: only offer 13, its 3
        // places; 2 people left with no places.
        #expect(proposal.lines.map { [$0.skillId, $0.offerId, RowID($0.places)] } == [
            [1, 11, 4], [1, 10, 5], [1, 12, 5], [2, 13, 3],
        ])
        #expect(proposal.unmet == [
            UnmetGap(skillId: 3, required: 2, people: 6, reason: .noOffer),
            UnmetGap(skillId: 2, required: 4, people: 2, reason: .noPlaces),
        ])
        // Cost: 4 x £200 + 5 x £500 + 5 x £50 + 3 x £900 = £800 + £2,500 + £250 + £2,700 = £6,250.
        // Quarters evenly by cost (a line goes where its cumulative cost starts): 0 -> Q1,
        // £800 -> Q1, £3,300 -> Q3 (3300*4/6250 = 2.1), £3,550 -> Q3.
        #expect(proposal.lines.map(\.quarter) == [1, 1, 3, 3])
        let figures = PlanFigures(lines: proposal.lines, offers: offers, gaps: gaps)
        #expect(figures.costPence == 625_000)
        // Hours: 4 x 3 + 5 x 7 + 5 x 2 + 3 x 14 = 12 + 35 + 10 + 42 = 99 hours.
        #expect(figures.minutes == 99 * 60)
        #expect(figures.places == 17 && figures.gapPeople == 25)
        // Every place closes a gap: 14 in Drafting, 3 in Evidence.
        #expect(figures.covered == 17 && figures.closed == 17)
        #expect(figures.quarters.map(\.costPence) == [330_000, 0, 295_000, 0])
        #expect(figures.quarters.map(\.places) == [9, 0, 8, 0])
        #expect(figures.closedShare?.percent == 68)
    }

    @Test func placesOnAnOfferAreSharedAcrossTheSkillsItDevelops() {
        // One offer reaching level 3 in two skills with 5 places; 4 people need each skill.
        let offers = [offer(1, cost: 10_000, places: 5, [(1, 3), (2, 3)])]
        let gaps = [SkillGap(skillId: 1, required: 3, people: 4), SkillGap(skillId: 2, required: 3, people: 4)]
        let proposal = PlanProposal.propose(gaps: gaps, offers: offers)
        // Equal gaps: the lower skill id first takes 4, the other the 1 left.
        #expect(proposal.lines.map(\.places) == [4, 1])
        #expect(proposal.unmet == [UnmetGap(skillId: 2, required: 3, people: 3, reason: .noPlaces)])
    }

    @Test func aPlaceOnAnOfferBelowTheRequiredLevelCoversButDoesNotClose() {
        let offers = [offer(1, cost: 10_000, minutes: 90, places: 10, [(1, 2)])]
        let gaps = [SkillGap(skillId: 1, required: 3, people: 4), SkillGap(skillId: 1, required: 2, people: 2)]
        // Lines adjusted by hand: 6 places on an offer that reaches level 2.
        let figures = PlanFigures(lines: [PlanLine(skillId: 1, offerId: 1, places: 6, quarter: 2)], offers: offers, gaps: gaps)
        #expect(figures.covered == 6 && figures.closed == 2)
        #expect(figures.minutes == 540 && figures.costPence == 60_000 && figures.quarters[1].places == 6)
        // And the proposal says level 3 has no offer.
        #expect(PlanProposal.propose(gaps: gaps, offers: offers).unmet == [UnmetGap(skillId: 1, required: 3, people: 4, reason: .noOffer)])
    }
}
