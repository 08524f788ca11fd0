import HopModel

/// The rules each kind of record follows, whole: what the store's writes check before saving
/// one, and what a restore checks in every row of a file (`Store.restore(fromJSON:to:)`).
/// References (a grade, a skill) are the writes' own checks; a restore checks them all at the
/// end with SQLite's foreign key check.
extension Validate {
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
