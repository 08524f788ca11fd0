import HopModel

/// The form that marks a forum or seminar date: the day (today unless changed) and what it was.
enum ForumDateForm {
    static func make(_ forum: ForumDate) -> Form {
        Form(title: forum.id == 0 ? "Mark a forum date" : "Forum date", subject: .forumDate(forum), fields: fields(forum))
    }

    static func fields(_ forum: ForumDate) -> [FormField] {
        [
            FormField("Date", .date(required: true), text: forum.date.iso, maxLength: 10),
            FormField("Title", .text(required: false), text: forum.title, limit: .forumTitle),
        ]
    }

    static func forum(_ form: Form, base: ForumDate) -> ForumDate {
        var forum = base
        forum.date = form.fields[0].date ?? forum.date
        forum.title = form.fields[1].trimmed
        return forum
    }
}
