import HopModel

/// The form for a staff member: staff number, name, grade, department, post, the day they
/// joined the profession and their full-time equivalent (both optional: the whole CPD cycle
/// and full time).
enum StaffForm {
    static func make(_ member: StaffMember, grades: [Grade], departments: [Department]) -> Form {
        Form(title: "Staff member: \(member.name)",
             subject: .staff(member, grades: grades, departments: departments),
             fields: fields(member, grades: grades, departments: departments))
    }

    static func makeNew(professionId: RowID, grades: [Grade], departments: [Department]) -> Form {
        let member = StaffMember(staffNumber: "", name: "", gradeId: grades.first?.id ?? 0, departmentId: departments.first?.id ?? 0)
        return Form(title: "New member", subject: .newStaff(member, grades: grades, departments: departments, professionId: professionId),
                    fields: fields(member, grades: grades, departments: departments))
    }

    static func fields(_ member: StaffMember, grades: [Grade], departments: [Department]) -> [FormField] {
        [
            FormField("Staff no.", .text(required: true), text: member.staffNumber, limit: .staffNumber),
            FormField("Name", .text(required: true), text: member.name, limit: .staffName),
            FormField("Grade", .choice(grades.map { "\($0.code) \($0.name)" }),
                      choice: grades.firstIndex { $0.id == member.gradeId } ?? 0),
            FormField("Department", .choice(departments.map(\.name)),
                      choice: departments.firstIndex { $0.id == member.departmentId } ?? 0),
            FormField("Post", .text(required: false), text: member.post, limit: .post),
            FormField("Joined", .date(required: false), text: member.joinedProfession?.iso ?? "", maxLength: 10),
            FormField("FTE", .fullTimeEquivalent, text: member.fte?.text ?? "", maxLength: 5),
        ]
    }

    static func member(_ form: Form, base: StaffMember, grades: [Grade], departments: [Department]) -> StaffMember {
        var member = base
        member.staffNumber = form.fields[0].trimmed
        member.name = form.fields[1].trimmed
        if grades.indices.contains(form.fields[2].choice) { member.gradeId = grades[form.fields[2].choice].id }
        if departments.indices.contains(form.fields[3].choice) { member.departmentId = departments[form.fields[3].choice].id }
        member.post = form.fields[4].trimmed
        member.joinedProfession = form.fields[5].date
        member.fte = form.fields[6].fullTimeEquivalent
        return member
    }
}
