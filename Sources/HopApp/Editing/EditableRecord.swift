import HopModel

/// A record the app can edit, as read from or saved to the store.
public enum EditableRecord: Hashable, Sendable {
    case checklistEntry(ChecklistEntry)
    case maturityAssessment(MaturityAssessment)
    /// A skill with the levels it requires per grade.
    case skill(Skill, requirements: [SkillRequirement])
    case staff(StaffMember)
    case profession(Profession)
    case cpdRequirement(CPDRequirement)
    case assessment(SkillAssessment)
    case cpdActivity(CPDActivity)
    case qualificationHeld(QualificationHeld)
    case department(Department)
    case grade(Grade)
    /// A member's professions; they share the member's row version.
    case memberships(StaffMember, [StaffProfession])
    /// The qualifications a profession makes mandatory, per grade (checked as a whole: no version).
    case qualificationRequirements(professionId: RowID, [QualificationRequirement])
    case movement(Movement)
    case departmentalLead(DepartmentalLead)
    case seminarSettings(SeminarSettings)
    /// A business-critical post with its successors.
    case criticalPost(CriticalPost)
    case forumDate(ForumDate)
    case followUp(FollowUp)
    /// The follow-ups one mark of a whole list wrote.
    case followUpBatch(FollowUpBatch)
    /// A learning offer with its skills.
    case learningOffer(LearningOffer)
    /// A profession's development plan for a year with its lines.
    case developmentPlan(DevelopmentPlan)
    /// A person booked on a line of a development plan.
    case booking(Booking)
    /// The bookings one booking of a whole list made.
    case bookingBatch(BookingBatch)

    /// Which record this is, whatever its values and version.
    public var identity: String {
        switch self {
        case .checklistEntry(let e): "checklist_entry \(e.professionId) \(e.itemId)"
        case .maturityAssessment(let a): "maturity_assessment \(a.id)"
        case .skill(let k, _): "skill \(k.id)"
        case .staff(let m): "staff \(m.id)"
        case .profession(let p): "profession \(p.id)"
        case .cpdRequirement(let r): "cpd_requirement \(r.professionId)"
        case .assessment(let a): "assessment \(a.id)"
        case .cpdActivity(let a): "cpd_activity \(a.id)"
        case .qualificationHeld(let q): "qualification_held \(q.id)"
        case .department(let d): "department \(d.id)"
        case .grade(let g): "grade \(g.id)"
        case .memberships(let m, _): "staff \(m.id)"
        case .qualificationRequirements(let id, _): "qualification_requirement \(id)"
        case .movement(let m): "movement \(m.id)"
        case .departmentalLead(let l): "departmental_lead \(l.id)"
        case .seminarSettings: "seminar_setting 1"
        case .criticalPost(let p): "critical_post \(p.id)"
        case .forumDate(let f): "forum_date \(f.id)"
        case .followUp(let f): "follow_up \(f.id)"
        case .followUpBatch(let b): "follow_up \(b.firstId)-\(b.lastId)"
        case .learningOffer(let o): "learning_offer \(o.id)"
        case .developmentPlan(let p): "development_plan \(p.id)"
        case .booking(let b): "booking \(b.id)"
        case .bookingBatch(let b): "booking \(b.firstId)-\(b.lastId)"
        }
    }

    /// The row version, for records that carry one.
    public var version: Int? {
        switch self {
        case .checklistEntry(let e): e.version
        case .maturityAssessment(let a): a.version
        case .skill(let k, _): k.version
        case .staff(let m): m.version
        case .profession(let p): p.version
        case .cpdRequirement(let r): r.version
        case .assessment(let a): a.version
        case .cpdActivity(let a): a.version
        case .qualificationHeld(let q): q.version
        case .department(let d): d.version
        case .grade(let g): g.version
        case .memberships(let m, _): m.version
        case .movement(let m): m.version
        case .departmentalLead(let l): l.version
        case .seminarSettings(let s): s.version
        case .criticalPost(let p): p.version
        case .forumDate(let f): f.version
        case .followUp(let f): f.version
        case .followUpBatch: nil
        case .learningOffer(let o): o.version
        case .developmentPlan(let p): p.version
        case .booking(let b): b.version
        case .bookingBatch: nil
        case .qualificationRequirements: nil
        }
    }

    func withVersion(_ version: Int) -> EditableRecord {
        switch self {
        case .checklistEntry(var e): e.version = version; return .checklistEntry(e)
        case .maturityAssessment(var a): a.version = version; return .maturityAssessment(a)
        case .skill(var k, let requirements): k.version = version; return .skill(k, requirements: requirements)
        case .staff(var m): m.version = version; return .staff(m)
        case .profession(var p): p.version = version; return .profession(p)
        case .cpdRequirement(var r): r.version = version; return .cpdRequirement(r)
        case .assessment(var a): a.version = version; return .assessment(a)
        case .cpdActivity(var a): a.version = version; return .cpdActivity(a)
        case .qualificationHeld(var q): q.version = version; return .qualificationHeld(q)
        case .department(var d): d.version = version; return .department(d)
        case .grade(var g): g.version = version; return .grade(g)
        case .memberships(var m, let list): m.version = version; return .memberships(m, list)
        case .qualificationRequirements: return self
        case .movement(var m): m.version = version; return .movement(m)
        case .departmentalLead(var l): l.version = version; return .departmentalLead(l)
        case .seminarSettings(var s): s.version = version; return .seminarSettings(s)
        case .criticalPost(var p): p.version = version; return .criticalPost(p)
        case .forumDate(var f): f.version = version; return .forumDate(f)
        case .followUp(var f): f.version = version; return .followUp(f)
        case .followUpBatch: return self
        case .learningOffer(var o): o.version = version; return .learningOffer(o)
        case .developmentPlan(var p): p.version = version; return .developmentPlan(p)
        case .booking(var b): b.version = version; return .booking(b)
        case .bookingBatch: return self
        }
    }
}
