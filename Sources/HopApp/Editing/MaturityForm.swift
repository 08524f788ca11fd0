import HopModel

/// The form for a maturity assessment of one area: level (1-5 pick it), assessor, date,
/// rationale. A new one is added to the history; an existing one (entered by mistake) is
/// corrected at its version, in the same profession and area.
enum MaturityForm {
    static func make(_ a: MaturityAssessment, framework: Framework) -> Form {
        let levels = (1...5).map { "\($0) \(framework.levelName($0))" }
        let name = framework.area(a.area)?.name ?? "area \(a.area)"
        return Form(title: a.id == 0 ? "New maturity assessment: \(name)" : "Maturity assessment of \(a.date.iso): \(name)",
                    subject: .maturityAssessment(a), fields: fields(a, levels: levels))
    }

    /// `levels`: the level choices, "1 Initial" to "5 ...".
    static func fields(_ a: MaturityAssessment, levels: [String]) -> [FormField] {
        [
            FormField("Level", .choice(levels), choice: min(max(0, a.level - 1), levels.count - 1)),
            FormField("Assessor", .text(required: true), text: a.assessor, limit: .assessor),
            FormField("Date", .date(required: true), text: a.date.iso, maxLength: 10),
            FormField("Rationale", .note(rows: 4), text: a.rationale, limit: .note),
        ]
    }

    static func assessment(_ form: Form, base: MaturityAssessment) -> MaturityAssessment {
        var a = base
        a.level = form.fields[0].choice + 1
        a.assessor = form.fields[1].trimmed
        a.date = form.fields[2].date ?? a.date
        a.rationale = form.fields[3].noteText
        return a
    }
}
