import HopModel

/// One write the app asks the store for. Each case is an intention the store has a
/// transactional write for; each has an inverse (`AppliedChange.inverse`, which is how undo
/// works) unless `isUndoable` says beforehand that it has none.
public enum Change: Hashable, Sendable {
    /// Inserts (version 0) or updates (at `version`, the version read) a checklist entry.
    case saveChecklistEntry(ChecklistEntry)
    /// Adds (id 0) a maturity assessment to the history, or corrects one at its version.
    case saveMaturityAssessment(MaturityAssessment)
    /// Deletes one maturity assessment (entered by mistake, or undo taking back one added).
    case deleteMaturityAssessment(MaturityAssessment)
    /// Inserts (id 0) or updates a skill at its version, with the levels it requires at the
    /// listed grades, in one transaction.
    case saveSkill(Skill, requirements: [SkillRequirement])
    /// Deletes a skill, its requirements and every assessment of it (not undoable: the
    /// assessments cannot be put back by a later write).
    case deleteSkill(Skill)
    /// Updates a staff member at their version (number, name, grade, department, post).
    case saveStaff(StaffMember)
    /// Adds a staff member as a member (primary) of a profession.
    case addStaff(StaffMember, professionId: RowID)
    /// Deletes a staff member with their memberships and records (not undoable).
    case deleteStaff(StaffMember)
    /// Adds (id 0) or updates a profession's details at its version.
    case saveProfession(Profession)
    /// Deletes a profession with its skills, assessments of them, checklist, maturity history,
    /// requirements and memberships; the staff stay (not undoable).
    case deleteProfession(id: RowID, version: Int, name: String)
    /// Sets a profession's CPD requirement (version 0 creates it).
    case saveCPDRequirement(CPDRequirement)
    /// Removes a profession's CPD requirement (only undo asks for this).
    case deleteCPDRequirement(CPDRequirement)
    /// Adds (id 0) or updates a skill assessment.
    case saveAssessment(SkillAssessment)
    case deleteAssessment(SkillAssessment)
    /// Adds (id 0) or updates a CPD activity.
    case saveCPDActivity(CPDActivity)
    case deleteCPDActivity(CPDActivity)
    /// Adds (id 0) or updates a qualification held.
    case saveQualification(QualificationHeld)
    case deleteQualification(QualificationHeld)
    /// Replaces a profession's mandatory qualifications, provided the store still holds `expected`.
    case setQualificationRequirements(professionId: RowID, [QualificationRequirement], expected: [QualificationRequirement])
    /// Adds (id 0) or updates a department at its version.
    case saveDepartment(Department)
    /// Deletes a department nobody belongs to.
    case deleteDepartment(Department)
    /// Adds (id 0) or updates a grade at its version.
    case saveGrade(Grade)
    /// Deletes a grade nobody holds, with the levels and qualifications required at it (not undoable).
    case deleteGrade(Grade)
    /// Replaces a member's professions, at the member's version.
    case setMemberships(StaffMember, [StaffProfession])
    /// Adds (id 0) or updates a staff member's movement.
    case saveMovement(Movement)
    case deleteMovement(Movement)
    /// Adds (id 0) or updates a profession's lead in a department.
    case saveDepartmentalLead(DepartmentalLead)
    case deleteDepartmentalLead(DepartmentalLead)
    /// Replaces the seminar plan's number of groups and pins, at its version.
    case saveSeminarSettings(SeminarSettings)
    /// Adds (id 0) or updates a business-critical post with its successors, at its version.
    case saveCriticalPost(CriticalPost)
    case deleteCriticalPost(CriticalPost)
    /// Marks (id 0) or corrects a forum or seminar date.
    case saveForumDate(ForumDate)
    case deleteForumDate(ForumDate)
    /// Adds (id 0) or updates one person's follow-up.
    case saveFollowUp(FollowUp)
    case deleteFollowUp(FollowUp)
    /// Records a follow-up (`template`, its staff id 0) for everyone on `list` as it is now.
    case markListFollowedUp(PeopleQuery, template: FollowUp)
    /// Takes back every follow-up one mark of a list wrote (only undo asks for this).
    case deleteFollowUps(FollowUpBatch)
    /// Adds (id 0) or updates a learning offer with its skills, at its version.
    case saveLearningOffer(LearningOffer)
    case deleteLearningOffer(LearningOffer)
    /// Adds (id 0) or updates a profession's development plan for a year with its lines, at its version.
    case saveDevelopmentPlan(DevelopmentPlan)
    case deleteDevelopmentPlan(DevelopmentPlan)
    /// Books a person on a plan's line (id 0), or changes a booking's day or its status between
    /// booked and cancelled, at its version.
    case saveBooking(Booking)
    /// Deletes a booking that is not completed (only undo asks for this).
    case deleteBooking(Booking)
    /// Marks a booking completed on a day, logging its offer as the person's CPD activity in the
    /// same write; `level`: what the offer brings a learner to, which the re-assessment offered
    /// next proposes (nil: no re-assessment is offered).
    case completeBooking(Booking, on: Day, level: Int?)
    /// Takes a completion back with the CPD activity it logged (only undo asks for this).
    case reopenBooking(Booking)
    /// Books everyone on a plan line's list (`PeopleQuery.bookingLine`) not on the line yet, in
    /// the list's order, on a day, until the line's places are taken.
    case bookList(PeopleQuery, date: Day)
    /// Takes back every booking one booking of a list made (only undo asks for this).
    case deleteBookings(BookingBatch)

    /// One line for the footer and the undo message, naming the record and what it became.
    public func summary(_ framework: Framework) -> String {
        switch self {
        case .saveChecklistEntry(let e):
            var parts = [e.status.label]
            if !e.owner.isEmpty { parts.append("owner " + e.owner) }
            if let due = e.due { parts.append("due " + due.iso) }
            return "checklist item \(e.itemId): " + parts.joined(separator: ", ")
        case .saveMaturityAssessment(let a):
            let area = framework.area(a.area)?.shortName ?? "area \(a.area)"
            return a.id == 0 ? "maturity of \(area) assessed at L\(a.level)"
                : "maturity of \(area) of \(a.date.iso) corrected: L\(a.level)"
        case .deleteMaturityAssessment(let a):
            return "maturity assessment of \(framework.area(a.area)?.shortName ?? "area \(a.area)") at L\(a.level) of \(a.date.iso) deleted"
        case .saveSkill(let skill, let requirements):
            let required = requirements.filter { $0.level > 0 }.count
            return "skill \"\(skill.name)\", required at \(required) grade\(required == 1 ? "" : "s")"
        case .deleteSkill(let skill):
            return "skill \"\(skill.name)\" deleted"
        case .saveStaff(let member):
            return "staff member \(member.staffNumber)"
        case .addStaff(let member, _):
            return "new member \(member.staffNumber) \(member.name)"
        case .deleteStaff(let member):
            return "staff member \(member.staffNumber) deleted"
        case .saveProfession(let p):
            return "profession \(p.code) \(p.name)"
        case .deleteProfession(_, _, let name):
            return "profession \(name) deleted"
        case .saveCPDRequirement(let r):
            return "CPD requirement: \(r.hoursPerCycle) hours per cycle"
        case .deleteCPDRequirement:
            return "CPD requirement removed"
        case .saveAssessment(let a):
            return "skill assessment at L\(a.level) on \(a.date.iso)"
        case .deleteAssessment(let a):
            return "skill assessment of \(a.date.iso) deleted"
        case .saveCPDActivity(let a):
            return "CPD activity \"\(a.title)\""
        case .deleteCPDActivity(let a):
            return "CPD activity \"\(a.title)\" deleted"
        case .saveQualification(let q):
            return "qualification \"\(q.qualification)\""
        case .setQualificationRequirements(_, let list, _):
            return "\(list.count) mandatory qualification\(list.count == 1 ? "" : "s") by grade"
        case .deleteQualification(let q):
            return "qualification \"\(q.qualification)\" deleted"
        case .saveDepartment(let d):
            return "department \(d.code) \(d.name)"
        case .deleteDepartment(let d):
            return "department \(d.code) deleted"
        case .saveGrade(let g):
            return "grade \(g.code) \(g.name), rank \(g.rank)"
        case .deleteGrade(let g):
            return "grade \(g.code) deleted"
        case .setMemberships(let m, let list):
            return "\(m.staffNumber) belongs to \(list.count) profession\(list.count == 1 ? "" : "s")"
        case .saveMovement(let m):
            return "movement: \(m.type.label.lowercased()) from \(m.start.iso)"
        case .deleteMovement(let m):
            return "movement of \(m.start.iso) (\(m.type.label.lowercased())) deleted"
        case .saveDepartmentalLead(let l):
            return "departmental lead \(l.name)"
        case .deleteDepartmentalLead(let l):
            return "departmental lead \(l.name) deleted"
        case .saveSeminarSettings(let s):
            return "seminar plan: \(s.groups) groups, \(s.locks.count) pinned"
        case .saveCriticalPost(let p):
            return "critical post \"\(p.title)\", \(p.successors.count) successor\(p.successors.count == 1 ? "" : "s")"
        case .deleteCriticalPost(let p):
            return "critical post \"\(p.title)\" deleted"
        case .saveForumDate(let f):
            return "forum date \(f.label)"
        case .deleteForumDate(let f):
            return "forum date \(f.label) deleted"
        case .saveFollowUp(let f):
            return "follow-up \"\(f.reason)\" of \(f.date.iso)"
        case .deleteFollowUp(let f):
            return "follow-up \"\(f.reason)\" of \(f.date.iso) deleted"
        case .markListFollowedUp(let query, let f):
            return "follow-up \"\(f.reason)\" of \(f.date.iso) for everyone on \(query.criterion.text)"
        case .deleteFollowUps(let batch):
            return "\(batch.count) follow-up\(batch.count == 1 ? "" : "s") \"\(batch.template.reason)\" of \(batch.template.date.iso) deleted"
        case .saveLearningOffer(let o):
            return "learning offer \"\(o.title)\", \(LearningOffer.pounds(o.costPence)) a place, \(o.places) places"
        case .deleteLearningOffer(let o):
            return "learning offer \"\(o.title)\" deleted"
        case .saveDevelopmentPlan(let p):
            return "development plan \(DevelopmentPlan.yearLabel(p.year)), \(p.lines.count) line\(p.lines.count == 1 ? "" : "s")"
        case .deleteDevelopmentPlan(let p):
            return "development plan \(DevelopmentPlan.yearLabel(p.year)) deleted"
        case .saveBooking(let b):
            return "booking \(b.text)"
        case .deleteBooking(let b):
            return "booking of \(b.booked.iso) deleted"
        case .completeBooking(_, let date, _):
            return "booking completed on \(date.iso), its CPD activity logged"
        case .reopenBooking:
            return "booking not completed, the CPD activity its completion logged removed"
        case .bookList(let query, let date):
            return "booking of everyone on \(query.criterion.text) on \(date.iso)"
        case .deleteBookings(let batch):
            return "booking of \(batch.people) on \(batch.lineName) taken back"
        }
    }
}

/// Where a save was asked for, so that its result goes back to the right place.
public enum SaveOrigin: Hashable, Sendable {
    /// An open form: success closes it, failure keeps it open with what was typed.
    case form
    /// A one-key action (space on the checklist).
    case quick
    /// `u`: putting back an earlier change.
    case undo
}


/// Why the store did not apply a change.
public enum SaveError: Error, Hashable, Sendable {
    /// The record changed (or went, `current == nil`) since it was read.
    case conflict(current: EditableRecord?)
    /// Anything else: the message says what, in plain words (disk full, read-only, gone...).
    case failed(String)
}
