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

    /// How one table's rows are checked: the key that finds a loaded row, the other tables the
    /// check reads (a restore loads those first), and the check.
    struct Rule {
        var keyColumns: [String]
        var reads: [String] = []
        var check: Check
    }

    /// The checks of each table that holds records; other tables (memberships, seminar
    /// settings, the change log, the summaries) have no rules of their own beyond their columns.
    static let byTable: [String: Rule] = Dictionary(uniqueKeysWithValues: [
        rule(Department.self) { d, _ in
            try Validate.department(d)
        },
        rule(Grade.self) { g, _ in
            try Validate.grade(g)
        },
        rule(Profession.self) { p, _ in try Validate.profession(p) },
        rule(Skill.self) { s, _ in try Validate.skill(s) },
        rule(SkillRequirement.self, reads: scaleTables) { r, checks in
            if let scaleMax = try checks.scaleMax(skill: r.skillId) { try Validate.skillRequirement(r, scaleMax: scaleMax) }
        },
        rule(StaffMember.self) { s, _ in try Validate.staff(s) },
        rule(SkillAssessment.self, reads: scaleTables) { a, checks in
            if let scaleMax = try checks.scaleMax(skill: a.skillId) { try Validate.assessment(a, scaleMax: scaleMax) }
        },
        rule(CPDRequirement.self) { r, _ in try Validate.cpdRequirement(r) },
        rule(QualificationRequirement.self) { r, _ in
            try Validate.qualificationRequirement(r)
        },
        rule(CPDActivity.self) { a, _ in
            try Validate.cpdActivity(a)
        },
        rule(QualificationHeld.self) { q, _ in
            try Validate.qualificationHeld(q)
        },
        rule(ChecklistEntry.self) { e, _ in
            try Validate.checklistEntry(e)
        },
        rule(MaturityAssessment.self) { m, _ in
            try Validate.maturityAssessment(m)
        },
        rule(Movement.self) { m, _ in try Validate.movement(m) },
        rule(DepartmentalLead.self) { l, _ in try Validate.departmentalLead(l) },
        rule(ForumDate.self) { f, _ in try Validate.forumDate(f) },
        rule(FollowUp.self) { f, _ in try Validate.followUp(f) },
        // A booking names a line of its plan (loaded first) and a member of the plan's profession.
        rule(Booking.self, reads: [DevelopmentPlan.table, "plan_line", "staff_profession"]) { b, checks in
            try Validate.booking(b)
            try checks.bookable(b)
        },
        // A post is checked with its successors (loaded from `successor` first), as its save is.
        (CriticalPost.table, Rule(keyColumns: CriticalPost.keyColumns, reads: ["successor"]) { @Sendable checks, key in
            guard let id = RowID.fromDatabaseValue(key[0]), let post = try CriticalPostRows.fetch(checks.db, id: id) else { return }
            try checkLimits(post.limitedTexts)
            try Validate.criticalPost(post)
        }),
        // A successor's own text, named by its row in `successor`.
        ("successor", Rule(keyColumns: ["post_id", "staff_id"]) { @Sendable checks, key in
            guard let action = try String.fetchOne(checks.db, sql: "SELECT action FROM successor WHERE post_id = ? AND staff_id = ?",
                                                   arguments: StatementArguments(key)) else { return }
            try checkLimits(Successor(staffId: 0, readiness: .readyNow, action: action).limitedTexts)
        }),
        // A plan is checked with its lines (loaded from `plan_line` first).
        (DevelopmentPlan.table, Rule(keyColumns: DevelopmentPlan.keyColumns, reads: ["plan_line"]) { @Sendable checks, key in
            guard let id = RowID.fromDatabaseValue(key[0]), let plan = try DevelopmentPlanRows.fetch(checks.db, id: id) else { return }
            try Validate.developmentPlan(plan)
        }),
        // An offer is checked with its skills (loaded from `offer_skill` first), as its save is:
        // each skill its profession's (unless shared) and each level on the skill's scale.
        (LearningOffer.table, Rule(keyColumns: LearningOffer.keyColumns, reads: ["offer_skill"] + scaleTables) { @Sendable checks, key in
            guard let id = RowID.fromDatabaseValue(key[0]), let offer = try LearningOfferRows.fetch(checks.db, id: id) else { return }
            try checkLimits(offer.limitedTexts)
            try Validate.learningOffer(offer)
            for skill in offer.skills {
                guard let owner = try RowID.fetchOne(checks.db, sql: "SELECT profession_id FROM skill WHERE id = ?",
                                                     arguments: [skill.skillId]) else { continue }
                if let professionId = offer.professionId, owner != professionId {
                    throw StoreError.invalid(field: "Skill", reason: "skill \(skill.skillId) is another profession's skill")
                }
                if let scaleMax = try checks.scaleMax(skill: skill.skillId) {
                    try Validate.level(skill.level, scaleMax: scaleMax)
                }
            }
        }),
    ])

    /// The tables `scaleMax` reads.
    private static let scaleTables = [Skill.table, Profession.table]

    /// The record's text columns are each checked against their `FieldLimit` (`limitedTexts`)
    /// before `validate`.
    private static func rule<R: MappedRecord & SendableMetatype>(_ type: R.Type, reads: [String] = [],
                                              _ validate: @escaping @Sendable (R, RestoreChecks) throws -> Void)
        -> (String, Rule) {
        (R.table, Rule(keyColumns: R.keyColumns, reads: reads) { checks, key in
            // Decoding applies the stored forms (a date that is a calendar day, a known type).
            guard let record = try R.fetch(checks.db, key: key) else { return }
            try checkLimits(record.limitedTexts)
            try validate(record, checks)
        })
    }

    /// The first text over its `FieldLimit`, as damage to its column.
    private static func checkLimits(_ texts: [LimitedText]) throws {
        for limited in texts {
            if let problem = limited.limit.problem(limited.text) { throw StoredValueError(column: limited.column, reason: problem) }
        }
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

    /// A booking's plan has its line, its person is a member of the plan's profession, and the
    /// line's bookings loaded so far take no more than its places; nothing when the file lacks
    /// the plan (the foreign key check reports that).
    func bookable(_ b: Booking) throws {
        guard let professionId = try RowID.fetchOne(db, sql: "SELECT profession_id FROM development_plan WHERE id = ?",
                                                    arguments: [b.planId]) else { return }
        guard let places = try Int.fetchOne(db, sql: """
            SELECT SUM(places) FROM plan_line WHERE plan_id = ? AND skill_id = ? AND offer_id = ?
            """, arguments: [b.planId, b.skillId, b.offerId]) else {
            throw StoreError.invalid(field: "Line", reason: "plan \(b.planId) has no line for skill \(b.skillId) on offer \(b.offerId)")
        }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM staff_profession WHERE staff_id = ? AND profession_id = ?",
                                arguments: [b.staffId, professionId]) == true else {
            throw StoreError.invalid(field: "Staff member", reason: "staff \(b.staffId) is not a member of the plan's profession")
        }
        let taken = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM booking WHERE plan_id = ? AND skill_id = ? AND offer_id = ? AND status <> 'cancelled'
            """, arguments: [b.planId, b.skillId, b.offerId]) ?? 0
        guard taken <= places else {
            throw StoreError.invalid(field: "Places", reason: "\(taken) bookings on a line of \(places) places")
        }
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
