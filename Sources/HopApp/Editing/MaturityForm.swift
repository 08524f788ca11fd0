import HopModel

/// The form for a new maturity assessment of one area: level (1-5 pick it), assessor, date,
/// rationale. Assessments are appended; past ones stay as history.
enum MaturityForm {
    static func make(professionId: RowID, area: Int, framework: Framework, today: Day, assessor: String,
                     currentLevel: Int?) -> Form {
        let levels = (1...5).map { "\($0) \(framework.levelName($0))" }
        let fields = [
            FormField("Level", .choice(levels), choice: max(0, (currentLevel ?? 1) - 1)),
            FormField("Assessor", .text(required: true), text: assessor, limit: .assessor),
            FormField("Date", .date(required: true), text: today.iso, maxLength: 10),
            FormField("Rationale", .note(rows: 4), limit: .note),
        ]
        let name = framework.area(area)?.name ?? "area \(area)"
        return Form(title: "New maturity assessment: \(name)",
                    subject: .maturityAssessment(professionId: professionId, area: area), fields: fields)
    }

    static func assessment(_ form: Form, professionId: RowID, area: Int) -> MaturityAssessment {
        MaturityAssessment(professionId: professionId, area: area, level: form.fields[0].choice + 1,
                           date: form.fields[2].date!, assessor: form.fields[1].trimmed,
                           rationale: form.fields[3].noteText)
    }
}
