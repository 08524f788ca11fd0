import GRDB
import HopModel

// MARK: - Writes: staff and their records

// A write that touches a staff member's data subtracts that member's contribution to the
// summaries, applies the change and adds the contribution back (`Summary.maintaining`), in the
// same transaction. Changes are filed in the change log under the member's primary profession.

extension Store {
    /// Saves a staff member (id 0 to add one). A change of grade moves their counts in the
    /// summaries to the new grade; a change of the day they joined or of their working
    /// pattern moves their CPD to the share they now owe.
    public func saveStaff(_ staff: StaffMember, by user: String) throws(StoreError) -> StaffMember {
        try validated {
            try Validate.staff(staff)
        }
        return try write(by: user) { w in
            try w.requireGrade(staff.gradeId)
            try w.requireDepartment(staff.departmentId)
            try w.requireUnique(.staff, column: "staff_number", value: staff.staffNumber, exceptId: staff.id,
                                field: "staff number")
            let profession = try w.primaryProfession(ofStaff: staff.id)
            let stored = staff.id == 0 ? nil : try StaffMember.fetch(w.db, key: [staff.id])
            let gradeChanged = stored.map { $0.gradeId != staff.gradeId } ?? false
            let patternChanged = stored.map { $0.joinedProfession != staff.joinedProfession || $0.fte != staff.fte } ?? false
            let departmentChanged = stored.map { $0.departmentId != staff.departmentId } ?? false
            var summaries = (gradeChanged ? Summary.skills + Summary.qualifications : []) + (patternChanged ? Summary.cpd : [])
            if departmentChanged { summaries += Summary.departments.filter { !summaries.contains($0) } }
            let saved = try Summary.maintaining(summaries, forStaff: [staff.id], w.db) {
                try w.save(staff) { _ in profession }
            }
            // A new member of staff counts in their department's staff from now on.
            if staff.id == 0 { try Summary.departmentStaff.apply(sign: 1, .staff([saved.id]), w.db) }
            return saved
        }
    }

    /// Adds a staff member as a member of `professionId` (their primary profession) in one
    /// transaction, so that they appear in that profession's figures and members list at once.
    public func addStaff(_ staff: StaffMember, professionId: RowID, by user: String) throws(StoreError) -> StaffMember {
        try validated {
            try Validate.mustBeNew(staff.id, .staff)
            try Validate.staff(staff)
        }
        return try write(by: user) { w in
            try w.requireGrade(staff.gradeId)
            try w.requireDepartment(staff.departmentId)
            _ = try w.requireProfession(professionId)
            try w.requireUnique(.staff, column: "staff_number", value: staff.staffNumber, exceptId: 0, field: "staff number")
            let saved = try w.save(staff) { _ in professionId }
            try Summary.departmentStaff.apply(sign: 1, .staff([saved.id]), w.db)
            let membership = StaffProfession(staffId: saved.id, professionId: professionId, isPrimary: true)
            try Summary.maintaining(Summary.allCases, forStaff: [saved.id], w.db) { _ = try membership.insert(w.db) }
            try w.log(.staffProfession, recordId: String(saved.id), action: .replace, professionId: professionId,
                      before: "[]", after: LoggedJSON.array([membership]))
            return saved
        }
    }

    /// Replaces the professions a staff member belongs to: at most three, exactly one primary
    /// (or none). Membership is part of the staff record, so its version is checked and bumped.
    public func setStaffProfessions(staffId: RowID, expectedVersion: Int,
                                    _ memberships: [(professionId: RowID, isPrimary: Bool)],
                                    by user: String) throws(StoreError) -> StaffMember {
        try validated { try Validate.memberships(memberships) }
        let new = memberships.map { StaffProfession(staffId: staffId, professionId: $0.professionId, isPrimary: $0.isPrimary) }
        return try write(by: user) { w in
            var staff = try w.current(StaffMember.self, key: [staffId], expectedVersion: expectedVersion)
            for membership in new { _ = try w.requireProfession(membership.professionId) }
            let before = try StaffProfession.fetchAll(w.db, sql: """
                SELECT \(StaffProfession.selection) FROM staff_profession WHERE staff_id = ? ORDER BY profession_id
                """, arguments: [staffId])
            try Summary.maintaining(Summary.allCases, forStaff: [staffId], w.db) {
                try w.db.execute(sql: "DELETE FROM staff_profession WHERE staff_id = ?", arguments: [staffId])
                for membership in new { try membership.insert(w.db) }
            }
            try w.db.execute(sql: "UPDATE staff SET version = version + 1 WHERE id = ?", arguments: [staffId])
            staff.version += 1
            try w.log(.staffProfession, recordId: String(staffId), action: .replace,
                      professionId: new.first(where: \.isPrimary)?.professionId ?? before.first(where: \.isPrimary)?.professionId,
                      before: LoggedJSON.array(before), after: LoggedJSON.array(new))
            return staff
        }
    }

    /// Deletes a staff member with their memberships, assessments, CPD and qualifications. A
    /// critical post they hold becomes vacant and they leave the posts they were to succeed to,
    /// each post saved (a new version, change-logged) rather than changed behind its back.
    public func deleteStaff(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(StaffMember.self, key: [id], expectedVersion: expectedVersion)
            let profession = try w.primaryProfession(ofStaff: id)
            for var post in try CriticalPostRows.fetch(w.db, where: "holder_id = ? OR id IN (SELECT post_id FROM successor WHERE staff_id = ?)",
                                                       arguments: [id, id]) {
                if post.holderId == id { post.holderId = nil }
                post.successors.removeAll { $0.staffId == id }
                try w.saveCriticalPost(post)
            }
            try Summary.maintaining(Summary.allCases, forStaff: [id], w.db) {
                try w.delete(current, professionId: profession)
            }
        }
    }

    // MARK: Skill assessments

    public func addAssessment(_ assessment: SkillAssessment, by user: String) throws(StoreError) -> SkillAssessment {
        try validated { try Validate.mustBeNew(assessment.id, .assessment) }
        return try saveAssessment(assessment, by: user)
    }

    /// Saves changes to an assessment read at `assessment.version`.
    public func updateAssessment(_ assessment: SkillAssessment, by user: String) throws(StoreError) -> SkillAssessment {
        try validated { try Validate.mustBeSaved(assessment.id, .assessment) }
        return try saveAssessment(assessment, by: user)
    }

    private func saveAssessment(_ assessment: SkillAssessment, by user: String) throws(StoreError) -> SkillAssessment {
        try write(by: user) { w in
            try w.requireStaff(assessment.staffId)
            let (skill, scaleMax) = try w.requireSkill(assessment.skillId)
            try Validate.assessment(assessment, scaleMax: scaleMax)
            var staff = [assessment.staffId]
            if assessment.id != 0 {
                let current = try w.current(SkillAssessment.self, key: [assessment.id], expectedVersion: assessment.version)
                if current.staffId != assessment.staffId { staff.append(current.staffId) }
            }
            return try Summary.maintaining(Summary.skills, forStaff: staff, w.db) {
                try w.save(assessment) { _ in skill.professionId }
            }
        }
    }

    public func deleteAssessment(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(SkillAssessment.self, key: [id], expectedVersion: expectedVersion)
            let profession = try Skill.fetch(w.db, key: [current.skillId])?.professionId
            try Summary.maintaining(Summary.skills, forStaff: [current.staffId], w.db) {
                try w.delete(current, professionId: profession)
            }
        }
    }

    // MARK: CPD activities

    public func addCPDActivity(_ activity: CPDActivity, by user: String) throws(StoreError) -> CPDActivity {
        try validated { try Validate.mustBeNew(activity.id, .cpdActivity) }
        return try saveCPDActivity(activity, by: user)
    }

    /// Saves changes to a CPD activity read at `activity.version`.
    public func updateCPDActivity(_ activity: CPDActivity, by user: String) throws(StoreError) -> CPDActivity {
        try validated { try Validate.mustBeSaved(activity.id, .cpdActivity) }
        return try saveCPDActivity(activity, by: user)
    }

    private func saveCPDActivity(_ activity: CPDActivity, by user: String) throws(StoreError) -> CPDActivity {
        try validated {
            try Validate.cpdActivity(activity)
        }
        return try write(by: user) { w in try w.saveCPDActivity(activity) }
    }

    public func deleteCPDActivity(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in try w.deleteCPDActivity(id: id, expectedVersion: expectedVersion) }
    }

    // MARK: Qualifications held

    public func addQualificationHeld(_ qualification: QualificationHeld, by user: String) throws(StoreError) -> QualificationHeld {
        try validated { try Validate.mustBeNew(qualification.id, .qualificationHeld) }
        return try saveQualificationHeld(qualification, by: user)
    }

    /// Saves changes to a qualification record read at `qualification.version`.
    public func updateQualificationHeld(_ qualification: QualificationHeld, by user: String) throws(StoreError) -> QualificationHeld {
        try validated { try Validate.mustBeSaved(qualification.id, .qualificationHeld) }
        return try saveQualificationHeld(qualification, by: user)
    }

    private func saveQualificationHeld(_ qualification: QualificationHeld, by user: String) throws(StoreError) -> QualificationHeld {
        try validated { try Validate.qualificationHeld(qualification) }
        return try write(by: user) { w in
            try w.requireStaff(qualification.staffId)
            var staff = [qualification.staffId]
            if qualification.id != 0,
               let current = try QualificationHeld.fetch(w.db, key: [qualification.id]), current.staffId != qualification.staffId {
                staff.append(current.staffId)
            }
            let profession = try w.primaryProfession(ofStaff: qualification.staffId)
            return try Summary.maintaining(Summary.qualifications, forStaff: staff, w.db) {
                try w.save(qualification) { _ in profession }
            }
        }
    }

    public func deleteQualificationHeld(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(QualificationHeld.self, key: [id], expectedVersion: expectedVersion)
            let profession = try w.primaryProfession(ofStaff: current.staffId)
            try Summary.maintaining(Summary.qualifications, forStaff: [current.staffId], w.db) {
                try w.delete(current, professionId: profession)
            }
        }
    }
}

extension Validate {
    static let minutesInAYear = 366 * 24 * 60

    /// `update…` writes change saved records; a new one is created with `add…`.
    static func mustBeSaved(_ id: RowID, _ kind: RecordKind) throws {
        if id == 0 { throw StoreError.invalid(field: "Record", reason: "this \(kind.noun) is not saved yet") }
    }
}

extension WriteContext {
    /// The one write of a CPD activity by a person's records and a booking's completion:
    /// the record, its change-log entry and the CPD summaries of its person, in the caller's
    /// transaction. Checked by `Validate.cpdActivity` first.
    func saveCPDActivity(_ activity: CPDActivity) throws -> CPDActivity {
        try requireStaff(activity.staffId)
        var staff = [activity.staffId]
        if activity.id != 0 {
            let current = try current(CPDActivity.self, key: [activity.id], expectedVersion: activity.version)
            if current.staffId != activity.staffId { staff.append(current.staffId) }
        }
        let profession = try primaryProfession(ofStaff: activity.staffId)
        return try Summary.maintaining(Summary.cpd, forStaff: staff, db) {
            try save(activity) { _ in profession }
        }
    }

    /// Deletes a CPD activity read at `expectedVersion`, keeping its person's CPD summaries.
    func deleteCPDActivity(id: RowID, expectedVersion: Int) throws {
        let current = try current(CPDActivity.self, key: [id], expectedVersion: expectedVersion)
        let profession = try primaryProfession(ofStaff: current.staffId)
        try Summary.maintaining(Summary.cpd, forStaff: [current.staffId], db) {
            try delete(current, professionId: profession)
        }
    }
}
