import HopModel

/// The form for a skill assessment: skill (of the open profession), level, date, source.
enum AssessmentForm {
    static func make(_ a: SkillAssessment, skills: [Skill], scaleMax: Int) -> Form {
        Form(title: a.id == 0 ? "New skill assessment" : "Skill assessment", subject: .assessment(a, skills: skills),
             fields: fields(a, skills: skills, scaleMax: scaleMax))
    }

    static func fields(_ a: SkillAssessment, skills: [Skill], scaleMax: Int) -> [FormField] {
        let sources = AssessmentSource.allCases
        return [
            FormField("Skill", .choice(skills.map(\.name)), choice: skills.firstIndex { $0.id == a.skillId } ?? 0),
            FormField("Level", .number(1...max(1, scaleMax)), text: String(a.level), maxLength: 2),
            FormField("Date", .date(required: true), text: a.date.iso, maxLength: 10),
            FormField("Source", .choice(sources.map(\.label)), choice: sources.firstIndex(of: a.source) ?? 0),
        ]
    }

    static func assessment(_ form: Form, base: SkillAssessment, skills: [Skill]) -> SkillAssessment {
        var a = base
        if skills.indices.contains(form.fields[0].choice) { a.skillId = skills[form.fields[0].choice].id }
        a.level = form.fields[1].number ?? a.level
        a.date = form.fields[2].date ?? a.date
        a.source = AssessmentSource.allCases[form.fields[3].choice]
        return a
    }
}
