import HopModel

/// The form for a CPD activity: date, hours and minutes, type, title, note.
enum CPDActivityForm {
    static func make(_ a: CPDActivity) -> Form {
        Form(title: a.id == 0 ? "New CPD activity" : "CPD activity", subject: .cpdActivity(a), fields: fields(a))
    }

    static func fields(_ a: CPDActivity) -> [FormField] {
        let types = CPDActivityType.allCases
        return [
            FormField("Date", .date(required: true), text: a.date.iso, maxLength: 10),
            FormField("Hours", .number(0...2000), text: String(a.minutes / 60), maxLength: 4),
            FormField("Minutes", .number(0...59), text: String(a.minutes % 60), maxLength: 2),
            FormField("Type", .choice(types.map(\.label)), choice: types.firstIndex(of: a.type) ?? 0),
            FormField("Title", .text(required: true), text: a.title, limit: .cpdTitle),
            FormField("Note", .note(rows: 3), text: a.note, limit: .note),
        ]
    }

    static func activity(_ form: Form, base: CPDActivity) -> CPDActivity {
        var a = base
        a.date = form.fields[0].date ?? a.date
        a.minutes = (form.fields[1].number ?? 0) * 60 + (form.fields[2].number ?? 0)
        a.type = CPDActivityType.allCases[form.fields[3].choice]
        a.title = form.fields[4].trimmed
        a.note = form.fields[5].noteText
        return a
    }
}
