import HopModel

/// The form for a profession's details: code, name, head of profession and contacts (principle
/// 2.2 asks for them to be readily available), whether newly established, the proficiency scale.
enum ProfessionForm {
    static let yesNo = ["No", "Yes"]

    static func make(_ profession: Profession) -> Form {
        Form(title: profession.id == 0 ? "New profession" : "Profession: \(profession.name)", subject: .profession(profession), fields: fields(profession))
    }

    static func fields(_ p: Profession) -> [FormField] {
        [
            FormField("Code", .text(required: true), text: p.code, maxLength: 12),
            FormField("Name", .text(required: true), text: p.name, maxLength: 80),
            FormField("Head", .text(required: false), text: p.headName, maxLength: 80),
            FormField("Email", .text(required: false), text: p.headEmail, maxLength: 120),
            FormField("Phone", .text(required: false), text: p.headPhone, maxLength: 40),
            FormField("Newly est.", .choice(yesNo), choice: p.isNew ? 1 : 0),
            FormField("Levels", .list(2...10), text: p.scaleLabels.joined(separator: ", "), maxLength: 300),
        ]
    }

    static func profession(_ form: Form, base: Profession) -> Profession {
        var p = base
        p.code = form.fields[0].trimmed
        p.name = form.fields[1].trimmed
        p.headName = form.fields[2].trimmed
        p.headEmail = form.fields[3].trimmed
        p.headPhone = form.fields[4].trimmed
        p.isNew = form.fields[5].choice == 1
        p.scaleLabels = form.fields[6].listItems
        return p
    }
}
