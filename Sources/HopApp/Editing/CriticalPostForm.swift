import HopModel

/// A person a form names by staff number, with the id that number was found to have.
public struct StaffRef: Hashable, Sendable {
    public var number: String
    public var id: RowID

    public init(number: String, id: RowID) { self.number = number; self.id = id }

    /// The reference shown for someone whose staff number the form does not know ("#ID"): saving
    /// it keeps that person.
    public static func unknown(_ id: RowID) -> StaffRef { StaffRef(number: "#\(id)", id: id) }
}

/// The form for a business-critical post: title, department, grade, holder (a staff number,
/// blank when vacant), risk of loss, whether the Head of Profession is involved in recruitment.
/// The successors are kept as they are (`SuccessorForm` edits them one by one).
enum CriticalPostForm {
    static let holderField = 3
    static let risks = LossRisk.allCases
    static let yesNo = ["Yes", "No"]

    static func make(_ post: CriticalPost, departments: [NamedID], grades: [NamedID], holder: StaffRef?) -> Form {
        Form(title: post.id == 0 ? "New critical post" : "Critical post: \(post.title)",
             subject: .criticalPost(post, departments: departments, grades: grades, holder: holder),
             fields: fields(post, departments: departments, grades: grades, holder: holder))
    }

    static func fields(_ post: CriticalPost, departments: [NamedID], grades: [NamedID], holder: StaffRef?) -> [FormField] {
        [
            FormField("Post title", .text(required: true), text: post.title, limit: .criticalPostTitle),
            FormField("Department", .choice(departments.map(\.name)), choice: departments.firstIndex { $0.id == post.departmentId } ?? 0),
            FormField("Grade", .choice(grades.map(\.name)), choice: grades.firstIndex { $0.id == post.gradeId } ?? 0),
            FormField("Holder (staff no., blank: vacant)", .text(required: false),
                      text: post.holderId.map { id in holder?.id == id ? holder!.number : StaffRef.unknown(id).number } ?? "",
                      limit: .staffNumber),
            FormField("Risk of loss", .choice(risks.map(\.label)), choice: risks.firstIndex(of: post.risk) ?? 1),
            FormField("HoP involved", .choice(yesNo), choice: post.headInvolved ? 0 : 1),
        ]
    }

    /// The staff number typed for the holder when it is not yet known to belong to someone.
    static func unresolved(_ form: Form, holder: StaffRef?) -> String? {
        let typed = form.fields[holderField].trimmed
        return typed.isEmpty || typed == holder?.number ? nil : typed
    }

    static func post(_ form: Form, base: CriticalPost, departments: [NamedID], grades: [NamedID], holder: StaffRef?) -> CriticalPost {
        var post = base
        post.title = form.fields[0].trimmed
        if departments.indices.contains(form.fields[1].choice) { post.departmentId = departments[form.fields[1].choice].id }
        if grades.indices.contains(form.fields[2].choice) { post.gradeId = grades[form.fields[2].choice].id }
        let typed = form.fields[holderField].trimmed
        post.holderId = typed.isEmpty ? nil : holder?.id
        if risks.indices.contains(form.fields[4].choice) { post.risk = risks[form.fields[4].choice] }
        post.headInvolved = form.fields[5].choice == 0
        return post
    }
}

/// The form for one successor to a critical post (`index` nil: a new one, added last): who (a
/// staff number), how ready, and the development action. Saving saves the post as a whole.
enum SuccessorForm {
    static let readiness = Readiness.allCases

    static func make(_ post: CriticalPost, index: Int?, person: StaffRef?) -> Form {
        Form(title: index == nil ? "New successor: \(post.title)" : "Successor: \(post.title)",
             subject: .successor(post, index: index, person: person),
             fields: fields(post, index: index, person: person))
    }

    static func fields(_ post: CriticalPost, index: Int?, person: StaffRef?) -> [FormField] {
        let successor = index.flatMap { post.successors.indices.contains($0) ? post.successors[$0] : nil }
        return [
            FormField("Staff number", .text(required: true),
                      text: successor.map { s in person?.id == s.staffId ? person!.number : StaffRef.unknown(s.staffId).number } ?? "",
                      limit: .staffNumber),
            FormField("Readiness", .choice(readiness.map(\.label)), choice: successor.flatMap { readiness.firstIndex(of: $0.readiness) } ?? 0),
            FormField("Development action", .text(required: false), text: successor?.action ?? "", limit: .developmentAction),
        ]
    }

    static func unresolved(_ form: Form, person: StaffRef?) -> String? {
        let typed = form.fields[0].trimmed
        return typed.isEmpty || typed == person?.number ? nil : typed
    }

    static func post(_ form: Form, base: CriticalPost, index: Int?, person: StaffRef?) -> CriticalPost {
        var post = base
        guard let person else { return post }
        let readiness = readiness.indices.contains(form.fields[1].choice) ? readiness[form.fields[1].choice] : .readyNow
        let successor = Successor(staffId: person.id, readiness: readiness, action: form.fields[2].trimmed)
        if let index, post.successors.indices.contains(index) {
            post.successors[index] = successor
        } else {
            post.successors.append(successor)
        }
        return post
    }
}
