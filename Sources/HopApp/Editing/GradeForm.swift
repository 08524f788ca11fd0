import HopModel

/// The form for a rung of the grade ladder: code, name, and its rank (1 lowest).
enum GradeForm {
    static func make(_ g: Grade) -> Form {
        Form(title: g.id == 0 ? "New grade" : "Grade: \(g.code)", subject: .grade(g), fields: fields(g))
    }

    static func fields(_ g: Grade) -> [FormField] {
        [
            FormField("Code", .text(required: true), text: g.code, limit: .code),
            FormField("Name", .text(required: true), text: g.name, limit: .gradeName),
            FormField("Rank", .number(1...99), text: String(g.rank), maxLength: 2),
        ]
    }

    static func grade(_ form: Form, base: Grade) -> Grade {
        var g = base
        g.code = form.fields[0].trimmed
        g.name = form.fields[1].trimmed
        g.rank = form.fields[2].number ?? g.rank
        return g
    }
}
