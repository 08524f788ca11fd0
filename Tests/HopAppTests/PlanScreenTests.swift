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
