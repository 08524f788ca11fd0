import HopModel

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
        case .saveMaturityAssessment:
            guard case .maturityAssessment(let saved)? = after else { return nil }
            guard case .maturityAssessment(var old)? = before else { return .deleteMaturityAssessment(saved) }
            old.version = saved.version
            return .saveMaturityAssessment(old)
        case .deleteMaturityAssessment(var removed):
            removed.id = 0; removed.version = 0
            return .saveMaturityAssessment(removed)
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
        case .saveCriticalPost:
            guard case .criticalPost(let saved)? = after else { return nil }
            guard case .criticalPost(var old)? = before else { return .deleteCriticalPost(saved) }
            old.version = saved.version
            return .saveCriticalPost(old)
        case .deleteCriticalPost(var removed):
            removed.id = 0; removed.version = 0
            return .saveCriticalPost(removed)
        case .saveForumDate:
            guard case .forumDate(let saved)? = after else { return nil }
            guard case .forumDate(var old)? = before else { return .deleteForumDate(saved) }
            old.version = saved.version
            return .saveForumDate(old)
        case .deleteForumDate(var removed):
            removed.id = 0; removed.version = 0
            return .saveForumDate(removed)
        case .saveFollowUp:
            guard case .followUp(let saved)? = after else { return nil }
            guard case .followUp(var old)? = before else { return .deleteFollowUp(saved) }
            old.version = saved.version
            return .saveFollowUp(old)
        case .deleteFollowUp(var removed):
            removed.id = 0; removed.version = 0
            return .saveFollowUp(removed)
        case .markListFollowedUp:
            guard case .followUpBatch(let batch)? = after else { return nil }
            return .deleteFollowUps(batch)
        case .saveLearningOffer:
            guard case .learningOffer(let saved)? = after else { return nil }
            guard case .learningOffer(var old)? = before else { return .deleteLearningOffer(saved) }
            old.version = saved.version
            return .saveLearningOffer(old)
        case .deleteLearningOffer(var removed):
            removed.id = 0; removed.version = 0
            return .saveLearningOffer(removed)
        case .saveDevelopmentPlan:
            guard case .developmentPlan(let saved)? = after else { return nil }
            guard case .developmentPlan(var old)? = before else { return .deleteDevelopmentPlan(saved) }
            old.version = saved.version
            return .saveDevelopmentPlan(old)
        case .deleteDevelopmentPlan(var removed):
            removed.id = 0; removed.version = 0
            return .saveDevelopmentPlan(removed)
        case .saveBooking:
            guard case .booking(let saved)? = after else { return nil }
            guard case .booking(var old)? = before else { return .deleteBooking(saved) }
            old.version = saved.version
            return .saveBooking(old)
        case .deleteBooking(var removed):
            removed.id = 0; removed.version = 0
            return .saveBooking(removed)
        case .completeBooking:
            guard case .booking(let saved)? = after else { return nil }
            return .reopenBooking(saved)
        case .reopenBooking:
            guard case .booking(let old)? = before, let completed = old.completed, case .booking(let saved)? = after else { return nil }
            return .completeBooking(saved, on: completed, level: nil)
        case .bookList:
            guard case .bookingBatch(let batch)? = after else { return nil }
            return .deleteBookings(batch)
        case .deleteSkill, .deleteStaff, .deleteProfession, .deleteGrade, .deleteFollowUps, .deleteBookings:
            return nil
        }
    }
}

extension AppliedChange {
    /// The bookings a booking of a whole list made, when that is what this change was.
    public var bookingBatch: BookingBatch? {
        guard case .bookList = change, case .bookingBatch(let batch)? = after else { return nil }
        return batch
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
