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
            FormField("Code", .text(required: true), text: p.code, limit: .code),
            FormField("Name", .text(required: true), text: p.name, limit: .professionName),
            FormField("Head", .text(required: false), text: p.headName, limit: .headName),
            FormField("Email", .text(required: false), text: p.headEmail, limit: .email),
            FormField("Phone", .text(required: false), text: p.headPhone, limit: .phone),
            FormField("Newly est.", .choice(yesNo), choice: p.isNew ? 1 : 0),
            FormField("Levels", .list(2...10), text: p.scaleLabels.joined(separator: ", "), limit: .levelName),
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
