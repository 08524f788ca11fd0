import GRDB
import HopModel

/// The store's own rules (`Validate`), applied by a restore to every row it loaded: a file may
/// hold only what the store's writes and imports would have saved.
struct RestoreChecks {
    /// Reads one loaded row by its key and checks it; nil when the row is not there.
    typealias Check = @Sendable (RestoreChecks, [DatabaseValue]) throws -> Void

    let db: Database
    /// The scale of each skill's profession, read once per skill.
    private let scales = ScaleCache()

    /// The checks of each table that holds records; other tables (memberships, seminar
    /// settings, the change log, the summaries) have no rules of their own beyond their columns.
    static let byTable: [String: (keyColumns: [String], check: Check)] = Dictionary(uniqueKeysWithValues: [
        rule(Department.self, texts: { [("code", $0.code, .code), ("name", $0.name, .departmentName)] }) { d, _ in
            try Validate.department(d)
        },
        rule(Grade.self, texts: { [("code", $0.code, .code), ("name", $0.name, .gradeName)] }) { g, _ in
            try Validate.grade(g)
        },
        rule(Profession.self, texts: { p in
            [("code", p.code, .code), ("name", p.name, .professionName), ("head_name", p.headName, .headName),
             ("head_email", p.headEmail, .email), ("head_phone", p.headPhone, .phone)]
                + p.scaleLabels.map { ("scale_labels", $0, .levelName) }
        }) { p, _ in try Validate.profession(p) },
        rule(Skill.self, texts: { [("name", $0.name, .skillName)] }) { s, _ in try Validate.skill(s) },
        rule(SkillRequirement.self) { r, checks in
            if let scaleMax = try checks.scaleMax(skill: r.skillId) { try Validate.skillRequirement(r, scaleMax: scaleMax) }
        },
        rule(StaffMember.self, texts: { s in
            [("staff_number", s.staffNumber, .staffNumber), ("name", s.name, .staffName), ("post", s.post, .post)]
        }) { s, _ in try Validate.staff(s) },
        rule(SkillAssessment.self) { a, checks in
            if let scaleMax = try checks.scaleMax(skill: a.skillId) { try Validate.assessment(a, scaleMax: scaleMax) }
        },
        rule(CPDRequirement.self) { r, _ in try Validate.cpdRequirement(r) },
        rule(QualificationRequirement.self, texts: { [("qualification", $0.qualification, .qualification)] }) { r, _ in
            try Validate.qualificationRequirement(r)
        },
        rule(CPDActivity.self, texts: { [("title", $0.title, .cpdTitle), ("note", $0.note, .note)] }) { a, _ in
            try Validate.cpdActivity(a)
        },
        rule(QualificationHeld.self, texts: { [("qualification", $0.qualification, .qualification)] }) { q, _ in
            try Validate.qualificationHeld(q)
        },
        rule(ChecklistEntry.self, texts: { [("owner", $0.owner, .checklistOwner), ("evidence", $0.evidence, .note)] }) { e, _ in
            try Validate.checklistEntry(e)
        },
        rule(MaturityAssessment.self, texts: { [("assessor", $0.assessor, .assessor), ("rationale", $0.rationale, .note)] }) { m, _ in
            try Validate.maturityAssessment(m)
        },
        rule(Movement.self, texts: { m in
            [("from_post", m.fromPost, .movementPost), ("to_post", m.toPost, .movementPost),
             ("organisation", m.organisation, .organisation), ("note", m.note, .note)]
        }) { m, _ in try Validate.movement(m) },
        rule(DepartmentalLead.self, texts: { l in
            [("name", l.name, .leadName), ("email", l.email, .email), ("phone", l.phone, .phone)]
        }) { l, _ in try Validate.departmentalLead(l) },
    ])

    /// `texts`: the record's text columns with their `FieldLimit`, each checked before `validate`.
    private static func rule<R: MappedRecord>(_ type: R.Type, texts: @escaping @Sendable (R) -> [(String, String, FieldLimit)] = { _ in [] },
                                              _ validate: @escaping @Sendable (R, RestoreChecks) throws -> Void)
        -> (String, (keyColumns: [String], check: Check)) {
        (R.table, (R.keyColumns, { checks, key in
            // Decoding applies the stored forms (a date that is a calendar day, a known type).
            guard let record = try R.fetch(checks.db, key: key) else { return }
            for (column, text, limit) in texts(record) {
                if let problem = limit.problem(text) { throw StoredValueError(column: column, reason: problem) }
            }
            try validate(record, checks)
        }))
    }

    /// The highest level of the skill's profession, or nil when the file lacks the skill or its
    /// profession (the foreign key check reports that).
    func scaleMax(skill id: RowID) throws -> Int? {
        if let known = scales.bySkill[id] { return known }
        var scaleMax: Int?
        if let skill = try Skill.fetch(db, key: [id]), let profession = try Profession.fetch(db, key: [skill.professionId]) {
            scaleMax = profession.scaleMax
        }
        scales.bySkill[id] = scaleMax
        return scaleMax
    }

    /// The problem with a row, as a restore lists it under the row's JSON path, or nil.
    static func problem(_ error: Error, at path: String) -> String? {
        switch error {
        case StoreError.invalid(let field, let reason): "\(path): \(field): \(reason)"
        case let error as StoredValueError: "\(path).\(error.column): \(error.reason)"
        default: nil
        }
    }
}

private final class ScaleCache {
    var bySkill: [RowID: Int?] = [:]
}
