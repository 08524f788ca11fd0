import HopModel

/// The form for a qualification held: its name, the date it was gained and, if it lapses,
/// the last day it is valid.
enum QualificationForm {
    static func make(_ q: QualificationHeld) -> Form {
        Form(title: q.id == 0 ? "New qualification held" : "Qualification held", subject: .qualificationHeld(q), fields: fields(q))
    }

    static func fields(_ q: QualificationHeld) -> [FormField] {
        [
            FormField("Qualification", .text(required: true), text: q.qualification, limit: .qualification),
            FormField("Gained on", .date(required: true), text: q.date.iso, maxLength: 10),
            FormField("Expires", .date(required: false), text: q.expires?.iso ?? "", maxLength: 10),
        ]
    }

    static func qualification(_ form: Form, base: QualificationHeld) -> QualificationHeld {
        var q = base
        q.qualification = form.fields[0].trimmed
        q.date = form.fields[1].date ?? q.date
        q.expires = form.fields[2].date
        return q
    }
}
