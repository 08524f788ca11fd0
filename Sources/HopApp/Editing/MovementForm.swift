import HopModel

/// A record picked from a list by name (a profession, a department), for choice fields.
public struct NamedID: Hashable, Sendable {
    public var id: RowID
    public var name: String

    public init(id: RowID, name: String) { self.id = id; self.name = name }
}

/// The form for a staff member's movement: what kind, when, and from/to what. Which fields
/// matter depends on the type; the store says which one is missing when a type needs it.
enum MovementForm {
    static let none = MembershipForm.none

    static func make(_ m: Movement, professions: [NamedID], departments: [NamedID]) -> Form {
        Form(title: m.id == 0 ? "New movement" : "Movement", subject: .movement(m, professions: professions, departments: departments),
             fields: fields(m, professions: professions, departments: departments))
    }

    static func fields(_ m: Movement, professions: [NamedID], departments: [NamedID]) -> [FormField] {
        let types = MovementType.allCases
        func pick(_ id: RowID?, in list: [NamedID]) -> Int { id.flatMap { id in list.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0 }
        let professionOptions = [none] + professions.map(\.name), departmentOptions = [none] + departments.map(\.name)
        let sectors = [none] + Sector.allCases.map(\.label)
        return [
            FormField("Type", .choice(types.map(\.label)), choice: types.firstIndex(of: m.type) ?? 0),
            FormField("Start", .date(required: true), text: m.start.iso, maxLength: 10),
            FormField("End", .date(required: false), text: m.end?.iso ?? "", maxLength: 10),
            FormField("From post", .text(required: false), text: m.fromPost, limit: .movementPost),
            FormField("To post", .text(required: false), text: m.toPost, limit: .movementPost),
            FormField("From prof.", .choice(professionOptions), choice: pick(m.fromProfessionId, in: professions)),
            FormField("To prof.", .choice(professionOptions), choice: pick(m.toProfessionId, in: professions)),
            FormField("From dept.", .choice(departmentOptions), choice: pick(m.fromDepartmentId, in: departments)),
            FormField("To dept.", .choice(departmentOptions), choice: pick(m.toDepartmentId, in: departments)),
            FormField("Host org.", .text(required: false), text: m.organisation, limit: .organisation),
            FormField("Sector", .choice(sectors), choice: m.sector.flatMap { Sector.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0),
            FormField("Note", .note(rows: 2), text: m.note, limit: .note),
        ]
    }

    static func movement(_ form: Form, base: Movement, professions: [NamedID], departments: [NamedID]) -> Movement {
        func picked(_ field: FormField, in list: [NamedID]) -> RowID? { field.choice > 0 ? list[field.choice - 1].id : nil }
        var m = base
        m.type = MovementType.allCases[form.fields[0].choice]
        m.start = form.fields[1].date ?? m.start
        m.end = form.fields[2].date
        m.fromPost = form.fields[3].trimmed
        m.toPost = form.fields[4].trimmed
        m.fromProfessionId = picked(form.fields[5], in: professions)
        m.toProfessionId = picked(form.fields[6], in: professions)
        m.fromDepartmentId = picked(form.fields[7], in: departments)
        m.toDepartmentId = picked(form.fields[8], in: departments)
        m.organisation = form.fields[9].trimmed
        m.sector = form.fields[10].choice > 0 ? Sector.allCases[form.fields[10].choice - 1] : nil
        m.note = form.fields[11].noteText
        return m
    }
}
