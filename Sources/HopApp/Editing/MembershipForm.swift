import HopModel

/// The form for the professions a member belongs to: up to three, one of them primary (the
/// Welsh case study's cap). Each slot picks a profession or "(none)".
enum MembershipForm {
    static let none = "(none)"

    static func make(_ member: StaffMember, memberships: [StaffProfession], professions: [(id: RowID, name: String)]) -> Form {
        Form(title: "Professions of \(member.name)", subject: .memberships(member, professions: professions.map(\.id)),
             fields: fields(memberships, professions: professions))
    }

    static func fields(_ memberships: [StaffProfession], professions: [(id: RowID, name: String)]) -> [FormField] {
        let options = [none] + professions.map(\.name)
        let ordered = memberships.sorted { ($0.isPrimary ? 0 : 1, $0.professionId) < ($1.isPrimary ? 0 : 1, $1.professionId) }
        let slots = (0..<StaffProfession.maximumPerStaff).map { i -> FormField in
            let choice = ordered.indices.contains(i) ? (professions.firstIndex { $0.id == ordered[i].professionId }.map { $0 + 1 } ?? 0) : 0
            return FormField("Profession \(i + 1)", .choice(options), choice: choice)
        }
        return slots + [FormField("Primary", .choice(["Profession 1", "Profession 2", "Profession 3"]), choice: 0)]
    }

    /// What is wrong across the slots (a profession twice, a primary slot left empty), as
    /// (field index, message), or nil.
    static func crossCheck(_ form: Form) -> (Int, String)? {
        let picked = form.fields.prefix(StaffProfession.maximumPerStaff).map(\.choice)
        for (i, choice) in picked.enumerated() where choice > 0 && picked.prefix(i).contains(choice) {
            return (i, "listed twice")
        }
        let primary = form.fields[StaffProfession.maximumPerStaff].choice
        if picked.contains(where: { $0 > 0 }) && picked[primary] == 0 { return (StaffProfession.maximumPerStaff, "that slot is empty") }
        return nil
    }

    static func memberships(_ form: Form, member: StaffMember, professions: [RowID]) -> [StaffProfession] {
        let primary = form.fields[StaffProfession.maximumPerStaff].choice
        return form.fields.prefix(StaffProfession.maximumPerStaff).enumerated().compactMap { i, field in
            field.choice > 0 ? StaffProfession(staffId: member.id, professionId: professions[field.choice - 1], isPrimary: i == primary) : nil
        }
    }
}
