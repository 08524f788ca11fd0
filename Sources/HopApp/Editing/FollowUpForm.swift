import HopModel

/// The form for a follow-up of people on a list: why (the reason), when, and a note. For one
/// person, or for everyone on the list (asked first, saying how many).
enum FollowUpForm {
    /// A new follow-up of `person` for being on `query`'s list, dated `today` unless changed.
    static func make(for person: PersonRow, on query: PeopleQuery) -> Form {
        let base = FollowUp(staffId: person.id, professionId: query.professionId, list: query.criterion.text, reason: "",
                            date: query.today)
        return Form(title: "Follow-up of \(person.name) (\(person.staffNumber))", subject: .followUp(base, list: nil, people: 1),
                    fields: fields(base))
    }

    /// A new follow-up of everyone on `query`'s list (`people` of them as last counted).
    static func make(everyoneOn query: PeopleQuery, people: Int) -> Form {
        let base = FollowUp(staffId: 0, professionId: query.professionId, list: query.criterion.text, reason: "",
                            date: query.today)
        let count = people == 1 ? "1 person" : "\(Format.count(people)) people"
        return Form(title: "Follow-up of everyone on the list (\(count))", subject: .followUp(base, list: query, people: people),
                    fields: fields(base))
    }

    static func fields(_ f: FollowUp) -> [FormField] {
        [
            FormField("Reason", .text(required: true), text: f.reason, limit: .followUpReason),
            FormField("Date", .date(required: true), text: f.date.iso, maxLength: 10),
            FormField("Note", .note(rows: 2), text: f.note, limit: .note),
        ]
    }

    static func followUp(_ form: Form, base: FollowUp) -> FollowUp {
        var f = base
        f.reason = form.fields[0].trimmed
        f.date = form.fields[1].date ?? f.date
        f.note = form.fields[2].noteText
        return f
    }
}
