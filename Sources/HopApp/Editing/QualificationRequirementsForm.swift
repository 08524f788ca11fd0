import HopModel

/// The form for the qualifications a profession makes mandatory (principle 5.11): one field per
/// grade of the ladder, the qualifications required there separated by commas (blank: none).
enum QualificationRequirementsForm {
    static func make(professionId: RowID, current: [QualificationRequirement], grades: [Grade]) -> Form {
        Form(title: "Mandatory qualifications by grade",
             subject: .qualificationRequirements(professionId: professionId, current: current, grades: grades),
             fields: fields(current, grades: grades))
    }

    static func fields(_ current: [QualificationRequirement], grades: [Grade]) -> [FormField] {
        grades.map { grade in
            let names = current.filter { $0.gradeId == grade.id }.map(\.qualification)
            return FormField("At \(grade.code)", .list(0...10), text: names.joined(separator: ", "), limit: .qualification)
        }
    }

    /// The requirements the form's (valid) values say, grade by grade, each name once.
    static func requirements(_ form: Form, professionId: RowID, grades: [Grade]) -> [QualificationRequirement] {
        grades.enumerated().flatMap { i, grade in
            var seen = Set<String>()
            return form.fields[i].listItems.filter { seen.insert($0).inserted }.map {
                QualificationRequirement(professionId: professionId, gradeId: grade.id, qualification: $0)
            }
        }
    }
}
