import GRDB
import HopModel

// MARK: - Writes: departments, grades, professions and what a profession sets

// Each write is one immediate transaction: validate, bump the version (refusing with
// `StoreError.conflict` if the record changed since the caller read it), keep the summaries
// exact, append to the change log, stamp `last_change`. A record's `version` is the version
// the caller read; a new record has id 0 and version 0. Each returns the record as saved.

extension Store {
    public func saveDepartment(_ department: Department, by user: String) throws(StoreError) -> Department {
        try validated {
            try Validate.department(department)
        }
        return try write(by: user) { w in
            try w.requireUnique(.department, column: "code", value: department.code, exceptId: department.id, field: "code")
            return try w.save(department) { _ in nil }
        }
    }

    /// Deletes a department nobody belongs to and no lead or movement names.
    public func deleteDepartment(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(Department.self, key: [id], expectedVersion: expectedVersion)
            let count = { (sql: String) in try Int.fetchOne(w.db, sql: sql, arguments: [id]) ?? 0 }
            let staff = try count("SELECT COUNT(*) FROM staff WHERE department_id = ?1")
            if staff > 0 {
                throw StoreError.invalid(field: "Department", reason:
                    "\(current.code) has \(staff) staff member\(staff == 1 ? "" : "s"); move them to another department first")
            }
            let leads = try count("SELECT COUNT(*) FROM departmental_lead WHERE department_id = ?1")
            let movements = try count("SELECT COUNT(*) FROM movement WHERE ?1 IN (from_department_id, to_department_id)")
            if leads + movements > 0 {
                throw StoreError.invalid(field: "Department", reason:
                    "\(current.code) is named by \(leads) departmental lead\(leads == 1 ? "" : "s") and \(movements) "
                    + "movement\(movements == 1 ? "" : "s"), which would lose their department; change those first")
            }
            let posts = try count("SELECT COUNT(*) FROM critical_post WHERE department_id = ?1")
            if posts > 0 {
                throw StoreError.invalid(field: "Department", reason:
                    "\(current.code) has \(posts) critical post\(posts == 1 ? "" : "s") on the succession register; "
                    + "move or remove them first")
            }
            try w.delete(current, professionId: nil)
        }
    }

    public func saveGrade(_ grade: Grade, by user: String) throws(StoreError) -> Grade {
        try validated {
            try Validate.grade(grade)
        }
        return try write(by: user) { w in
            try w.requireUnique(.grade, column: "code", value: grade.code, exceptId: grade.id, field: "code")
            if try Bool.fetchOne(w.db, sql: "SELECT 1 FROM grade WHERE rank = ? AND id <> ?",
                                 arguments: [grade.rank, grade.id]) == true {
                throw StoreError.duplicate(kind: .grade, field: "rank")
            }
            return try w.save(grade) { _ in nil }
        }
    }

    /// Deletes a grade no staff member holds, with the skill levels and qualifications that
    /// professions require at it (they mean nothing without the grade).
    public func deleteGrade(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(Grade.self, key: [id], expectedVersion: expectedVersion)
            let staff = try Int.fetchOne(w.db, sql: "SELECT COUNT(*) FROM staff WHERE grade_id = ?", arguments: [id]) ?? 0
            if staff > 0 {
                throw StoreError.invalid(field: "Grade", reason:
                    "\(staff) staff member\(staff == 1 ? " is" : "s are") at \(current.code); change their grade first")
            }
            let posts = try Int.fetchOne(w.db, sql: "SELECT COUNT(*) FROM critical_post WHERE grade_id = ?", arguments: [id]) ?? 0
            if posts > 0 {
                throw StoreError.invalid(field: "Grade", reason:
                    "\(posts) critical post\(posts == 1 ? " is" : "s are") at \(current.code); change their grade first")
            }
            let levels = try SkillRequirement.fetchAll(w.db, sql: """
                SELECT \(SkillRequirement.selection) FROM skill_requirement WHERE grade_id = ? ORDER BY skill_id
                """, arguments: [id])
            for level in levels {
                let profession = try RowID.fetchOne(w.db, sql: "SELECT profession_id FROM skill WHERE id = ?", arguments: [level.skillId])
                try w.delete(level, professionId: profession)
            }
            let qualifications = try QualificationRequirement.fetchAll(w.db, sql: """
                SELECT \(QualificationRequirement.selection) FROM qualification_requirement WHERE grade_id = ?
                ORDER BY profession_id, qualification
                """, arguments: [id])
            for qualification in qualifications { try w.delete(qualification, professionId: qualification.professionId) }
            try w.delete(current, professionId: nil)
        }
    }

    /// Saves a profession. Its scale cannot be shortened below a level already in use by an
    /// assessment or a requirement.
    public func saveProfession(_ profession: Profession, by user: String) throws(StoreError) -> Profession {
        try validated {
            try Validate.profession(profession)
        }
        return try write(by: user) { w in
            try w.requireUnique(.profession, column: "code", value: profession.code, exceptId: profession.id, field: "code")
            if profession.id != 0 {
                let highest = try Int.fetchOne(w.db, sql: """
                    SELECT MAX(level) FROM (
                        SELECT a.level FROM assessment a JOIN skill k ON k.id = a.skill_id WHERE k.profession_id = ?1
                        UNION ALL
                        SELECT r.level FROM skill_requirement r JOIN skill k ON k.id = r.skill_id WHERE k.profession_id = ?1)
                    """, arguments: [profession.id]) ?? 0
                if highest > profession.scaleMax {
                    throw StoreError.invalid(field: "Proficiency levels", reason:
                        "level \(highest) is in use, so the scale cannot have only \(profession.scaleMax) levels")
                }
            }
            return try w.save(profession) { $0.id }
        }
    }

    /// Deletes a profession with its skills, requirements, checklist, maturity history, leads and
    /// memberships (the staff themselves stay). Its summary rows go with it; other
    /// professions' summaries do not depend on it, but for their movement rows naming it. Members for whom it was the primary
    /// profession keep their others, the first of which becomes primary. Movements into or out
    /// of it stay, without that end, each change-logged (corporate memory keeps where they went).
    public func deleteProfession(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(Profession.self, key: [id], expectedVersion: expectedVersion)
            let movements = try Movement.fetchAll(w.db, sql: """
                SELECT \(Movement.selection) FROM movement WHERE ?1 IN (from_profession_id, to_profession_id) ORDER BY id
                """, arguments: [id])
            // The movement summary holds those movements with this end under their other
            // profession too: they are taken out here and put back without it at the end.
            let movers = Array(Set(movements.map(\.staffId))).sorted()
            try Summary.movements.apply(sign: -1, .staff(movers), w.db)

            let primaryHere = try RowID.fetchAll(w.db, sql: """
                SELECT staff_id FROM staff_profession WHERE profession_id = ? AND is_primary
                """, arguments: [id])
            try w.delete(current, professionId: id)
            try w.db.execute(sql: """
                UPDATE staff_profession SET is_primary = 1
                WHERE (staff_id, profession_id) IN (
                    SELECT staff_id, MIN(profession_id) FROM staff_profession
                    WHERE staff_id IN (SELECT value FROM json_each(?))
                    GROUP BY staff_id)
                """, arguments: [JSONList.encodeIDs(primaryHere)])
            // Its movements lose that end (the foreign key has already cleared it); their note
            // keeps which profession it was, and the change is filed under the person's
            // primary profession, as their other movements are.
            let named = "\(current.name) (\(current.code)), a profession since deleted"
            for before in movements {
                var after = before
                var sides: [String] = []
                if after.fromProfessionId == id { after.fromProfessionId = nil; sides.append("from") }
                if after.toProfessionId == id { after.toProfessionId = nil; sides.append("to") }
                after.note += (after.note.isEmpty ? "" : " ") + "(\(sides.joined(separator: " and ")) \(named))"
                try after.update(w.db)
                after.version += 1
                try w.log(.update, before: before, after: after, professionId: try w.primaryProfession(ofStaff: after.staffId))
            }
            try Summary.movements.apply(sign: 1, .staff(movers), w.db)
        }
    }

    // MARK: Skills

    /// Saves a skill. A skill stays in the profession it was created in.
    public func saveSkill(_ skill: Skill, by user: String) throws(StoreError) -> Skill {
        try saveSkill(skill, requirements: [], by: user)
    }

    /// Saves a skill and the levels it requires at some grades in one transaction (a form
    /// edits both at once). Grades not listed keep their requirement.
    public func saveSkill(_ skill: Skill, requirements: [(gradeId: RowID, level: Int)], by user: String) throws(StoreError) -> Skill {
        try validated { try Validate.skill(skill) }
        return try write(by: user) { w in
            _ = try w.requireProfession(skill.professionId)
            if skill.id != 0 {
                let current = try w.current(Skill.self, key: [skill.id], expectedVersion: skill.version)
                guard current.professionId == skill.professionId else {
                    throw StoreError.invalid(field: "Profession", reason: "a skill cannot move to another profession")
                }
            }
            try w.requireUnique(.skill, column: "name", value: skill.name, exceptId: skill.id, field: "name",
                                within: ("profession_id", skill.professionId))
            let saved = try w.save(skill) { $0.professionId }
            for requirement in requirements {
                try w.setSkillRequirement(skillId: saved.id, gradeId: requirement.gradeId, level: requirement.level)
            }
            return saved
        }
    }

    /// Sets the level a skill requires at a grade (0 = not required there).
    @discardableResult
    public func setSkillRequirement(skillId: RowID, gradeId: RowID, level: Int, by user: String) throws(StoreError) -> SkillRequirement {
        try write(by: user) { w in try w.setSkillRequirement(skillId: skillId, gradeId: gradeId, level: level) }
    }

    /// Deletes a skill with its requirements and every assessment of it.
    public func deleteSkill(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(Skill.self, key: [id], expectedVersion: expectedVersion)
            // Their "assessed" status in the profession may depend on this skill alone.
            let assessedStaff = try RowID.fetchAll(w.db, sql: "SELECT DISTINCT staff_id FROM assessment WHERE skill_id = ?",
                                                   arguments: [id])
            try Summary.maintaining(Summary.skills, forStaff: assessedStaff, w.db) {
                try w.delete(current, professionId: current.professionId)
            }
        }
    }

    // MARK: CPD and qualification requirements

    /// Saves a profession's CPD requirement (one per profession; version 0 to create it) and
    /// recomputes that profession's CPD summaries, whose cycles and counted types it defines.
    public func saveCPDRequirement(_ requirement: CPDRequirement, by user: String) throws(StoreError) -> CPDRequirement {
        try validated {
            try Validate.cpdRequirement(requirement)
        }
        return try write(by: user) { w in
            _ = try w.requireProfession(requirement.professionId)
            let saved = try w.save(requirement) { $0.professionId }
            try Summary.rebuild(w.db, Summary.cpd, profession: requirement.professionId)
            return saved
        }
    }

    public func deleteCPDRequirement(professionId: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(CPDRequirement.self, key: [professionId], expectedVersion: expectedVersion)
            try w.delete(current, professionId: professionId)
            try Summary.rebuild(w.db, Summary.cpd, profession: professionId)
        }
    }

    /// Replaces the qualifications a profession makes mandatory, grade by grade. These rows
    /// carry no version: a caller that read them passes what it read as `expected`, and if the
    /// store holds something else the write is refused as a conflict.
    @discardableResult
    public func setQualificationRequirements(professionId: RowID, _ requirements: [(gradeId: RowID, qualification: String)],
                                             expected: [QualificationRequirement]? = nil,
                                             by user: String) throws(StoreError) -> [QualificationRequirement] {
        let new = requirements.map {
            QualificationRequirement(professionId: professionId, gradeId: $0.gradeId, qualification: $0.qualification)
        }
        try validated {
            for requirement in new { try Validate.qualificationRequirement(requirement) }
            guard Set(new).count == new.count else {
                throw StoreError.invalid(field: "Qualifications", reason: "the same qualification is listed twice for a grade")
            }
        }
        return try write(by: user) { w in
            _ = try w.requireProfession(professionId)
            for requirement in new { try w.requireGrade(requirement.gradeId) }
            let select = "SELECT \(QualificationRequirement.selection) FROM qualification_requirement WHERE profession_id = ?"
            let before = try QualificationRequirement.fetchAll(w.db, sql: select + " ORDER BY grade_id, qualification",
                                                               arguments: [professionId])
            if let expected, Set(expected) != Set(before) {
                throw StoreError.conflict(kind: .qualificationRequirement, recordId: String(professionId), current: nil)
            }
            for requirement in new where !before.contains(requirement) { try Validate.limits(requirement) }
            try w.db.execute(sql: "DELETE FROM qualification_requirement WHERE profession_id = ?", arguments: [professionId])
            for requirement in new { try requirement.insert(w.db) }
            try Summary.rebuild(w.db, Summary.qualifications, profession: professionId)
            try w.log(.qualificationRequirement, recordId: String(professionId), action: .replace,
                      professionId: professionId, before: LoggedJSON.array(before), after: LoggedJSON.array(new))
            return new
        }
    }

    // MARK: Checklist and maturity

    /// Saves a profession's progress on a checklist item (version 0 for an item not yet
    /// recorded), stamping it as updated on `day`.
    public func saveChecklistEntry(_ entry: ChecklistEntry, on day: Day, by user: String) throws(StoreError) -> ChecklistEntry {
        try validated { try Validate.checklistEntry(entry) }
        var entry = entry
        entry.updated = day
        return try write(by: user) { [entry] w in
            _ = try w.requireProfession(entry.professionId)
            return try w.save(entry) { $0.professionId }
        }
    }

    /// Records a maturity self-assessment; each one is kept as history.
    public func addMaturityAssessment(_ assessment: MaturityAssessment, by user: String) throws(StoreError) -> MaturityAssessment {
        try validated { try Validate.mustBeNew(assessment.id, .maturityAssessment) }
        return try saveMaturityAssessment(assessment, by: user)
    }

    /// Corrects a maturity assessment read at `assessment.version` (one entered by mistake).
    /// It stays in its profession and area: a different area is a different assessment.
    public func updateMaturityAssessment(_ assessment: MaturityAssessment, by user: String) throws(StoreError) -> MaturityAssessment {
        try validated { try Validate.mustBeSaved(assessment.id, .maturityAssessment) }
        return try saveMaturityAssessment(assessment, by: user)
    }

    private func saveMaturityAssessment(_ assessment: MaturityAssessment, by user: String) throws(StoreError) -> MaturityAssessment {
        try validated { try Validate.maturityAssessment(assessment) }
        return try write(by: user) { w in
            _ = try w.requireProfession(assessment.professionId)
            if assessment.id != 0 {
                let current = try w.current(MaturityAssessment.self, key: [assessment.id], expectedVersion: assessment.version)
                guard current.professionId == assessment.professionId, current.area == assessment.area else {
                    throw StoreError.invalid(field: "Area", reason: "an assessment stays in the profession and area it was made for")
                }
            }
            return try w.save(assessment) { $0.professionId }
        }
    }

    /// Deletes one maturity assessment read at `expectedVersion` (one entered by mistake, or
    /// undo taking back one just added). The deletion is change-logged with the assessment as it
    /// was, so the history keeps a trace of it.
    public func deleteMaturityAssessment(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.current(MaturityAssessment.self, key: [id], expectedVersion: expectedVersion)
            try w.delete(current, professionId: current.professionId)
        }
    }

    /// Runs checks that need no database, keeping their `StoreError`.
    func validated(_ checks: () throws -> Void) throws(StoreError) {
        do { try checks() } catch { throw StoreError.wrapping(error, path: path) }
    }
}

extension WriteContext {
    @discardableResult
    func setSkillRequirement(skillId: RowID, gradeId: RowID, level: Int) throws -> SkillRequirement {
        let (skill, scaleMax) = try requireSkill(skillId)
        try requireGrade(gradeId)
        let requirement = SkillRequirement(skillId: skillId, gradeId: gradeId, level: level)
        try Validate.skillRequirement(requirement, scaleMax: scaleMax)
        let current = try SkillRequirement.fetch(db, key: [skillId, gradeId])
        if current == requirement { return requirement }
        // Who is below the requirement changes only for those at the grade assessed on the skill.
        let concerned = try RowID.fetchAll(db, sql: """
            SELECT DISTINCT a.staff_id FROM assessment a JOIN staff s ON s.id = a.staff_id
            WHERE a.skill_id = ? AND s.grade_id = ? ORDER BY a.staff_id
            """, arguments: [skillId, gradeId])
        try Summary.maintaining([.below], forStaff: concerned, db) {
            if current == nil { try requirement.insert(db) } else { try requirement.update(db) }
        }
        try log(current == nil ? .insert : .update, before: current, after: requirement, professionId: skill.professionId)
        return requirement
    }
}

extension Validate {
    /// `add…` writes create records; an existing one is changed with `update…`.
    static func mustBeNew(_ id: RowID, _ kind: RecordKind) throws {
        if id != 0 { throw StoreError.invalid(field: "Record", reason: "this \(kind.noun) is already saved") }
    }
}

extension LoggedJSON {
    static func array<R: MappedRecord>(_ rows: [R]) -> String {
        "[" + rows.map(\.loggedJSON).joined(separator: ",") + "]"
    }
}
