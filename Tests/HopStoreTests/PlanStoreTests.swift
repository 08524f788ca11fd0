import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

@Suite("Development plans: gaps from the summaries, the proposal, writes, places honoured, demo")
struct PlanStoreTests {
    /// Policy with Drafting required at level 3 for G7 and level 2 for HEO; three G7s assessed at
    /// 1, one HEO at 1, one G7 at 3 (not below).
    struct World {
        let store: Store
        let policy: Profession
        let drafting: Skill
        let course: LearningOffer
        let workshop: LearningOffer

        init(store: Store? = nil) throws {
            let store = try store ?? inMemoryStore()
            let basics = try Basics.write(into: store)
            policy = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
            drafting = try store.saveSkill(Skill(professionId: policy.id, name: "Drafting"),
                                           requirements: [(basics.grade("G7"), 3), (basics.grade("HEO"), 2)], by: user)
            let levels = [("G7", 1), ("G7", 1), ("G7", 1), ("HEO", 1), ("G7", 3)]
            for (n, (grade, level)) in levels.enumerated() {
                let member = try store.addStaff("S\(n)", grade: basics.grade(grade), department: basics.department.id,
                                                professions: [policy.id])
                _ = try store.addAssessment(SkillAssessment(staffId: member.id, skillId: drafting.id, level: level,
                                                             date: today, source: .panel), by: user)
            }
            course = try store.saveLearningOffer(LearningOffer(professionId: policy.id, title: "Drafting course", provider: "College",
                                                               minutes: 420, costPence: 60_000, places: 2,
                                                               skills: [OfferSkill(skillId: drafting.id, level: 3)]), by: user)
            workshop = try store.saveLearningOffer(LearningOffer(professionId: nil, title: "Drafting workshop", provider: "Campus",
                                                                 type: .seminar, minutes: 180, costPence: 15_000, places: 30,
                                                                 skills: [OfferSkill(skillId: drafting.id, level: 2)]), by: user)
            self.store = store
        }
    }

    @Test func gapsComeFromTheBelowRequirementSummaryAndTheProposalUsesTheCatalogue() throws {
        let w = try World()
        #expect(try w.store.skillGaps(professionId: w.policy.id) == [
            SkillGap(skillId: w.drafting.id, required: 2, people: 1), SkillGap(skillId: w.drafting.id, required: 3, people: 3),
        ])
        // Level 3: the course's 2 places (the workshop does not reach it); 1 left without places.
        // Level 2: the workshop, the cheapest reaching it.
        let proposal = try w.store.proposePlan(professionId: w.policy.id)
        #expect(proposal.lines == [PlanLine(skillId: w.drafting.id, offerId: w.course.id, places: 2, quarter: 1),
                                   PlanLine(skillId: w.drafting.id, offerId: w.workshop.id, places: 1, quarter: 4)])
        #expect(proposal.unmet == [UnmetGap(skillId: w.drafting.id, required: 3, people: 1, reason: .noPlaces)])
    }

    @Test func aPlanIsAcceptedAdjustedVersionedLoggedAndAnOfferOnItCannotGo() throws {
        let w = try World()
        let proposal = try w.store.proposePlan(professionId: w.policy.id)
        let accepted = try w.store.saveDevelopmentPlan(DevelopmentPlan(professionId: w.policy.id, year: 2025, lines: proposal.lines),
                                                       by: user)
        #expect(accepted.version == 1)
        #expect(try w.store.developmentPlan(professionId: w.policy.id, year: 2025) == accepted)
        var adjusted = accepted
        adjusted.lines[1].quarter = 2
        adjusted.lines[1].places = 5
        let saved = try w.store.saveDevelopmentPlan(adjusted, by: user)
        #expect(saved.version == 2 && saved.lines[1] == PlanLine(skillId: w.drafting.id, offerId: w.workshop.id, places: 5, quarter: 2))
        #expect(throws: StoreError.conflict(kind: .developmentPlan, recordId: String(accepted.id), current: .developmentPlan(saved))) {
            try w.store.saveDevelopmentPlan(accepted, by: user)
        }
        let workbench = try w.store.planWorkbench(professionId: w.policy.id, year: 2025)
        // 2 x 7 h + 5 x 3 h = 29 hours; 2 x £600 + 5 x £150 = £1,950. Three gaps closed at level 3
        // would need three level-3 places: 2 close; the level-2 gap takes a workshop place.
        #expect(workbench.figures.minutes == 29 * 60 && workbench.figures.costPence == 195_000)
        #expect(workbench.figures.closed == 3 && workbench.figures.covered == 4 && workbench.figures.gapPeople == 4)
        #expect(throws: StoreError.invalid(field: "Learning offer",
                                           reason: "\"Drafting course\" is on the 2025-26 development plan; take it off the plan first")) {
            try w.store.deleteLearningOffer(id: w.course.id, expectedVersion: w.course.version, by: user)
        }
        let actions = try w.store.writer.read { try String.fetchAll($0, sql: "SELECT action FROM change_log WHERE table_name = 'development_plan' ORDER BY id") }
        #expect(actions == ["insert", "update"])
        try w.store.deleteDevelopmentPlan(id: saved.id, expectedVersion: saved.version, by: user)
        #expect(try w.store.developmentPlan(professionId: w.policy.id, year: 2025) == nil)
        #expect(try rawInt(w.store, "SELECT COUNT(*) FROM plan_line") == 0)
    }

    @Test(arguments: [PlanCase.overPlaces, .offerWithoutTheSkill, .badQuarter, .secondPlanForTheYear])
    func aPlanThatPromisesWhatTheCatalogueCannotIsRefused(kind: PlanCase) throws {
        let w = try World()
        _ = try w.store.saveDevelopmentPlan(DevelopmentPlan(professionId: w.policy.id, year: 2024), by: user)
        let before = try fingerprint(w.store)
        var plan = DevelopmentPlan(professionId: w.policy.id, year: 2025,
                                   lines: [PlanLine(skillId: w.drafting.id, offerId: w.course.id, places: 1, quarter: 1)])
        let expected: StoreError
        switch kind {
        case .overPlaces:
            plan.lines[0].places = 3
            expected = .invalid(field: "Places", reason: "3 on \"Drafting course\", which has 2 a year")
        case .offerWithoutTheSkill:
            let other = try w.store.saveSkill(Skill(professionId: w.policy.id, name: "Evidence"), by: user)
            plan.lines[0].skillId = other.id
            expected = .invalid(field: "Offer", reason: "\"Drafting course\" does not develop Evidence")
        case .badQuarter:
            plan.lines[0].quarter = 5
            expected = .invalid(field: "Quarter", reason: "5 is not between 1 and 4")
        case .secondPlanForTheYear:
            plan.year = 2024
            expected = .duplicate(kind: .developmentPlan, field: "year (one plan per profession and year)")
        }
        let now = kind == .offerWithoutTheSkill ? try fingerprint(w.store) : before
        #expect(throws: expected) { try w.store.saveDevelopmentPlan(plan, by: user) }
        #expect(try fingerprint(w.store) == now)
    }

    enum PlanCase: Sendable { case overPlaces, offerWithoutTheSkill, badQuarter, secondPlanForTheYear }

    @Test func theDemoHasAPlanForEveryProfessionWithGapsWithinItsOffersPlaces() throws {
        let store = try inMemoryStore()
        try DemoData.write(into: store, seed: DemoData.defaultSeed, today: today, scale: 0.2)
        let year = DevelopmentPlan.year(containing: today)
        var planned = 0
        for profession in try store.professions() {
            guard let plan = try store.developmentPlan(professionId: profession.id, year: year) else { continue }
            planned += 1
            let offers = Dictionary(uniqueKeysWithValues: try store.learningOffers(professionId: profession.id).map { ($0.id, $0) })
            for (id, places) in Dictionary(plan.lines.map { ($0.offerId, $0.places) }, uniquingKeysWith: +) {
                #expect(places <= offers[id]!.places)
            }
        }
        let professions = try store.professions().count
        #expect(planned >= professions - 1)
    }
}
