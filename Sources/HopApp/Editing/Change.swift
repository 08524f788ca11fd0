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
        }
    }

    /// The row version, for records that carry one.
    public var version: Int? {
        switch self {
        case .checklistEntry(let e): e.version
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
        case .maturityAssessment, .qualificationRequirements: nil
        }
    }

    func withVersion(_ version: Int) -> EditableRecord {
        switch self {
        case .checklistEntry(var e): e.version = version; return .checklistEntry(e)
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
        case .maturityAssessment, .qualificationRequirements: return self
        case .movement(var m): m.version = version; return .movement(m)
        case .departmentalLead(var l): l.version = version; return .departmentalLead(l)
        case .seminarSettings(var s): s.version = version; return .seminarSettings(s)
        }
    }
}

/// One write the app asks the store for. Each case is an intention the store has a
/// transactional write for; each has an inverse, which is how undo works.
public enum Change: Hashable, Sendable {
    /// Inserts (version 0) or updates (at `version`, the version read) a checklist entry.
    case saveChecklistEntry(ChecklistEntry)
    /// Appends a maturity assessment to the history.
    case addMaturityAssessment(MaturityAssessment)
    /// Withdraws one maturity assessment (only undo asks for this).
    case removeMaturityAssessment(MaturityAssessment)
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

    /// One line for the footer and the undo message, naming the record and what it became.
    public func summary(_ framework: Framework) -> String {
        switch self {
        case .saveChecklistEntry(let e):
            var parts = [e.status.label]
            if !e.owner.isEmpty { parts.append("owner " + e.owner) }
            if let due = e.due { parts.append("due " + due.iso) }
            return "checklist item \(e.itemId): " + parts.joined(separator: ", ")
        case .addMaturityAssessment(let a):
            return "maturity of \(framework.area(a.area)?.shortName ?? "area \(a.area)") assessed at L\(a.level)"
        case .removeMaturityAssessment(let a):
            return "maturity assessment of \(framework.area(a.area)?.shortName ?? "area \(a.area)") at L\(a.level) withdrawn"
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

/// A change the store has committed: what was there before, what is there now.
public struct AppliedChange: Hashable, Sendable {
    public var change: Change
    public var before: EditableRecord?
    /// As saved (with its new version); nil after a removal.
    public var after: EditableRecord?
    public var origin: SaveOrigin

    public init(change: Change, before: EditableRecord?, after: EditableRecord?, origin: SaveOrigin) {
        self.change = change; self.before = before; self.after = after; self.origin = origin
    }

    /// The write that puts things back as they were, made at the version this change left, so
    /// that undoing over someone else's later edit is a conflict, not an overwrite. nil only
    /// for the changes `Change.isUndoable` says so of before they are made (or when the store
    /// did not return what the change says it saves).
    public var inverse: Change? {
        switch change {
        case .saveChecklistEntry:
            guard case .checklistEntry(var old)? = before, case .checklistEntry(let saved)? = after else { return nil }
            old.version = saved.version
            return .saveChecklistEntry(old)
        case .addMaturityAssessment:
            guard case .maturityAssessment(let saved)? = after else { return nil }
            return .removeMaturityAssessment(saved)
        case .removeMaturityAssessment(var removed):
            removed.id = 0
            return .addMaturityAssessment(removed)
        case .saveSkill:
            guard case .skill(let saved, let newLevels)? = after else { return nil }
            guard case .skill(var old, let oldLevels)? = before else { return .deleteSkill(saved) }
            old.version = saved.version
            // Every grade the change touched goes back to its old level (0 where none was set).
            let grades = Set(oldLevels.map(\.gradeId)).union(newLevels.map(\.gradeId)).sorted()
            let levels = grades.map { grade in
                SkillRequirement(skillId: saved.id, gradeId: grade, level: oldLevels.first { $0.gradeId == grade }?.level ?? 0)
            }
            return .saveSkill(old, requirements: levels)
        case .saveStaff:
            guard case .staff(var old)? = before, case .staff(let saved)? = after else { return nil }
            old.version = saved.version
            return .saveStaff(old)
        case .addStaff:
            guard case .staff(let saved)? = after else { return nil }
            return .deleteStaff(saved)
        case .saveProfession:
            guard case .profession(let saved)? = after else { return nil }
            guard case .profession(var old)? = before else {
                return .deleteProfession(id: saved.id, version: saved.version, name: saved.name)
            }
            old.version = saved.version
            return .saveProfession(old)
        case .saveCPDRequirement:
            guard case .cpdRequirement(let saved)? = after else { return nil }
            guard case .cpdRequirement(var old)? = before else { return .deleteCPDRequirement(saved) }
            old.version = saved.version
            return .saveCPDRequirement(old)
        case .deleteCPDRequirement(var removed):
            removed.version = 0
            return .saveCPDRequirement(removed)
        // A person's own records: nothing depends on them, so a delete is undone by adding again.
        case .saveAssessment:
            guard case .assessment(let saved)? = after else { return nil }
            guard case .assessment(var old)? = before else { return .deleteAssessment(saved) }
            old.version = saved.version
            return .saveAssessment(old)
        case .deleteAssessment(var removed):
            removed.id = 0; removed.version = 0
            return .saveAssessment(removed)
        case .saveCPDActivity:
            guard case .cpdActivity(let saved)? = after else { return nil }
            guard case .cpdActivity(var old)? = before else { return .deleteCPDActivity(saved) }
            old.version = saved.version
            return .saveCPDActivity(old)
        case .deleteCPDActivity(var removed):
            removed.id = 0; removed.version = 0
            return .saveCPDActivity(removed)
        case .saveQualification:
            guard case .qualificationHeld(let saved)? = after else { return nil }
            guard case .qualificationHeld(var old)? = before else { return .deleteQualification(saved) }
            old.version = saved.version
            return .saveQualification(old)
        case .deleteQualification(var removed):
            removed.id = 0; removed.version = 0
            return .saveQualification(removed)
        case .setQualificationRequirements(let id, let new, let old):
            return .setQualificationRequirements(professionId: id, old, expected: new)
        case .saveDepartment:
            guard case .department(let saved)? = after else { return nil }
            guard case .department(var old)? = before else { return .deleteDepartment(saved) }
            old.version = saved.version
            return .saveDepartment(old)
        case .deleteDepartment(var removed):
            removed.id = 0; removed.version = 0
            return .saveDepartment(removed)
        case .saveGrade:
            guard case .grade(let saved)? = after else { return nil }
            guard case .grade(var old)? = before else { return .deleteGrade(saved) }
            old.version = saved.version
            return .saveGrade(old)
        case .setMemberships:
            guard case .memberships(_, let old)? = before, case .memberships(let saved, _)? = after else { return nil }
            return .setMemberships(saved, old)
        case .saveMovement:
            guard case .movement(let saved)? = after else { return nil }
            guard case .movement(var old)? = before else { return .deleteMovement(saved) }
            old.version = saved.version
            return .saveMovement(old)
        case .deleteMovement(var removed):
            removed.id = 0; removed.version = 0
            return .saveMovement(removed)
        case .saveDepartmentalLead:
            guard case .departmentalLead(let saved)? = after else { return nil }
            guard case .departmentalLead(var old)? = before else { return .deleteDepartmentalLead(saved) }
            old.version = saved.version
            return .saveDepartmentalLead(old)
        case .deleteDepartmentalLead(var removed):
            removed.id = 0; removed.version = 0
            return .saveDepartmentalLead(removed)
        case .saveSeminarSettings:
            guard case .seminarSettings(var old)? = before, case .seminarSettings(let saved)? = after else { return nil }
            old.version = saved.version
            return .saveSeminarSettings(old)
        case .deleteSkill, .deleteStaff, .deleteProfession, .deleteGrade:
            return nil
        }
    }
}

extension Change {
    /// Whether `u` can put this change back, known before it is made: deletes that take
    /// other records with them (a skill's assessments, a member's records, a profession's
    /// history, a grade's requirements) cannot be, and their questions say so.
    public var isUndoable: Bool {
        switch self {
        case .deleteSkill, .deleteStaff, .deleteProfession, .deleteGrade: false
        default: true
        }
    }
}

/// Why the store did not apply a change.
public enum SaveError: Error, Hashable, Sendable {
    /// The record changed (or went, `current == nil`) since it was read.
    case conflict(current: EditableRecord?)
    /// Anything else: the message says what, in plain words (disk full, read-only, gone...).
    case failed(String)
}
