import HopModel

/// What an offer's form picks from: the open profession's skills and its scale's level names
/// (level n is `levels[n - 1]`).
public struct OfferChoices: Hashable, Sendable {
    /// The open profession: the owner of an offer that is not shared.
    public var professionId: RowID
    public var skills: [NamedID]
    public var levels: [String]

    public init(professionId: RowID, skills: [NamedID], levels: [String]) {
        self.professionId = professionId; self.skills = skills; self.levels = levels
    }
}

/// The form for a learning offer: title, provider, kind, hours, cost per person in pounds,
/// places a year, whether it is the profession's or shared, and up to two of the profession's
/// skills with the level each brings a learner to. Skills the two slots do not show (a third,
/// or another profession's on a shared offer) are kept as they are.
enum LearningOfferForm {
    static let types = CPDActivityType.allCases
    static let owners = ["This profession", "Shared by every profession"]
    static let slots = [7, 9]
    static let none = "None"

    static func make(_ offer: LearningOffer, choices: OfferChoices) -> Form {
        Form(title: offer.id == 0 ? "New learning offer" : "Learning offer: \(offer.title)",
             subject: .learningOffer(offer, choices: choices), fields: fields(offer, choices: choices))
    }

    /// The offer's skills the slots show: the profession's own, the first two.
    static func shown(_ offer: LearningOffer, choices: OfferChoices) -> [OfferSkill] {
        Array(offer.skills.filter { skill in choices.skills.contains { $0.id == skill.skillId } }.prefix(slots.count))
    }

    static func fields(_ offer: LearningOffer, choices: OfferChoices) -> [FormField] {
        let shown = shown(offer, choices: choices)
        let skillNames = [none] + choices.skills.map(\.name)
        var fields = [
            FormField("Title", .text(required: true), text: offer.title, limit: .offerTitle),
            FormField("Provider", .text(required: true), text: offer.provider, limit: .offerProvider),
            FormField("Kind", .choice(types.map(\.label)), choice: types.firstIndex(of: offer.type) ?? 0),
            FormField("Hours (e.g. 7.5)", .text(required: true), text: offer.id == 0 ? "" : LearningOffer.hours(offer.minutes)),
            FormField("Cost per person (£)", .text(required: true),
                      text: offer.id == 0 ? "" : pounds(offer.costPence)),
            FormField("Places a year", .number(0...OfferBounds.maxPlaces), text: offer.id == 0 ? "" : String(offer.places),
                      maxLength: 6),
            FormField("For", .choice(owners), choice: offer.isShared ? 1 : 0),
        ]
        for (n, _) in slots.enumerated() {
            let skill = shown.indices.contains(n) ? shown[n] : nil
            let at = skill.flatMap { s in choices.skills.firstIndex { $0.id == s.skillId } }.map { $0 + 1 } ?? 0
            fields.append(FormField(n == 0 ? "Skill" : "Second skill", .choice(skillNames), choice: at))
            fields.append(FormField("Brings to level", .choice(levelNames(choices)),
                                    choice: max(0, min(choices.levels.count - 1, (skill?.level ?? choices.levels.count) - 1))))
        }
        return fields
    }

    static func levelNames(_ choices: OfferChoices) -> [String] {
        choices.levels.enumerated().map { "\($0.offset + 1) \($0.element)" }
    }

    /// "1250.50" for 125,050 pence, "450" for 45,000: what the cost field shows and reads back.
    static func pounds(_ pence: Int) -> String {
        pence % 100 == 0 ? String(pence / 100) : "\(pence / 100).\(pence % 100 < 10 ? "0" : "")\(pence % 100)"
    }

    /// What the fields cannot check alone: hours and cost as numbers, a skill named twice.
    static func crossCheck(_ form: Form) -> (Int, String)? {
        if LearningOffer.minutes(hours: form.fields[3].trimmed) == nil { return (3, "hours such as 7.5 or 7:30") }
        if LearningOffer.pence(pounds: form.fields[4].trimmed) == nil {
            return (4, "pounds, at most \(FigureText.count(OfferBounds.maxCostPence / 100))")
        }
        let first = form.fields[slots[0]].choice, second = form.fields[slots[1]].choice
        if first != 0, first == second { return (slots[1], "the same skill twice") }
        return nil
    }

    static func offer(_ form: Form, base: LearningOffer, choices: OfferChoices) -> LearningOffer {
        var offer = base
        offer.title = form.fields[0].trimmed
        offer.provider = form.fields[1].trimmed
        if types.indices.contains(form.fields[2].choice) { offer.type = types[form.fields[2].choice] }
        offer.minutes = LearningOffer.minutes(hours: form.fields[3].trimmed) ?? base.minutes
        offer.costPence = LearningOffer.pence(pounds: form.fields[4].trimmed) ?? base.costPence
        offer.places = form.fields[5].number ?? base.places
        offer.professionId = form.fields[6].choice == 1 ? nil : choices.professionId
        let shown = Set(shown(base, choices: choices).map(\.skillId))
        var skills = base.skills.filter { !shown.contains($0.skillId) }
        for slot in slots {
            let at = form.fields[slot].choice - 1
            guard choices.skills.indices.contains(at) else { continue }
            let id = choices.skills[at].id
            guard !skills.contains(where: { $0.skillId == id }) else { continue }
            skills.append(OfferSkill(skillId: id, level: form.fields[slot + 1].choice + 1))
        }
        offer.skills = skills.sorted { $0.skillId < $1.skillId }
        return offer
    }
}
