import HopModel

/// The form for a skill of a profession: its name and the level it requires at each grade
/// (0 = not required there), one whole-number field per grade of the ladder.
enum SkillForm {
    static func make(_ skill: Skill, requirements: [SkillRequirement], grades: [Grade], scaleMax: Int) -> Form {
        Form(title: skill.id == 0 ? "New skill" : "Skill: \(skill.name)",
             subject: .skill(skill, requirements: requirements, grades: grades, scaleMax: scaleMax),
             fields: fields(skill, requirements: requirements, grades: grades, scaleMax: scaleMax))
    }

    static func fields(_ skill: Skill, requirements: [SkillRequirement], grades: [Grade], scaleMax: Int) -> [FormField] {
        [FormField("Name", .text(required: true), text: skill.name, limit: .skillName)] + grades.map { grade in
            let level = requirements.first { $0.gradeId == grade.id }?.level ?? 0
            return FormField("Need at \(grade.code)", .number(0...scaleMax), text: String(level), maxLength: 2)
        }
    }

    /// The skill and every grade's required level as the form's (valid) values say.
    static func change(_ form: Form, base: Skill, grades: [Grade]) -> Change {
        var skill = base
        skill.name = form.fields[0].trimmed
        let levels = grades.enumerated().map { i, grade in
            SkillRequirement(skillId: base.id, gradeId: grade.id, level: form.fields[i + 1].number ?? 0)
        }
        return .saveSkill(skill, requirements: levels)
    }
}
