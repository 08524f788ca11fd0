import HopModel

/// The form for a profession's CPD requirement: hours per cycle, the month the cycle starts,
/// and which activity types count (one Yes/No per type).
enum CPDRequirementForm {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    static func make(_ requirement: CPDRequirement) -> Form {
        Form(title: "CPD requirement", subject: .cpdRequirement(requirement), fields: fields(requirement))
    }

    static func fields(_ r: CPDRequirement) -> [FormField] {
        [
            FormField("Hours/cycle", .number(0...10_000), text: String(r.hoursPerCycle), maxLength: 5),
            FormField("Cycle from", .choice(months), choice: max(0, r.cycleStartMonth - 1)),
        ] + CPDActivityType.allCases.map { type in
            FormField(type.label, .choice(ProfessionForm.yesNo), choice: r.countedTypes.contains(type) ? 1 : 0)
        }
    }

    static func requirement(_ form: Form, base: CPDRequirement) -> CPDRequirement {
        var r = base
        r.hoursPerCycle = form.fields[0].number ?? 0
        r.cycleStartMonth = form.fields[1].choice + 1
        r.countedTypes = Set(CPDActivityType.allCases.enumerated().filter { form.fields[$0.offset + 2].choice == 1 }.map(\.element))
        return r
    }
}
