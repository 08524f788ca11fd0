import Foundation
import HopApp
import HopModel
import HopStore
import Testing
import HopStoreAdapter

/// The app's changes through StoreAdapter into a real (in-memory) store: saved, change-logged
/// under the editing user, conflicts reported with what is stored now, undo as inverse writes.
@Suite struct StoreAdapterTests {
    let today = Day(iso: "2026-10-01")!

    func storeWithProfession() throws -> (Store, RowID) {
        let store = try Store.inMemory()
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: "setup")
        return (store, profession.id)
    }

    @Test func checklistSaveIsStoredStampedAndLoggedUnderTheUser() throws {
        let (store, pid) = try storeWithProfession()
        let adapter = StoreAdapter(store, user: "jo.editor")
        let entry = ChecklistEntry(professionId: pid, itemId: "C02", status: .done, owner: "Kim", evidence: "Board paper")
        let saved = try adapter.apply(.saveChecklistEntry(entry), today: today)
        guard case .checklistEntry(let stored)? = saved else { Issue.record("not a checklist entry"); return }
        #expect(stored.version == 1)
        #expect(try store.checklist(professionId: pid).first == ChecklistEntry(
            professionId: pid, itemId: "C02", status: .done, owner: "Kim", evidence: "Board paper", updated: today, version: 1))
        let log = try store.changeLog(professionId: pid, limit: 1)
        #expect(log.first?.user == "jo.editor")
        #expect(log.first?.table == "checklist_entry")
        // The record's own history, as the change log view asks for it.
        #expect(try adapter.changeLog(.record(.checklistEntry(stored))).map(\.user) == ["jo.editor"])
        #expect(try adapter.changeLog(.profession(pid)).first == log.first)
    }

    @Test func aStaleVersionIsAConflictCarryingWhatIsStoredNow() throws {
        let (store, pid) = try storeWithProfession()
        let mine = StoreAdapter(store, user: "me"), theirs = StoreAdapter(store, user: "them")
        let opened = ChecklistEntry(professionId: pid, itemId: "C01")
        var their = opened
        their.owner = "Pat"
        _ = try theirs.apply(.saveChecklistEntry(their), today: today)
        var my = opened
        my.owner = "Kim"
        #expect(throws: SaveError.conflict(current: .checklistEntry(try store.checklist(professionId: pid)[0]))) {
            try mine.apply(.saveChecklistEntry(my), today: today)
        }
        #expect(try store.checklist(professionId: pid)[0].owner == "Pat")
    }

    @Test func maturityAssessmentAddedAndWithdrawnByUndoBothLogged() throws {
        let (store, pid) = try storeWithProfession()
        let adapter = StoreAdapter(store, user: "jo")
        let assessment = MaturityAssessment(professionId: pid, area: 3, level: 4, date: today, assessor: "Jo")
        let saved = try adapter.apply(.saveMaturityAssessment(assessment), today: today)
        #expect(try store.professionData(id: pid, today: today).maturity.count == 1)
        let applied = AppliedChange(change: .saveMaturityAssessment(assessment), before: nil, after: saved, origin: .form)
        guard let inverse = applied.inverse else { Issue.record("no inverse"); return }
        #expect(try adapter.apply(inverse, today: today) == nil)
        #expect(try store.professionData(id: pid, today: today).maturity.isEmpty)
        let actions = try store.changeLog(professionId: pid, limit: 10).map(\.action)
        #expect(actions.prefix(2) == ["delete", "insert"])
        // Withdrawing it twice: it is gone, which the app treats as a conflict.
        #expect(throws: SaveError.conflict(current: nil)) { try adapter.apply(inverse, today: today) }
    }

    @Test func aSkillAndItsRequiredLevelsSaveTogetherAndConflictWithWhatIsStored() throws {
        let (store, pid) = try storeWithProfession()
        for (rank, code) in ["EO", "HEO"].enumerated() {
            _ = try store.saveGrade(Grade(code: code, name: code, rank: rank + 1), by: "setup")
        }
        let grades = try store.grades()
        let adapter = StoreAdapter(store, user: "jo")
        let levels = [SkillRequirement(skillId: 0, gradeId: grades[0].id, level: 2),
                      SkillRequirement(skillId: 0, gradeId: grades[1].id, level: 3)]
        let saved = try adapter.apply(.saveSkill(Skill(professionId: pid, name: "Drafting"), requirements: levels), today: today)
        guard case .skill(let skill, let stored)? = saved else { Issue.record("not a skill"); return }
        #expect(stored.map(\.level) == [2, 3])
        // An out-of-scale level refuses the whole change: the skill's name is not changed either.
        var renamed = skill
        renamed.name = "Writing"
        let tooHigh = [SkillRequirement(skillId: skill.id, gradeId: grades[0].id, level: 9)]
        #expect(throws: SaveError.self) { try adapter.apply(.saveSkill(renamed, requirements: tooHigh), today: today) }
        #expect(try store.skills(professionId: pid).map(\.name) == ["Drafting"])
        // A stale version: the conflict carries the skill with its levels as stored now.
        _ = try adapter.apply(.saveSkill(renamed, requirements: []), today: today)
        var stale = skill
        stale.name = "Plain English"
        var writing = renamed
        writing.version = 2
        #expect(throws: SaveError.conflict(current: .skill(writing, requirements: stored))) {
            try adapter.apply(.saveSkill(stale, requirements: []), today: today)
        }
    }

    @Test func membersArePagedByNameAfterTheLastRowAndEditsAreVersioned() throws {
        let (store, pid) = try storeWithProfession()
        let grade = try store.saveGrade(Grade(code: "G7", name: "Grade 7", rank: 1), by: "setup")
        let department = try store.saveDepartment(Department(code: "DFA", name: "Department for Anything"), by: "setup")
        for name in ["Cara", "Abe", "Bea"] {
            let member = try store.saveStaff(StaffMember(staffNumber: "N-\(name)", name: name, gradeId: grade.id,
                                                         departmentId: department.id), by: "setup")
            _ = try store.setStaffProfessions(staffId: member.id, expectedVersion: member.version, [(pid, true)], by: "setup")
        }
        let adapter = StoreAdapter(store, user: "jo")
        let first = try adapter.staffPage(StaffPageRequest(professionId: pid, filter: ""))
        #expect(first.map(\.name) == ["Abe", "Bea", "Cara"])
        let rest = try adapter.staffPage(StaffPageRequest(professionId: pid, filter: "", anchor: .after(first[1])))
        #expect(rest.map(\.name) == ["Cara"])
        #expect(try adapter.staffCount(professionId: pid, filter: "e") == 2)
        #expect(try adapter.departments() == [department])
        var abe = first[0]
        abe.post = "Analyst"
        guard case .staff(let saved)? = try adapter.apply(.saveStaff(abe), today: today) else { Issue.record("no save"); return }
        #expect(saved.version == abe.version + 1)
        #expect(throws: SaveError.conflict(current: .staff(saved))) { try adapter.apply(.saveStaff(abe), today: today) }
        #expect(try adapter.changeLog(.record(.staff(saved))).first?.user == "jo")
        // A new member is a member of the profession from the same transaction.
        let new = try adapter.apply(.addStaff(StaffMember(staffNumber: "N-Dee", name: "Dee", gradeId: grade.id,
                                                          departmentId: department.id), professionId: pid), today: today)
        #expect(try adapter.staffPage(StaffPageRequest(professionId: pid, filter: "Dee")).map(\.name) == ["Dee"])
        #expect(try store.professionData(id: pid, today: today).memberCount == 4)
        guard case .staff(let dee)? = new else { Issue.record("no member"); return }
        #expect(throws: SaveError.failed("Another staff record already has this staff number.")) {
            try adapter.apply(.addStaff(StaffMember(staffNumber: dee.staffNumber, name: "Dee Two", gradeId: grade.id,
                                                    departmentId: department.id), professionId: pid), today: today)
        }
    }

    @Test func professionDetailsAndACPDRequirementSaveAndUndo() throws {
        let (store, pid) = try storeWithProfession()
        let adapter = StoreAdapter(store, user: "jo")
        var profession = try #require(try store.profession(id: pid))
        profession.headName = "Alex Head"
        profession.scaleLabels = ["Aware", "Working", "Expert"]
        guard case .profession(let saved)? = try adapter.apply(.saveProfession(profession), today: today) else {
            Issue.record("no save"); return
        }
        #expect(try store.profession(id: pid) == saved)
        let requirement = CPDRequirement(professionId: pid, hoursPerCycle: 25)
        let created = try adapter.apply(.saveCPDRequirement(requirement), today: today)
        let applied = AppliedChange(change: .saveCPDRequirement(requirement), before: nil, after: created, origin: .form)
        #expect(applied.inverse.map { if case .deleteCPDRequirement = $0 { true } else { false } } == true)
        _ = try adapter.apply(applied.inverse!, today: today)
        #expect(try store.cpdRequirement(professionId: pid) == nil)
    }

    @Test func aMembersAssessmentsCPDAndQualificationsRoundTripWithUndoOfADelete() throws {
        let (store, pid) = try storeWithProfession()
        let grade = try store.saveGrade(Grade(code: "G7", name: "Grade 7", rank: 1), by: "setup")
        let department = try store.saveDepartment(Department(code: "DFA", name: "Department for Anything"), by: "setup")
        let member = try store.saveStaff(StaffMember(staffNumber: "N1", name: "Abe", gradeId: grade.id, departmentId: department.id),
                                         by: "setup")
        _ = try store.setStaffProfessions(staffId: member.id, expectedVersion: member.version, [(pid, true)], by: "setup")
        let skill = try store.saveSkill(Skill(professionId: pid, name: "Drafting"), by: "setup")
        let adapter = StoreAdapter(store, user: "jo")
        let assessment = SkillAssessment(staffId: member.id, skillId: skill.id, level: 3, date: today, source: .panel)
        guard case .assessment(var saved)? = try adapter.apply(.saveAssessment(assessment), today: today) else {
            Issue.record("no assessment"); return
        }
        saved.level = 2
        _ = try adapter.apply(.saveAssessment(saved), today: today)
        _ = try adapter.apply(.saveCPDActivity(CPDActivity(staffId: member.id, date: today, minutes: 90, type: .coaching,
                                                            title: "Coaching")), today: today)
        let qualification = try adapter.apply(.saveQualification(QualificationHeld(staffId: member.id, qualification: "CIPD",
                                                                                  date: today)), today: today)
        var records = try adapter.memberRecords(staffId: member.id)
        #expect(records.assessments.map(\.level) == [2])
        #expect(records.activities.map(\.minutes) == [90])
        guard case .qualificationHeld(let held)? = qualification else { Issue.record("no qualification"); return }
        _ = try adapter.apply(.deleteQualification(held), today: today)
        let undo = AppliedChange(change: .deleteQualification(held), before: qualification, after: nil, origin: .quick).inverse!
        _ = try adapter.apply(undo, today: today)
        records = try adapter.memberRecords(staffId: member.id)
        #expect(records.qualifications.map(\.qualification) == ["CIPD"])
    }

    @Test func aMembersProfessionsAreReplacedAtTheirVersionAndConflictWithWhatIsStored() throws {
        let (store, pid) = try storeWithProfession()
        let other = try store.saveProfession(Profession(code: "FIN", name: "Finance"), by: "setup")
        let grade = try store.saveGrade(Grade(code: "G7", name: "Grade 7", rank: 1), by: "setup")
        let department = try store.saveDepartment(Department(code: "DFA", name: "Department for Anything"), by: "setup")
        let adapter = StoreAdapter(store, user: "jo")
        guard case .staff(let member)? = try adapter.apply(.addStaff(StaffMember(staffNumber: "N1", name: "Abe", gradeId: grade.id,
                                                                                 departmentId: department.id), professionId: pid),
                                                           today: today) else { Issue.record("no member"); return }
        let both = [StaffProfession(staffId: member.id, professionId: pid, isPrimary: false),
                    StaffProfession(staffId: member.id, professionId: other.id, isPrimary: true)]
        guard case .memberships(let saved, let list)? = try adapter.apply(.setMemberships(member, both), today: today) else {
            Issue.record("no memberships"); return
        }
        #expect(Set(list) == Set(both))
        #expect(saved.version == member.version + 1)
        #expect(try adapter.memberRecords(staffId: member.id).memberships.first?.professionId == other.id)
        #expect(throws: SaveError.conflict(current: .memberships(saved, list))) {
            try adapter.apply(.setMemberships(member, []), today: today)
        }
    }

    @Test func aReadOnlyStoreFailsPlainlyAndChangesNothing() throws {
        let directory = NSTemporaryDirectory() + "hopdash-adapter-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/s.sqlite"
        let pid = try Store.open(path: path, mode: .createIfMissing)
            .saveProfession(Profession(code: "POL", name: "Policy"), by: "setup").id
        let adapter = StoreAdapter(try Store.open(path: path, mode: .readOnly), user: "jo")
        let entry = ChecklistEntry(professionId: pid, itemId: "C01", status: .done)
        #expect(throws: SaveError.failed("The store at \(path) cannot be written (opened read-only, or the file or its folder is read-only); nothing was changed.")) {
            try adapter.apply(.saveChecklistEntry(entry), today: today)
        }
    }

    @Test func setupDeletesAndMandatoryQualificationsReachTheStore() throws {
        let (store, pid) = try storeWithProfession()
        let adapter = StoreAdapter(store, user: "jo")
        guard case .grade(let grade)? = try adapter.apply(.saveGrade(Grade(code: "G7", name: "Grade 7", rank: 6)), today: today),
              case .department(let department)? = try adapter.apply(.saveDepartment(Department(code: "WG", name: "Welsh Government")),
                                                                   today: today)
        else { Issue.record("not saved"); return }
        // Mandatory qualifications: saved over what was read; a stale set is a conflict naming what is there now
        let set = Change.setQualificationRequirements(
            professionId: pid, [QualificationRequirement(professionId: pid, gradeId: grade.id, qualification: "Policy Standards")],
            expected: [])
        _ = try adapter.apply(set, today: today)
        #expect(try store.qualificationRequirements(professionId: pid).map(\.qualification) == ["Policy Standards"])
        #expect {
            try adapter.apply(set, today: today)
        } throws: { error in
            guard case SaveError.conflict(.qualificationRequirements(_, let now)?) = error else { return false }
            return now.map(\.qualification) == ["Policy Standards"]
        }
        // A grade and a department nobody uses go; the profession goes with its requirement
        _ = try adapter.apply(.deleteGrade(grade), today: today)
        _ = try adapter.apply(.deleteDepartment(department), today: today)
        #expect(try store.grades().isEmpty)
        #expect(try store.departments().isEmpty)
        let profession = try #require(try store.professions().first)
        _ = try adapter.apply(.deleteProfession(id: pid, version: profession.version, name: profession.name), today: today)
        #expect(try store.professions().isEmpty)
    }
}
