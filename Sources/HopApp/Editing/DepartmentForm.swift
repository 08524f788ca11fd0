import HopModel

/// The form for a department (devolved administrations are departments too).
enum DepartmentForm {
    static func make(_ d: Department) -> Form {
        Form(title: d.id == 0 ? "New department" : "Department: \(d.name)", subject: .department(d), fields: fields(d))
    }

    static func fields(_ d: Department) -> [FormField] {
        [
            FormField("Code", .text(required: true), text: d.code, limit: .code),
            FormField("Name", .text(required: true), text: d.name, limit: .departmentName),
            FormField("Devolved", .choice(ProfessionForm.yesNo), choice: d.isDevolved ? 1 : 0),
        ]
    }

    static func department(_ form: Form, base: Department) -> Department {
        var d = base
        d.code = form.fields[0].trimmed
        d.name = form.fields[1].trimmed
        d.isDevolved = form.fields[2].choice == 1
        return d
    }
}
