import Foundation
import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// The development plan through the real runtime over the real store: the proposal shown until
/// accepted, accepted as the year's plan (versioned, logged, undoable), a line adjusted through
/// its form, and the totals moving with it.
@Suite struct PlanScreenTests {
    func storeWithCatalogue() throws -> Store {
        let store = TestStore.make()
        for (title, cost, level) in [("Evidence course", 40_000, 4), ("Evidence primer", 5_000, 2)] {
            _ = try store.saveLearningOffer(LearningOffer(professionId: 1, title: title, provider: "College", minutes: 360,
                                                          costPence: cost, places: 50,
                                                          skills: [OfferSkill(skillId: 10, level: level), OfferSkill(skillId: 11, level: level)]),
                                            by: "tester")
        }
        return store
    }

    @Test func theProposalIsAcceptedAdjustedAndItsTotalsMove() throws {
        let store = try storeWithCatalogue()
        let proposal = try store.proposePlan(professionId: 1)
        #expect(!proposal.lines.isEmpty)
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        app.open("POL")
        app.press(.show(.plan))
        let year = app.runtime.state.plan.year
        #expect(app.screen.contains { $0.contains("Proposed by hopdash, not kept yet") })
        let proposed = try #require(app.runtime.state.plan.workbench).proposedFigures
        #expect(app.screen.contains { $0.contains("cost \(LearningOffer.pounds(proposed.costPence))") })
        app.press(.acceptProposal)
        let kept = try #require(try store.developmentPlan(professionId: 1, year: year))
        #expect(kept.lines == proposal.lines && kept.version == 1)
        #expect(app.screen.contains { $0.contains("Kept plan, version 1") })
        // One place more on the first line, through its form: the cost moves by that offer's price.
        let first = kept.lines[0]
        let price = try #require(try store.learningOffers(professionId: 1).first { $0.id == first.offerId }).costPence
        app.press(.editSelected, .nextField, .nextField)
        for _ in String(first.places) { app.send(.backspace) }
        app.type(String(first.places + 1))
        app.press(.saveForm)
        let adjusted = try #require(try store.developmentPlan(professionId: 1, year: year))
        #expect(adjusted.version == 2 && adjusted.lines[0].places == first.places + 1)
        #expect(app.screen.contains { $0.contains("cost \(LearningOffer.pounds(proposed.costPence + price))") })
        // Undo puts the accepted lines back; undo again takes the plan away.
        app.press(.undo)
        #expect(try store.developmentPlan(professionId: 1, year: year)?.lines == proposal.lines)
        app.press(.undo)
        #expect(try store.developmentPlan(professionId: 1, year: year) == nil)
        #expect(app.screen.contains { $0.contains("Proposed by hopdash, not kept yet") })
    }

    @Test func thePlanFitsBothSizes() throws {
        let store = try storeWithCatalogue()
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let app = DemoApp(size: size, store: store)
            app.open("POL")
            app.press(.show(.plan))
            #expect(app.screen.count == size.height)
            #expect(app.screen.contains { $0.contains("Q1 Apr-Jun") })
            #expect(app.screen.contains { $0.contains("People below requirement") })
        }
    }
}

/// The plan screen on a wide terminal and the funding bid reached from it.
@Suite struct PlanWidthAndBidScreenTests {
    @Test func aWideTerminalGivesThePlanItsProviderClosesAndQuarterColumns() throws {
        let narrow = DemoApp(size: Size(width: 80, height: 24))
        narrow.open("POL")
        narrow.press(.show(.plan))
        let narrowHeader = try #require(narrow.screen.first { $0.contains("Places") })
        #expect(narrowHeader.contains("Qtr") && !narrowHeader.contains("Provider"))
        let wide = DemoApp(size: Size(width: 200, height: 60))
        wide.open("POL")
        wide.press(.show(.plan))
        let header = try #require(wide.screen.first { $0.contains("Places") })
        for column in ["Provider", "Closes", "Q1 Apr-Jun", "Q4 Jan-Mar"] { #expect(header.contains(column), "\(header)") }
        // The table reaches the right of the screen rather than stopping at 80 columns.
        #expect(header.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")).count > 150, "\(header)")
        // Each line's cost sits under its quarter.
        let workbench = try #require(wide.runtime.state.plan.workbench)
        let first = workbench.lines[0]
        let cost = LearningOffer.pounds(first.places * workbench.offer(first.offerId)!.costPence)
        let row = try #require(wide.screen.first { $0.contains(workbench.offer(first.offerId)!.title) })
        let quarterStart = try #require(header.range(of: DevelopmentPlan.quarterLabels[first.quarter - 1])).lowerBound
        let column = header.distance(from: header.startIndex, to: quarterStart)
        #expect(String(Array(row)[column..<min(row.count, column + 11)]).contains(cost), "\(row)")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func bFromThePlanShowsTheBidAndEscapeGoesBack(at size: Size) throws {
        let app = DemoApp(size: size)
        app.open("POL")
        app.press(.show(.plan))
        app.send(.char("b"))
        #expect(app.runtime.state.screen == .bid)
        let bid = try #require(app.runtime.state.fundingBid)
        #expect(app.screen.count == size.height)
        #expect(app.screen.contains { $0.contains("Funding bid 2026-27 · Policy") })
        #expect(ScreenPictureTests.text(app).contains("Total bid \(BidWording.money(bid.total.costPence))"))
        #expect(app.screen.contains { $0.contains("Total") && $0.contains(BidWording.money(bid.total.costPence)) })
        // The first skill in priority order heads the table; moving down reaches its first offer.
        #expect(app.screen.contains { $0.contains("1 " + bid.skills[0].name) || $0.contains(" 1 " + bid.skills[0].name) })
        app.send(.escape)
        #expect(app.runtime.state.screen == .plan)
    }

    @Test func theKioskReachesNeitherThePlanNorTheBid() {
        let app = DemoApp(size: Size(width: 80, height: 24), .kiosk)
        for key in ["P", "b"] {
            app.send(.char(Character(key)))
            #expect(app.runtime.state.screen != .plan && app.runtime.state.screen != .bid)
        }
    }
}
