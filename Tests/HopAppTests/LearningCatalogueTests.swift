import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// The learning catalogue kept from the keyboard, through the real runtime over the real store:
/// an offer added with a skill through the form, listed, sorted, filtered, edited, deleted after
/// asking, and put back by undo; hours and cost that are not numbers said beside their fields.
@Suite struct LearningCatalogueTests {
    func start(_ store: Store, size: Size = Size(width: 80, height: 24)) -> DemoApp {
        let app = DemoApp(size: size, store: store)
        app.open("POL")
        app.press(.show(.learning))
        return app
    }

    func offers(_ store: Store) throws -> [LearningOffer] { try store.learningOffers(professionId: 1) }

    /// Fills the form: title, provider, (kind), hours, cost, places, (for), the first skill.
    func addOffer(_ app: DemoApp, _ title: String, hours: String, cost: String, places: String, skill: String = "D") {
        app.press(.newRecord)
        app.type(title)
        app.press(.nextField)
        app.type("Civil Service College")
        app.press(.nextField, .nextField)
        app.type(hours)
        app.press(.nextField)
        app.type(cost)
        app.press(.nextField)
        app.type(places)
        app.press(.nextField, .nextField)
        // "Drafting" or "Using evidence" (the skills by name), to level 3.
        app.type(skill)
        app.press(.nextField)
        app.type("3")
        app.press(.saveForm)
    }

    @Test func anOfferIsAddedWithASkillListedSortedAndPutBackAfterADelete() throws {
        let store = TestStore.make()
        let app = start(store)
        #expect(app.screen.contains { $0.contains("No learning offers yet. Press n to add one.") })
        addOffer(app, "Briefing ministers", hours: "seven", cost: "£x", places: "12")
        #expect(app.runtime.state.form?.field("Hours (e.g. 7.5)")?.error == "hours such as 7.5 or 7:30")
        #expect(try offers(store).isEmpty)
        app.press(.cancelForm, .confirmDiscard)
        addOffer(app, "Briefing ministers", hours: "7.5", cost: "1,250.50", places: "12")
        #expect(app.runtime.state.form == nil)
        let added = try #require(try offers(store).first)
        #expect(added.title == "Briefing ministers" && added.minutes == 450 && added.costPence == 125_050
                && added.places == 12 && added.professionId == 1 && added.skills == [OfferSkill(skillId: 11, level: 3)])
        #expect(app.screen.contains { $0.contains("Briefing mini") && $0.contains("£1,250.50") && $0.contains("Drafting 3") })
        addOffer(app, "Analysis basics", hours: "3", cost: "0", places: "40", skill: "U")
        // By title A to Z, then by cost (largest first), then reversed.
        func order() -> [String] { app.runtime.state.learning.rows.map(\.title) }
        #expect(order() == ["Analysis basics", "Briefing ministers"])
        app.press(.nextSortColumn, .nextSortColumn, .nextSortColumn, .nextSortColumn)
        #expect(app.runtime.state.learning.sort == .cost && order() == ["Briefing ministers", "Analysis basics"])
        app.press(.reverseSort)
        #expect(order() == ["Analysis basics", "Briefing ministers"])
        // The filter reads skills too.
        app.press(.startFilter)
        app.type("draft")
        #expect(order() == ["Briefing ministers"])
        app.press(.closeOverlay, .deleteSelected)
        #expect(app.screen.contains { $0.contains("Delete the learning offer Briefing ministers") })
        app.press(.confirmDelete)
        #expect(try offers(store).map(\.title) == ["Analysis basics"])
        app.press(.undo)
        let back = try #require(try offers(store).first { $0.title == "Briefing ministers" })
        #expect(back.skills == added.skills && back.costPence == added.costPence)
        #expect(try store.changeLog(kind: .learningOffer, recordId: String(added.id)).map(\.action).count == 2)
    }

    @Test func theCatalogueFitsBothSizes() throws {
        let store = TestStore.make()
        _ = try store.saveLearningOffer(LearningOffer(professionId: 1, title: "Writing clear, persuasive submissions for ministers",
                                                     provider: "Civil Service College", type: .course, minutes: 720,
                                                     costPence: 45_000, places: 30,
                                                     skills: [OfferSkill(skillId: 10, level: 2), OfferSkill(skillId: 11, level: 3)]),
                                        by: "tester")
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let app = start(store, size: size)
            #expect(app.screen.count == size.height)
            #expect(app.screen.contains { $0.contains("Learning catalogue · Policy") })
            #expect(app.screen.contains { $0.contains("£450") })
            if size.width == 200 {
                #expect(app.screen.contains { $0.contains("Writing clear, persuasive submissions for ministers") && $0.contains("Using evidence 2") })
            }
        }
    }
}
