import GRDB
import HopModel

/// Rules that input must follow, checked before anything is written. Each failure names the
/// field as a form shows it and says what is wrong, never whose record it is.
enum Validate {
    static func notBlank(_ text: String, _ field: String) throws {
        if text.allSatisfy(\.isWhitespace) { throw StoreError.invalid(field: field, reason: "must not be empty") }
    }

    /// What no stored text may hold, or nil: a NUL, which SQLite's C strings would cut the
    /// text at (an import says the same of a CSV cell).
    static func textProblem(_ text: String) -> String? {
        text.utf8.contains(0) ? "holds a NUL character (U+0000); expected text" : nil
    }

    static func range(_ value: Int, _ range: ClosedRange<Int>, _ field: String) throws {
        guard range.contains(value) else {
            throw StoreError.invalid(field: field, reason: "\(value) is not between \(range.lowerBound) and \(range.upperBound)")
        }
    }

    /// An e-mail address and a telephone number, each empty or shaped like one (`ContactShape`).
    static func contact(email: String, phone: String) throws {
        if let problem = ContactShape.emailProblem(email) { throw StoreError.invalid(field: "Email", reason: problem) }
        if let problem = ContactShape.phoneProblem(phone) { throw StoreError.invalid(field: "Phone", reason: problem) }
    }

    /// The shape of a checklist item id ("C01"); which ids exist is the framework's business.
    static func checklistItem(_ id: String) throws {
        guard id.count == 3, id.first == "C", id.dropFirst().allSatisfy({ ("0"..."9").contains($0) }) else {
            throw StoreError.invalid(field: "Checklist item", reason: "\"\(id)\" is not a checklist item id like C01")
        }
    }

    /// A profession's proficiency scale: at least two named levels, at most ten.
    static func scale(_ labels: [String]) throws {
        try range(labels.count, 2...10, "Number of proficiency levels")
        for label in labels { try notBlank(label, "Proficiency level name") }
    }

    /// A skill level within the profession's scale (1...scaleMax; 0 allowed for "not required").
    static func level(_ level: Int, scaleMax: Int, allowingZero: Bool = false, _ field: String = "Level") throws {
        let lowest = allowingZero ? 0 : 1
        guard (lowest...scaleMax).contains(level) else {
            throw StoreError.invalid(field: field,
                                     reason: "\(level) is outside this profession's scale (\(lowest) to \(scaleMax))")
        }
    }

    /// Professions for one staff member: at most three, no repeats, exactly one primary
    /// (or none at all, for someone who belongs to no profession).
    static func memberships(_ memberships: [(professionId: RowID, isPrimary: Bool)]) throws {
        let field = "Professions"
        guard memberships.count <= StaffProfession.maximumPerStaff else {
            throw StoreError.invalid(field: field, reason: "at most \(StaffProfession.maximumPerStaff) per person")
        }
        guard Set(memberships.map(\.professionId)).count == memberships.count else {
            throw StoreError.invalid(field: field, reason: "the same profession is listed twice")
        }
        if !memberships.isEmpty, memberships.filter(\.isPrimary).count != 1 {
            throw StoreError.invalid(field: field, reason: "exactly one must be the primary profession")
        }
    }
}

extension WriteContext {
    func requireGrade(_ id: RowID) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM grade WHERE id = ?"), arguments: [id]) == true else {
            throw StoreError.invalid(field: "Grade", reason: "no grade has id \(id)")
        }
    }

    func requireDepartment(_ id: RowID) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM department WHERE id = ?"), arguments: [id]) == true else {
            throw StoreError.invalid(field: "Department", reason: "no department has id \(id)")
        }
    }

    func requireProfession(_ id: RowID) throws -> Profession {
        guard let profession = try Profession.fetch(db, key: [id]) else {
            throw StoreError.invalid(field: "Profession", reason: "no profession has id \(id)")
        }
        return profession
    }

    func requireStaff(_ id: RowID) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM staff WHERE id = ?"), arguments: [id]) == true else {
            throw StoreError.invalid(field: "Staff member", reason: "no staff record has id \(id)")
        }
    }

    /// The skill and the scale of its profession.
    func requireSkill(_ id: RowID) throws -> (skill: Skill, scaleMax: Int) {
        guard let skill = try Skill.fetch(db, key: [id]) else {
            throw StoreError.invalid(field: "Skill", reason: "no skill has id \(id)")
        }
        return (skill, try requireProfession(skill.professionId).scaleMax)
    }
}
