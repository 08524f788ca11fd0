import HopModel

/// The form for one checklist item: status, owner, due date, evidence note.
enum ChecklistForm {
    static func make(_ entry: ChecklistEntry, framework: Framework) -> Form {
        let label = framework.checklist.first { $0.id == entry.itemId }?.label ?? ""
        return Form(title: "Checklist \(entry.itemId) \(label)", subject: .checklistEntry(entry), fields: fields(entry))
    }

    static func fields(_ entry: ChecklistEntry) -> [FormField] {
        let statuses = ChecklistStatus.allCases
        return [
            FormField("Status", .choice(statuses.map(\.label)), choice: statuses.firstIndex(of: entry.status) ?? 0),
            FormField("Owner", .text(required: false), text: entry.owner, limit: .checklistOwner),
            FormField("Due date", .date(required: false), text: entry.due?.iso ?? "", maxLength: 10),
            FormField("Evidence", .note(rows: 4), text: entry.evidence, limit: .note),
        ]
    }

    /// The entry the form's values describe, at the version the form was opened on.
    static func entry(_ form: Form, base: ChecklistEntry) -> ChecklistEntry {
        var entry = base
        entry.status = ChecklistStatus.allCases[form.fields[0].choice]
        entry.owner = form.fields[1].trimmed
        entry.due = form.fields[2].date
        entry.evidence = form.fields[3].noteText
        return entry
    }
}
