import HopModel

/// What a plan line's form picks from: the profession's skills and the offers of its catalogue.
public struct PlanLineChoices: Hashable, Sendable {
    public var skills: [NamedID]
    public var offers: [NamedID]

    public init(skills: [NamedID], offers: [NamedID]) { self.skills = skills; self.offers = offers }
}

/// The form for one line of a development plan (`index` nil: a new one, added last): the skill,
/// the offer, how many places and in which quarter. Saving saves the plan as a whole; a line of a
/// proposal not yet kept saves the proposal with it as the year's plan.
enum PlanLineForm {
    static func make(_ plan: DevelopmentPlan, index: Int?, choices: PlanLineChoices) -> Form {
        Form(title: (index == nil ? "New line: " : "Plan line: ") + "development plan \(DevelopmentPlan.yearLabel(plan.year))",
             subject: .planLine(plan, index: index, choices: choices), fields: fields(plan, index: index, choices: choices))
    }

    static func fields(_ plan: DevelopmentPlan, index: Int?, choices: PlanLineChoices) -> [FormField] {
        let line = index.flatMap { plan.lines.indices.contains($0) ? plan.lines[$0] : nil }
        return [
            FormField("Skill", .choice(choices.skills.map(\.name)),
                      choice: line.flatMap { l in choices.skills.firstIndex { $0.id == l.skillId } } ?? 0),
            FormField("Offer", .choice(choices.offers.map(\.name)),
                      choice: line.flatMap { l in choices.offers.firstIndex { $0.id == l.offerId } } ?? 0),
            FormField("Places", .number(1...OfferBounds.maxPlaces), text: line.map { String($0.places) } ?? "", maxLength: 6),
            FormField("Quarter", .choice(DevelopmentPlan.quarterLabels), choice: max(0, (line?.quarter ?? 1) - 1)),
        ]
    }

    static func plan(_ form: Form, base: DevelopmentPlan, index: Int?, choices: PlanLineChoices) -> DevelopmentPlan {
        var plan = base
        guard choices.skills.indices.contains(form.fields[0].choice), choices.offers.indices.contains(form.fields[1].choice)
        else { return plan }
        let line = PlanLine(skillId: choices.skills[form.fields[0].choice].id, offerId: choices.offers[form.fields[1].choice].id,
                            places: form.fields[2].number ?? 1, quarter: form.fields[3].choice + 1)
        if let index, plan.lines.indices.contains(index) { plan.lines[index] = line } else { plan.lines.append(line) }
        return plan
    }
}
