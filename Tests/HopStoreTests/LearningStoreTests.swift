import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

@Suite("The learning catalogue: writes, conflicts, limits, CSV, restore, collation, demo")
struct LearningStoreTests {
    /// A store with two professions, two skills each (scale of four levels).
    struct World {
        let store: Store
        let policy: Profession
        let digital: Profession
        let drafting: Skill
        let evidence: Skill
        let coding: Skill

        init(_ store: Store? = nil) throws {
            let store = try store ?? inMemoryStore()
            _ = try Basics.write(into: store)
            policy = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
            digital = try store.saveProfession(Profession(code: "DDT", name: "Digital"), by: user)
            drafting = try store.saveSkill(Skill(professionId: policy.id, name: "Drafting"), by: user)
            evidence = try store.saveSkill(Skill(professionId: policy.id, name: "Evidence"), by: user)
            coding = try store.saveSkill(Skill(professionId: digital.id, name: "Coding"), by: user)
            self.store = store
        }

        func offer(_ title: String, shared: Bool = false, cost: Int = 45_000, places: Int = 20,
                   skills: [(Skill, Int)] = []) -> LearningOffer {
            LearningOffer(professionId: shared ? nil : policy.id, title: title, provider: "College", type: .course,
                          minutes: 450, costPence: cost, places: places,
                          skills: skills.map { OfferSkill(skillId: $0.0.id, level: $0.1) })
        }
    }

    func logged(_ store: Store) throws -> [String] {
        try store.writer.read { try String.fetchAll($0, sql: "SELECT action FROM change_log WHERE table_name = 'learning_offer' ORDER BY id") }
    }

    @Test func anOfferWithItsSkillsIsSavedVersionedLoggedAndCheckedForConflicts() throws {
        let w = try World()
        let added = try w.store.saveLearningOffer(w.offer("Writing for ministers", skills: [(w.evidence, 3), (w.drafting, 2)]), by: user)
        #expect(added.id != 0 && added.version == 1)
        #expect(added.skills.map(\.skillId) == [w.drafting.id, w.evidence.id])
        #expect(try w.store.learningOffers(professionId: w.policy.id) == [added])
        var edited = added
        edited.skills = [OfferSkill(skillId: w.drafting.id, level: 4)]
        edited.costPence = 50_000
        let saved = try w.store.saveLearningOffer(edited, by: user)
        #expect(saved.version == 2)
        #expect(try w.store.learningOffers() == [saved])
        #expect(throws: StoreError.conflict(kind: .learningOffer, recordId: String(added.id), current: .learningOffer(saved))) {
            try w.store.saveLearningOffer(added, by: user)
        }
        let after = try w.store.writer.read { try String.fetchOne($0, sql: "SELECT after FROM change_log WHERE table_name = 'learning_offer' ORDER BY id DESC") }
        #expect(after?.contains("\"cost_pence\":50000") == true)
        #expect(after?.contains("\"skills\":[{\"skill_id\":\(w.drafting.id),\"level\":4}]") == true)
        try w.store.deleteLearningOffer(id: saved.id, expectedVersion: saved.version, by: user)
        #expect(try w.store.learningOffers().isEmpty)
        #expect(try rawInt(w.store, "SELECT COUNT(*) FROM offer_skill") == 0)
        #expect(try logged(w.store) == ["insert", "update", "delete"])
    }

    @Test func aSharedOfferIsInEveryProfessionsCatalogueAndMayDevelopAnyProfessionsSkills() throws {
        let w = try World()
        let shared = try w.store.saveLearningOffer(w.offer("Data for everyone", shared: true, skills: [(w.coding, 2), (w.evidence, 2)]), by: user)
        let own = try w.store.saveLearningOffer(w.offer("Drafting", skills: [(w.drafting, 3)]), by: user)
        #expect(try w.store.learningOffers(professionId: w.policy.id) == [shared, own])
        #expect(try w.store.learningOffers(professionId: w.digital.id) == [shared])
        let catalogue = try w.store.learningCatalogue(professionId: w.policy.id)
        #expect(catalogue.ownSkills.map(\.name) == ["Drafting", "Evidence"])
        // Skills by id: Evidence (the open profession's) was added before Coding.
        #expect(catalogue.offers[0].skills.map(catalogue.skillText) == ["Evidence 2", "DDT Coding 2"])
    }

    @Test(arguments: [
        (OfferCase.blankTitle, "Offer title"), (.blankProvider, "Provider"), (.noTime, "Minutes"),
        (.tooDear, "Cost per person (pence)"), (.negativePlaces, "Places a year"), (.skillTwice, "Skills"),
        (.otherProfessionsSkill, "Skill"), (.levelOffScale, "Level of Drafting"), (.titleTooLong, "Offer title"),
    ])
    func invalidOffersAreRefusedAndChangeNothing(kind: OfferCase, field: String) throws {
        let w = try World()
        let before = try fingerprint(w.store)
        var offer = w.offer("Course", skills: [(w.drafting, 2)])
        switch kind {
        case .blankTitle: offer.title = " "
        case .blankProvider: offer.provider = ""
        case .noTime: offer.minutes = 0
        case .tooDear: offer.costPence = OfferBounds.maxCostPence + 1
        case .negativePlaces: offer.places = -1
        case .skillTwice: offer.skills.append(OfferSkill(skillId: w.drafting.id, level: 3))
        case .otherProfessionsSkill: offer.skills = [OfferSkill(skillId: w.coding.id, level: 2)]
        case .levelOffScale: offer.skills = [OfferSkill(skillId: w.drafting.id, level: 5)]
        case .titleTooLong: offer.title = String(repeating: "t", count: 121)
        }
        #expect {
            try w.store.saveLearningOffer(offer, by: user)
        } throws: { error in
            guard case StoreError.invalid(let named, _) = error else { return false }
            return named == field
        }
        #expect(try fingerprint(w.store) == before)
    }

    enum OfferCase: Sendable {
        case blankTitle, blankProvider, noTime, tooDear, negativePlaces, skillTwice, otherProfessionsSkill, levelOffScale, titleTooLong
    }

    @Test func oneOfferPerTitleAndProviderInAProfessionOrShared() throws {
        let w = try World()
        _ = try w.store.saveLearningOffer(w.offer("Drafting"), by: user)
        _ = try w.store.saveLearningOffer(w.offer("Drafting", shared: true), by: user)
        #expect(throws: StoreError.duplicate(kind: .learningOffer, field: "title and provider (one offer each per profession, or shared)")) {
            try w.store.saveLearningOffer(w.offer("Drafting", shared: true), by: user)
        }
        #expect(throws: StoreError.duplicate(kind: .learningOffer, field: "title and provider (one offer each per profession, or shared)")) {
            try w.store.saveLearningOffer(w.offer("Drafting"), by: user)
        }
    }

    @Test func deletingASkillTakesItOffTheOffersAndAProfessionTakesItsOffers() throws {
        let w = try World()
        _ = try w.store.saveLearningOffer(w.offer("Drafting", skills: [(w.drafting, 2), (w.evidence, 3)]), by: user)
        _ = try w.store.saveLearningOffer(w.offer("Shared", shared: true), by: user)
        try w.store.deleteSkill(id: w.drafting.id, expectedVersion: w.drafting.version, by: user)
        #expect(try w.store.learningOffers(professionId: w.policy.id).first?.skills == [OfferSkill(skillId: w.evidence.id, level: 3)])
        try w.store.deleteProfession(id: w.policy.id, expectedVersion: w.policy.version, by: user)
        #expect(try w.store.learningOffers().map(\.title) == ["Shared"])
    }

    // MARK: - CSV

    static let header = "Profession,Title,Provider,Kind,Hours,Cost per person,Places a year,Skill,Level,Skill profession"

    func importText(_ store: Store, _ text: String) throws -> [String] {
        try importMessages(store, .learningOffers, CSVReader(bytes: Array(text.utf8)), file: "offers.csv")
    }

    func export(_ store: Store) throws -> [String] {
        var lines: [String] = []
        try store.exportCSV(.learningOffers) { lines.append($0) }
        return lines
    }

    @Test func importGathersRowsByOfferAndExportReadsBack() throws {
        let w = try World()
        let file = [
            Self.header,
            "POL,Writing for ministers,College,Course,7.5,\"£1,250.50\",12,Drafting,3,",
            "shared,Data for everyone,Campus,Self-study,3,0,200,Coding,2,DDT",
            "Policy,Writing for ministers,College,course,7:30,1250.5,12,Evidence,2,",
            ",Leading teams,Campus,Coaching,14,650,40,,,",
        ].joined(separator: "\n") + "\n"
        #expect(try importText(w.store, file) == ["3 inserted, 0 updated, 0 unchanged, 0 skipped"])
        let offers = try w.store.learningOffers()
        #expect(offers.map(\.title) == ["Writing for ministers", "Data for everyone", "Leading teams"])
        #expect(offers[0].professionId == w.policy.id && offers[0].minutes == 450 && offers[0].costPence == 125_050
                && offers[0].places == 12)
        #expect(offers[0].skills == [OfferSkill(skillId: w.drafting.id, level: 3), OfferSkill(skillId: w.evidence.id, level: 2)])
        #expect(offers[1].isShared && offers[1].type == .selfStudy && offers[1].skills == [OfferSkill(skillId: w.coding.id, level: 2)])
        #expect(offers[2].isShared && offers[2].skills.isEmpty && offers[2].costPence == 65_000)
        let exported = try export(w.store)
        #expect(exported == [
            Self.header + "\r\n",
            "POL,Writing for ministers,College,Course,7:30,1250.50,12,Drafting,3,\r\n",
            "POL,Writing for ministers,College,Course,7:30,1250.50,12,Evidence,2,\r\n",
            "shared,Data for everyone,Campus,Self-study,3:00,0.00,200,Coding,2,DDT\r\n",
            "shared,Leading teams,Campus,Coaching,14:00,650.00,40,,,\r\n",
        ])
        #expect(try importText(w.store, exported.joined()) == ["0 inserted, 0 updated, 3 unchanged, 0 skipped"])
        #expect(try importText(w.store, Self.header + "\nshared,Leading teams,Campus,Coaching,14,700,40,,,\n")
                == ["0 inserted, 1 updated, 0 unchanged, 0 skipped"])
        #expect(try w.store.learningOffers().last?.costPence == 70_000)
    }

    @Test func everyProblemIsListedWithWhereAndNothingIsWritten() throws {
        let w = try World()
        let before = try fingerprint(w.store)
        let file = [
            Self.header,
            "XYZ,Course,,Lecture,none,-5,many,Drafting,2,",
            "POL,Course,College,Course,7,100,10,Coding,9,",
            "POL,Course,College,Course,7,100,10,Drafting,2,DDT",
            "shared,Data,Campus,Course,3,0,10,Coding,,",
            "POL,Other,College,Course,7,100,10,Drafting,2,",
            "POL,Other,College,Course,8,100,10,Evidence,2,",
            "POL,Other,College,Course,7,100,10,Drafting,3,",
            "POL,Third,College,Course,7,100,10,,2,",
        ].joined(separator: "\n") + "\n"
        let messages = try importText(w.store, file)
        #expect(messages == [
            "offers.csv:2:1: unknown profession \"XYZ\"; expected a profession code or name, or blank (or \"shared\") for an offer shared by every profession: DDT, POL",
            "offers.csv:2:3: no provider; expected who provides the offer",
            "offers.csv:2:4: unknown kind in this cell; expected a CPD activity type: Course, Qualification study, Seminar or workshop, Secondment, Job shadowing, Coaching, Mentoring, Action learning, Conference, Self-study",
            "offers.csv:2:5: hours in this cell is not a time; expected hours such as 1.5 or 1:30, more than 0 and at most 8784",
            "offers.csv:2:6: cost \"-5\" is not an amount of money; expected pounds such as 450 or £1,250.50, at most £100,000",
            "offers.csv:2:7: places in this cell is not a whole number from 0 to 100,000",
            "offers.csv:3:8: no skill of that name in POL; expected one of: drafting; evidence",
            "offers.csv:3:9: level \"9\" is not on the skill's scale; expected a whole number from 1 to 4",
            "offers.csv:4:10: a profession's offer develops that profession's skills only; expected the offer's profession, or a blank Profession for a shared offer",
            "offers.csv:4:8: no skill of that name in DDT; expected one of: coding",
            "offers.csv:5:10: a shared offer's skill needs its profession; expected a Skill profession cell",
            "offers.csv:7:0: this offer's kind, hours, cost or places differ from line 6; expected every row of an offer to agree",
            "offers.csv:8:8: this skill is already named for the offer; expected each skill once",
            "offers.csv:9:9: a level but no skill; expected the skill the offer brings to this level",
            "Nothing was imported: the store is unchanged. Correct the file and run the import again.",
        ])
        #expect(try fingerprint(w.store) == before)
    }

    // MARK: - Restore, demo, collation

    @Test func theJSONExportRestoresTheCatalogueAndARestoreRefusesALevelOffTheScale() throws {
        let folder = try TemporaryDirectory()
        let w = try World(try Store.open(path: folder.file("a.sqlite"), mode: .createIfMissing, clock: fixedClock))
        _ = try w.store.saveLearningOffer(w.offer("Drafting", skills: [(w.drafting, 3)]), by: user)
        var json = ""
        try w.store.exportJSON { json += $0 }
        let exported = folder.file("a.json"), restored = folder.file("b.sqlite")
        try Data(json.utf8).write(to: URL(fileURLWithPath: exported))
        try Store.restore(fromJSON: exported, to: restored, clock: fixedClock)
        #expect(try Store.open(path: restored, mode: .readOnly).learningOffers() == w.store.learningOffers())
        let damaged = json.replacingOccurrences(of: ", \(w.drafting.id), 3]", with: ", \(w.drafting.id), 7]")
        #expect(damaged != json)
        let bad = folder.file("bad.json")
        try Data(damaged.utf8).write(to: URL(fileURLWithPath: bad))
        #expect {
            try Store.restore(fromJSON: bad, to: folder.file("c.sqlite"), clock: fixedClock)
        } throws: { error in "\(error)".contains("outside this profession's scale") }
    }

    @Test func theDemoHasACatalogueForEveryProfessionAndSharedOffers() throws {
        let store = try inMemoryStore()
        try DemoData.write(into: store, seed: DemoData.defaultSeed, today: today, scale: 0.2)
        let offers = try store.learningOffers()
        #expect(Set(offers.compactMap(\.professionId)) == Set(try store.professions().map(\.id)))
        #expect(offers.contains { $0.isShared })
        #expect(offers.allSatisfy { $0.isShared || !$0.skills.isEmpty })
        #expect(Set(offers.map(\.type)).count >= 4)
    }

    @Test func collationWritesACatalogueOnceAndReportsAnOfferThatDiffers() throws {
        let folder = try TemporaryDirectory()
        func make(_ name: String, department: String, cost: Int) throws -> String {
            let path = folder.file(name)
            let w = try World(try Store.open(path: path, mode: .createIfMissing, clock: fixedClock))
            var dept = try #require(try w.store.departments().first)
            dept.code = department
            _ = try w.store.saveDepartment(dept, by: user)
            _ = try w.store.saveLearningOffer(w.offer("Drafting", cost: cost, skills: [(w.drafting, 3)]), by: user)
            _ = try w.store.saveLearningOffer(w.offer("Leading", shared: true), by: user)
            return path
        }
        let a = try make("a.sqlite", department: "DFA", cost: 45_000), b = try make("b.sqlite", department: "DFB", cost: 45_000)
        _ = try Store.collate([a, b], into: folder.file("all.sqlite"), clock: fixedClock)
        let all = try Store.open(path: folder.file("all.sqlite"), mode: .readOnly)
        let offers = try all.learningOffers()
        #expect(offers.map(\.title) == ["Drafting", "Leading"])
        let skill = try all.writer.read { try String.fetchOne($0, sql: "SELECT name FROM skill WHERE id = ?", arguments: [offers[0].skills[0].skillId]) }
        #expect(skill == "Drafting")
        let c = try make("c.sqlite", department: "DFC", cost: 50_000)
        #expect(throws: CollationError.conflicts([
            "learning offer \"Drafting\" by College of profession POL differs between \(a) (Course, 7.5 hours, £450 a place, "
                + "20 places a year, skills: POL/Drafting 3) and \(c) (Course, 7.5 hours, £500 a place, 20 places a year, "
                + "skills: POL/Drafting 3); the collated store holds one, so make the stores agree on it first"])) {
            _ = try Store.collate([a, c], into: folder.file("ac.sqlite"), clock: fixedClock)
        }
    }
}
