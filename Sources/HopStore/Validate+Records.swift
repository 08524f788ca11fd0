import HopModel

/// The rules each kind of record follows, whole: what the store's writes check before saving
/// one, and what a restore checks in every row of a file (`Store.restore(fromJSON:to:)`).
/// References (a grade, a skill) are the writes' own checks; a restore checks them all at the
/// end with SQLite's foreign key check.
extension Validate {
    /// Each of the record's texts within its field's limit (`FieldLimit`), the limit forms,
    /// imports and restores hold them to: a write of a longer value is refused, naming the
    /// field. A longer value the record already holds (`stored`, saved before these limits) is
    /// kept while it is left as it is, as a form keeps a field the user did not change.
    static func limits<R: MappedRecord>(_ record: R, stored: R? = nil) throws {
        try limits(record.limitedTexts, kept: stored?.limitedTexts ?? [])
    }

    /// A critical post's successor (part of the post's record, not a record of its own).
    static func limits(_ successor: Successor, stored: Successor?) throws {
        try limits(successor.limitedTexts, kept: stored?.limitedTexts ?? [])
    }

    private static func limits(_ texts: [LimitedText], kept: [LimitedText]) throws {
        for limited in texts {
            guard let excess = limited.limit.excess(limited.text),
                  !kept.contains(where: { $0.column == limited.column && $0.text == limited.text }) else { continue }
            throw StoreError.invalid(field: limited.limit.field, reason: excess)
        }
    }

    static func department(_ d: Department) throws {
        try notBlank(d.code, "Department code")
        try notBlank(d.name, "Department name")
    }

    static func grade(_ g: Grade) throws {
        try notBlank(g.code, "Grade code")
        try notBlank(g.name, "Grade name")
    }

    static func profession(_ p: Profession) throws {
        try notBlank(p.code, "Profession code")
        try notBlank(p.name, "Profession name")
        try scale(p.scaleLabels)
        try contact(email: p.headEmail, phone: p.headPhone)
    }

    static func skill(_ s: Skill) throws {
        try notBlank(s.name, "Skill name")
    }

    /// `scaleMax`: the scale of the skill's profession.
    static func skillRequirement(_ r: SkillRequirement, scaleMax: Int) throws {
        try level(r.level, scaleMax: scaleMax, allowingZero: true, "Required level")
    }

    static func staff(_ s: StaffMember) throws {
        try notBlank(s.staffNumber, "Staff number")
        try notBlank(s.name, "Name")
    }

    /// `scaleMax`: the scale of the assessed skill's profession.
    static func assessment(_ a: SkillAssessment, scaleMax: Int) throws {
        try level(a.level, scaleMax: scaleMax)
    }

    static func cpdRequirement(_ r: CPDRequirement) throws {
        try range(r.hoursPerCycle, 0...10_000, "Hours per cycle")
        try range(r.cycleStartMonth, 1...12, "Cycle start month")
    }

    static func qualificationRequirement(_ r: QualificationRequirement) throws {
        try notBlank(r.qualification, "Qualification")
    }

    static func cpdActivity(_ a: CPDActivity) throws {
        try range(a.minutes, 1...minutesInAYear, "Minutes")
        try notBlank(a.title, "Title")
    }

    static func qualificationHeld(_ q: QualificationHeld) throws {
        try notBlank(q.qualification, "Qualification")
        if let expires = q.expires, expires < q.date {
            throw StoreError.invalid(field: "Expires", reason: "before the day it was gained")
        }
    }

    static func checklistEntry(_ e: ChecklistEntry) throws {
        try checklistItem(e.itemId)
    }

    static func maturityAssessment(_ m: MaturityAssessment) throws {
        try range(m.area, 1...5, "Area")
        try range(m.level, 1...5, "Maturity level")
        try notBlank(m.assessor, "Assessor")
    }

    static func departmentalLead(_ l: DepartmentalLead) throws {
        try notBlank(l.name, "Name")
        try contact(email: l.email, phone: l.phone)
    }
}

// The text columns of each record with their limits: what `Validate.limits` checks on every
// write and a restore checks in every row (naming the row's JSON path and column).

extension Department {
    var limitedTexts: [LimitedText] { [LimitedText("code", code, .code), LimitedText("name", name, .departmentName)] }
}

extension Grade {
    var limitedTexts: [LimitedText] { [LimitedText("code", code, .code), LimitedText("name", name, .gradeName)] }
}

extension Profession {
    var limitedTexts: [LimitedText] {
        [LimitedText("code", code, .code), LimitedText("name", name, .professionName), LimitedText("head_name", headName, .headName),
         LimitedText("head_email", headEmail, .email), LimitedText("head_phone", headPhone, .phone)]
            + scaleLabels.map { LimitedText("scale_labels", $0, .levelName) }
    }
}

extension Skill {
    var limitedTexts: [LimitedText] { [LimitedText("name", name, .skillName)] }
}

extension StaffMember {
    var limitedTexts: [LimitedText] {
        [LimitedText("staff_number", staffNumber, .staffNumber), LimitedText("name", name, .staffName), LimitedText("post", post, .post)]
    }
}

extension QualificationRequirement {
    var limitedTexts: [LimitedText] { [LimitedText("qualification", qualification, .qualification)] }
}

extension CPDActivity {
    var limitedTexts: [LimitedText] { [LimitedText("title", title, .cpdTitle), LimitedText("note", note, .note)] }
}

extension QualificationHeld {
    var limitedTexts: [LimitedText] { [LimitedText("qualification", qualification, .qualification)] }
}

extension ChecklistEntry {
    var limitedTexts: [LimitedText] { [LimitedText("owner", owner, .checklistOwner), LimitedText("evidence", evidence, .note)] }
}

extension MaturityAssessment {
    var limitedTexts: [LimitedText] { [LimitedText("assessor", assessor, .assessor), LimitedText("rationale", rationale, .note)] }
}

extension Movement {
    var limitedTexts: [LimitedText] {
        [LimitedText("from_post", fromPost, .movementPost), LimitedText("to_post", toPost, .movementPost),
         LimitedText("organisation", organisation, .organisation), LimitedText("note", note, .note)]
    }
}

extension DepartmentalLead {
    var limitedTexts: [LimitedText] {
        [LimitedText("name", name, .leadName), LimitedText("email", email, .email), LimitedText("phone", phone, .phone)]
    }
}

extension CriticalPost {
    /// The title; each successor's development action is a `successor` row's (`Successor.limitedTexts`).
    var limitedTexts: [LimitedText] { [LimitedText("title", title, .criticalPostTitle)] }
}

extension Successor {
    var limitedTexts: [LimitedText] { [LimitedText("action", action, .developmentAction)] }
}

extension LearningOffer {
    var limitedTexts: [LimitedText] {
        [LimitedText("title", title, .offerTitle), LimitedText("provider", provider, .offerProvider)]
    }
}
