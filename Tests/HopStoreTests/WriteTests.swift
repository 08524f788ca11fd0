import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

@Suite("Every write saves what it is given and logs it")
struct WriteTests {
    @Test func departmentsAndGradesRoundTrip() throws {
        // Given a store
        let store = try inMemoryStore()
        // When saving a department, then editing it
        var department = try store.saveDepartment(Department(code: "WG", name: "Welsh Govt", isDevolved: true), by: user)
        department.name = "Welsh Government"
        let edited = try store.saveDepartment(department, by: user)
        let grade = try store.saveGrade(Grade(code: "G7", name: "Grade 7", rank: 6), by: user)
        // Then the store holds the edited version, one version later
        #expect(department.id != 0 && department.version == 1)
        #expect(edited.version == 2)
        #expect(try store.departments() == [edited])
        #expect(try store.grades() == [grade])
    }

    @Test func professionRoundTripsWithItsScaleAndContacts() throws {
        // Given a store
        let store = try inMemoryStore()
        // When saving a profession with a three-level scale
        let saved = try store.saveProfession(Profession(
            code: "ECON", name: "Economics", headName: "Quenby Umberholm", headEmail: "quenby.umberholm@dfa.example.org",
            headPhone: "020 7946 0123", isNew: true, scaleLabels: ["Foundation", "Practitioner", "Expert"]), by: user)
        // Then it reads back the same
        #expect(saved.version == 1)
        #expect(try store.profession(id: saved.id) == saved)
        #expect(try store.professions() == [saved])
    }

    @Test func skillsRequirementsAndProfessionRules() throws {
        // Given a profession
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let profession = try store.saveProfession(Profession(code: "FIN", name: "Finance"), by: user)
        // When adding a skill, its requirements, CPD and qualification rules
        let skill = try store.saveSkill(Skill(professionId: profession.id, name: "Financial reporting"), by: user)
        try store.setSkillRequirement(skillId: skill.id, gradeId: basics.grade("EO"), level: 1, by: user)
        try store.setSkillRequirement(skillId: skill.id, gradeId: basics.grade("EO"), level: 2, by: user)
        try store.setSkillRequirement(skillId: skill.id, gradeId: basics.grade("G7"), level: 4, by: user)
        let cpd = try store.saveCPDRequirement(CPDRequirement(professionId: profession.id, hoursPerCycle: 35,
                                                              cycleStartMonth: 4, countedTypes: [.course, .seminar]), by: user)
        try store.setQualificationRequirements(professionId: profession.id, [
            (basics.grade("G7"), "Chartered accountancy qualification"),
            (basics.grade("G6"), "Chartered accountancy qualification"),
        ], by: user)
        // Then the profession's dashboard data holds them
        let data = try store.professionData(id: profession.id, today: today)
        #expect(data.skills == [skill])
        #expect(Set(data.requirements) == [SkillRequirement(skillId: skill.id, gradeId: basics.grade("EO"), level: 2),
                                           SkillRequirement(skillId: skill.id, gradeId: basics.grade("G7"), level: 4)])
        #expect(data.cpdRequirement == cpd)
        #expect(try store.cpdRequirement(professionId: profession.id) == cpd)
        #expect(data.cpdCycleYear == 2025)
        #expect(data.qualificationRequirements.count == 2)
        #expect(data.grades.map(\.code) == Grade.defaultLadder.map(\.code))
    }

    @Test func staffMembershipsAndTheirRecordsRoundTrip() throws {
        // Given two professions
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let policy = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let economics = try store.saveProfession(Profession(code: "ECON", name: "Economics"), by: user)
        let skill = try store.saveSkill(Skill(professionId: policy.id, name: "Legislation"), by: user)
        // When adding a staff member in both, with an assessment, CPD and a qualification
        var staff = try store.saveStaff(StaffMember(staffNumber: "DFA000001", name: "Alwen Quillfeather",
                                                    gradeId: basics.grade("SEO"), departmentId: basics.department.id,
                                                    post: "Policy adviser"), by: user)
        staff = try store.setStaffProfessions(staffId: staff.id, expectedVersion: staff.version,
                                              [(economics.id, false), (policy.id, true)], by: user)
        let assessment = try store.assess(staff, skill, level: 3, on: "2025-01-10")
        let activity = try store.logCPD(staff, .jobShadowing, minutes: 240, on: "2025-05-01")
        let qualification = try store.addQualificationHeld(QualificationHeld(
            staffId: staff.id, qualification: "Degree in economics", date: day("2019-07-01")), by: user)
        // Then each reads back, memberships primary first
        #expect(staff.version == 2)
        #expect(try store.staffMember(id: staff.id) == staff)
        #expect(try store.staffProfessions(staffId: staff.id) == [
            StaffProfession(staffId: staff.id, professionId: policy.id, isPrimary: true),
            StaffProfession(staffId: staff.id, professionId: economics.id, isPrimary: false),
        ])
        #expect(try store.assessments(staffId: staff.id) == [assessment])
        #expect(try store.cpdActivities(staffId: staff.id) == [activity])
        #expect(try store.qualificationsHeld(staffId: staff.id) == [qualification])
    }

    @Test func updatesAndDeletesOfStaffRecords() throws {
        // Given a staff member with an assessment, an activity and a qualification
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let policy = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let skill = try store.saveSkill(Skill(professionId: policy.id, name: "Legislation"), by: user)
        let staff = try store.addStaff("DFA000001", grade: basics.grade("EO"), department: basics.department.id,
                                       professions: [policy.id])
        var assessment = try store.assess(staff, skill, level: 2, on: "2025-01-10")
        var activity = try store.logCPD(staff, .course, minutes: 120, on: "2025-05-01")
        let qualification = try store.addQualificationHeld(
            QualificationHeld(staffId: staff.id, qualification: "Policy certificate", date: day("2020-01-01")), by: user)
        // When updating the assessment and activity, then deleting everything
        assessment.level = 3
        assessment = try store.updateAssessment(assessment, by: user)
        activity.minutes = 180
        activity = try store.updateCPDActivity(activity, by: user)
        #expect(try store.assessments(staffId: staff.id) == [assessment])
        #expect(try store.cpdActivities(staffId: staff.id) == [activity])
        try store.deleteAssessment(id: assessment.id, expectedVersion: assessment.version, by: user)
        try store.deleteCPDActivity(id: activity.id, expectedVersion: activity.version, by: user)
        try store.deleteQualificationHeld(id: qualification.id, expectedVersion: qualification.version, by: user)
        // Then they are gone
        #expect(assessment.version == 2 && activity.version == 2)
        #expect(try store.assessments(staffId: staff.id).isEmpty)
        #expect(try store.cpdActivities(staffId: staff.id).isEmpty)
        #expect(try store.qualificationsHeld(staffId: staff.id).isEmpty)
    }

    @Test func deletingStaffTakesTheirRecordsWithThem() throws {
        // Given a staff member with records
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let policy = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let skill = try store.saveSkill(Skill(professionId: policy.id, name: "Legislation"), by: user)
        let staff = try store.addStaff("DFA000001", grade: basics.grade("EO"), department: basics.department.id,
                                       professions: [policy.id])
        _ = try store.assess(staff, skill, level: 2, on: "2025-01-10")
        _ = try store.logCPD(staff, .course, minutes: 120, on: "2025-05-01")
        // When deleting them
        try store.deleteStaff(id: staff.id, expectedVersion: staff.version, by: user)
        // Then nothing of theirs is left
        #expect(try store.staffMember(id: staff.id) == nil)
        for table in ["staff_profession", "assessment", "cpd_activity", "qualification_held"] {
            #expect(try rawInt(store, "SELECT COUNT(*) FROM \(table)") == 0, "rows left in \(table)")
        }
        #expect(try store.professionData(id: policy.id, today: today).memberCount == 0)
    }

    @Test func checklistEntriesAreUpsertedAndStamped() throws {
        // Given a profession
        let store = try inMemoryStore()
        let profession = try store.saveProfession(Profession(code: "HR", name: "Human Resources"), by: user)
        // When recording an item, then moving it on
        var entry = try store.saveChecklistEntry(ChecklistEntry(professionId: profession.id, itemId: "C05",
                                                                status: .inProgress, owner: "Skills lead",
                                                                due: day("2025-09-30")), on: day("2025-06-01"), by: user)
        entry.status = .done
        entry.evidence = "Agreed at the profession board."
        entry = try store.saveChecklistEntry(entry, on: today, by: user)
        // Then the store holds the latest, stamped with the day of the edit
        #expect(entry.version == 2 && entry.updated == today)
        #expect(try store.checklist(professionId: profession.id) == [entry])
    }

    @Test func maturityAssessmentsAreKeptAsHistoryOldestFirst() throws {
        // Given a profession
        let store = try inMemoryStore()
        let profession = try store.saveProfession(Profession(code: "HR", name: "Human Resources"), by: user)
        // When assessing one area twice, newest first
        let later = try store.addMaturityAssessment(MaturityAssessment(
            professionId: profession.id, area: 2, level: 3, date: day("2025-05-01"), assessor: "Head of profession",
            rationale: "Promotion boards use the framework."), by: user)
        let earlier = try store.addMaturityAssessment(MaturityAssessment(
            professionId: profession.id, area: 2, level: 2, date: day("2024-05-01"), assessor: "Head of profession"), by: user)
        // Then both are kept, oldest first, and a saved one cannot be added again
        #expect(try store.professionData(id: profession.id, today: today).maturity == [earlier, later])
        #expect(throws: StoreError.self) { try store.addMaturityAssessment(later, by: user) }
    }

    @Test func aMaturityAssessmentIsCorrectedAtItsVersionAndDeletedEachLogged() throws {
        // Given an assessment entered by mistake (level 2 where the panel agreed 4)
        let store = try inMemoryStore()
        let profession = try store.saveProfession(Profession(code: "HR", name: "Human Resources"), by: user)
        let mistaken = try store.addMaturityAssessment(MaturityAssessment(
            professionId: profession.id, area: 3, level: 2, date: day("2025-05-01"), assessor: "Head"), by: user)
        #expect(mistaken.version == 1)
        // When it is corrected at the version read
        var corrected = mistaken
        corrected.level = 4
        corrected.rationale = "Panel agreed 4"
        corrected = try store.updateMaturityAssessment(corrected, by: "jo")
        // Then the store holds the correction at the next version
        #expect(corrected.version == 2)
        #expect(try store.professionData(id: profession.id, today: today).maturity == [corrected])
        // And a second correction from the copy read before it is a conflict with the record now
        var stale = mistaken
        stale.level = 5
        #expect(throws: StoreError.conflict(kind: .maturityAssessment, recordId: String(mistaken.id),
                                            current: .maturityAssessment(corrected))) {
            try store.updateMaturityAssessment(stale, by: "pat")
        }
        // And it cannot be moved to another area (that is another assessment), nor saved as new again
        var moved = corrected
        moved.area = 4
        #expect(throws: StoreError.invalid(field: "Area", reason: "an assessment stays in the profession and area it was made for")) {
            try store.updateMaturityAssessment(moved, by: "jo")
        }
        #expect(throws: StoreError.self) { try store.addMaturityAssessment(corrected, by: "jo") }
        // And a delete at the old version is refused; at the version read it goes
        #expect(throws: StoreError.conflict(kind: .maturityAssessment, recordId: String(mistaken.id),
                                            current: .maturityAssessment(corrected))) {
            try store.deleteMaturityAssessment(id: mistaken.id, expectedVersion: mistaken.version, by: "pat")
        }
        try store.deleteMaturityAssessment(id: corrected.id, expectedVersion: corrected.version, by: "jo")
        #expect(try store.professionData(id: profession.id, today: today).maturity.isEmpty)
        #expect(throws: StoreError.conflict(kind: .maturityAssessment, recordId: String(mistaken.id), current: nil)) {
            try store.deleteMaturityAssessment(id: corrected.id, expectedVersion: corrected.version, by: "jo")
        }
        // And the change log holds each step under the profession, with who made it
        let log = try store.changeLog(kind: .maturityAssessment, recordId: String(mistaken.id))
        #expect(log.map(\.action) == ["delete", "update", "insert"])
        #expect(log.map(\.user) == ["jo", "jo", user])
        #expect(log.allSatisfy { $0.professionId == profession.id })
        #expect(log[1].before?.contains("\"level\":2") == true && log[1].after?.contains("\"level\":4") == true)
    }

    @Test func aStoreOfSchemaSixGainsMaturityVersionsAndTheExportCarriesThem() throws {
        // Given a store of the layout before maturity assessments had versions, holding one
        let directory = try TemporaryDirectory()
        let path = directory.file("six.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v6-succession")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO profession (id, code, name, scale_labels) VALUES (1, 'HR', 'Human Resources', '[\"Aware\",\"Expert\"]')")
                try db.execute(sql: """
                    INSERT INTO maturity_assessment (profession_id, area, level, date, assessor, rationale)
                    VALUES (1, 2, 3, '2025-05-01', 'Head', '')
                    """)
            }
        }
        // When it is opened (migrated) and the assessment corrected
        let store = try Store.open(path: path)
        let read = try #require(try store.professionData(id: 1, today: today).maturity.first)
        #expect(read.version == 1)
        var corrected = read
        corrected.level = 4
        corrected = try store.updateMaturityAssessment(corrected, by: user)
        // Then the JSON export holds the version, and a restore of it gives the same record back
        let json = try exportJSON(store)
        #expect(json.contains("\"maturity_assessment\""))
        let file = directory.file("export.json")
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        let restoredPath = directory.file("restored.sqlite")
        try Store.restore(fromJSON: file, to: restoredPath, clock: fixedClock)
        let restored = try Store.open(path: restoredPath)
        #expect(try restored.professionData(id: 1, today: today).maturity == [corrected])
        #expect(corrected.version == 2)
    }

    @Test func deletingSkillsAndProfessions() throws {
        // Given a profession with a skill, an assessed member and a CPD requirement
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let skill = try store.saveSkill(Skill(professionId: profession.id, name: "Legislation"), by: user)
        let staff = try store.addStaff("DFA000001", grade: basics.grade("EO"), department: basics.department.id,
                                       professions: [profession.id])
        _ = try store.assess(staff, skill, level: 2, on: "2025-01-10")
        let cpd = try store.saveCPDRequirement(CPDRequirement(professionId: profession.id, hoursPerCycle: 30), by: user)
        // When deleting the skill
        try store.deleteSkill(id: skill.id, expectedVersion: skill.version, by: user)
        // Then its assessments went with it and the member no longer counts as assessed
        #expect(try store.assessments(staffId: staff.id).isEmpty)
        #expect(try store.professionData(id: profession.id, today: today).membership
            == [GradeMembership(gradeId: basics.grade("EO"), members: 1, assessed: 0)])
        // When deleting the CPD requirement, then the profession
        try store.deleteCPDRequirement(professionId: profession.id, expectedVersion: cpd.version, by: user)
        #expect(try store.cpdRequirement(professionId: profession.id) == nil)
        try store.deleteProfession(id: profession.id, expectedVersion: profession.version, by: user)
        // Then the profession and its summaries are gone, and the staff member stays
        #expect(try store.professions().isEmpty)
        #expect(try store.staffMember(id: staff.id) != nil)
        #expect(try store.staffProfessions(staffId: staff.id).isEmpty)
        #expect(try rawInt(store, "SELECT COUNT(*) FROM sum_membership") == 0)
        #expect(try store.verifySummaries().isEmpty)
    }

    @Test func deletingAPrimaryProfessionPromotesTheNextMembership() throws {
        // Given a member of P (primary), Q and R, and a member of P alone
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let p = try store.saveProfession(Profession(code: "P", name: "P"), by: user)
        let q = try store.saveProfession(Profession(code: "Q", name: "Q"), by: user)
        let r = try store.saveProfession(Profession(code: "R", name: "R"), by: user)
        let both = try store.addStaff("1", grade: basics.grade("EO"), department: basics.department.id,
                                      professions: [p.id, r.id, q.id])
        let alone = try store.addStaff("2", grade: basics.grade("EO"), department: basics.department.id,
                                       professions: [p.id])
        // When deleting P
        try store.deleteProfession(id: p.id, expectedVersion: p.version, by: user)
        // Then the first remaining membership is primary, and the other has none
        #expect(try store.staffProfessions(staffId: both.id) == [
            StaffProfession(staffId: both.id, professionId: q.id, isPrimary: true),
            StaffProfession(staffId: both.id, professionId: r.id, isPrimary: false),
        ])
        #expect(try store.staffProfessions(staffId: alone.id).isEmpty)
        #expect(try store.verifySummaries().isEmpty)
    }

    @Test func everyWriteIsLoggedWithWhoAndWhen() throws {
        // Given a store on a fixed clock
        let store = try inMemoryStore()
        // When adding, editing and deleting a profession
        var profession = try store.saveProfession(Profession(code: "COMMS", name: "Comms"), by: "alice")
        profession.name = "Communications"
        profession = try store.saveProfession(profession, by: "bob")
        try store.deleteProfession(id: profession.id, expectedVersion: profession.version, by: "carol")
        // Then the record's history is there, newest first, with before and after as JSON
        let history = try store.changeLog(kind: .profession, recordId: String(profession.id))
        #expect(history.map(\.action) == ["delete", "update", "insert"])
        #expect(history.map(\.user) == ["carol", "bob", "alice"])
        #expect(history.allSatisfy { $0.at == "2025-06-15T10:00:00Z" && $0.professionId == profession.id })
        #expect(history[1].before?.contains("\"name\":\"Comms\"") == true)
        #expect(history[1].after?.contains("\"name\":\"Communications\"") == true)
        #expect(history[1].after?.contains("\"version\":2") == true)
        #expect(history[0].after == nil && history[2].before == nil)
        #expect(try store.changeLog(professionId: profession.id, limit: 2).map(\.action) == ["delete", "update"])
        #expect(try store.lastChange() == "2025-06-15T10:00:00Z")
    }
}
