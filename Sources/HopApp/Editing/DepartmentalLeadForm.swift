import HopModel

/// The form for a profession's lead in a department: profession, department, contact details.
enum DepartmentalLeadForm {
    static func make(_ lead: DepartmentalLead, professions: [NamedID], departments: [NamedID]) -> Form {
        Form(title: lead.id == 0 ? "New departmental lead" : "Departmental lead: \(lead.name)",
             subject: .departmentalLead(lead, professions: professions, departments: departments),
             fields: fields(lead, professions: professions, departments: departments))
    }

    static func fields(_ lead: DepartmentalLead, professions: [NamedID], departments: [NamedID]) -> [FormField] {
        [
            FormField("Profession", .choice(professions.map(\.name)),
                      choice: professions.firstIndex { $0.id == lead.professionId } ?? 0),
            FormField("Department", .choice(departments.map(\.name)),
                      choice: departments.firstIndex { $0.id == lead.departmentId } ?? 0),
            FormField("Name", .text(required: true), text: lead.name, limit: .leadName),
            FormField("Email", .text(required: false), text: lead.email, limit: .email),
            FormField("Phone", .text(required: false), text: lead.phone, limit: .phone),
        ]
    }

    static func lead(_ form: Form, base: DepartmentalLead, professions: [NamedID], departments: [NamedID]) -> DepartmentalLead {
        var lead = base
        if professions.indices.contains(form.fields[0].choice) { lead.professionId = professions[form.fields[0].choice].id }
        if departments.indices.contains(form.fields[1].choice) { lead.departmentId = departments[form.fields[1].choice].id }
        lead.name = form.fields[2].trimmed
        lead.email = form.fields[3].trimmed
        lead.phone = form.fields[4].trimmed
        return lead
    }
}
