import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// Departments, grades, qualifications held and mandatory qualifications: the writes that
/// complete "every record editable", each refusing what would lose or orphan data.
@Suite("Setup and qualification writes")
struct SetupWritesTests {
    @Test func aStoreOfTheFirstLayoutGainsGradeVersionsWhenOpened() throws {
        // Given a store written with the first layout only, holding a grade
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        try writeVersion1Store(at: path, "INSERT INTO grade (code, name, rank) VALUES ('G7', 'Grade 7', 6)")
        // When this build opens it
        let store = try Store.open(path: path, mode: .readWrite)
        // Then it is at the current layout and the grade has a version to check saves against
        #expect(try rawInt(store, "PRAGMA user_version") == Schema.version)
        let grade = try #require(try store.grades().first)
        #expect(grade.version == 1)
        var renamed = grade
        renamed.name = "Grade Seven"
        #expect(try store.saveGrade(renamed, by: user).version == 2)
    }

    @Test func aStaleGradeSaveIsAConflictWithWhatIsStored() throws {
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let g7 = basics.grades["G7"]!
        var mine = g7, theirs = g7
        theirs.name = "Grade 7 (theirs)"
        _ = try store.saveGrade(theirs, by: "someone")
        mine.name = "Grade 7 (mine)"
        #expect {
            try store.saveGrade(mine, by: user)
        } throws: { error in
            guard case StoreError.conflict(.grade, _, .grade(let now)?) = error else { return false }
            return now.name == "Grade 7 (theirs)" && now.version == 2
        }
    }

    @Test func aDepartmentInUseCannotBeDeletedAnEmptyOneCan() throws {
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        _ = try store.addStaff("S1", grade: basics.grade("EO"), department: basics.department.id)
        let empty = try store.saveDepartment(Department(code: "WG", name: "Welsh Government", isDevolved: true), by: user)
        #expect {
            try store.deleteDepartment(id: basics.department.id, expectedVersion: basics.department.version, by: user)
        } throws: { error in
            "\(error)".contains("DFA has 1 staff member; move them to another department first")
        }
        #expect(try store.departments().count == 2)
        // Named by a departmental lead: refused too, rather than leaving the lead without a department
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let lead = try store.saveDepartmentalLead(DepartmentalLead(professionId: profession.id, departmentId: empty.id,
                                                                   name: "A Lead", email: "", phone: ""), by: user)
        #expect {
            try store.deleteDepartment(id: empty.id, expectedVersion: empty.version, by: user)
        } throws: { error in
            "\(error)".contains("WG is named by 1 departmental lead and 0 movements")
        }
        try store.deleteDepartmentalLead(id: lead.id, expectedVersion: lead.version, by: user)
        try store.deleteDepartment(id: empty.id, expectedVersion: empty.version, by: user)
        #expect(try store.departments().map(\.code) == ["DFA"])
        #expect(try rawInt(store, "SELECT COUNT(*) FROM change_log WHERE table_name = 'department' AND action = 'delete'") == 1)
    }

    @Test func aGradeNobodyHoldsGoesWithWhatIsRequiredAtIt() throws {
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let skill = try store.saveSkill(Skill(professionId: profession.id, name: "Evidence"),
                                        requirements: [(basics.grade("SCS3"), 4), (basics.grade("G7"), 3)], by: user)
        try store.setQualificationRequirements(professionId: profession.id, [(basics.grade("SCS3"), "MBA")], by: user)
        _ = try store.addStaff("S1", grade: basics.grade("G7"), department: basics.department.id, professions: [profession.id])
        // Held by someone: refused, nothing changes
        let g7 = basics.grades["G7"]!
        #expect {
            try store.deleteGrade(id: g7.id, expectedVersion: g7.version, by: user)
        } throws: { error in
            "\(error)".contains("1 staff member is at G7; change their grade first")
        }
        // Held by nobody: the grade, its required level and its qualification go, and are logged
        let scs3 = basics.grades["SCS3"]!
        try store.deleteGrade(id: scs3.id, expectedVersion: scs3.version, by: user)
        #expect(try store.grades().count == 9)
        let data = try store.professionData(id: profession.id, today: today)
        #expect(data.requirements.filter { $0.skillId == skill.id }.map(\.gradeId) == [basics.grade("G7")])
        #expect(data.qualificationRequirements.isEmpty)
        #expect(try rawInt(store, "SELECT COUNT(*) FROM change_log WHERE action = 'delete'") == 3)
        #expect(try store.verifySummaries().isEmpty)
    }

    @Test func aQualificationHeldIsUpdatedAtItsVersion() throws {
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let member = try store.addStaff("S1", grade: basics.grade("EO"), department: basics.department.id)
        let held = try store.addQualificationHeld(QualificationHeld(staffId: member.id, qualification: "CIPD L5",
                                                                    date: day("2024-01-10")), by: user)
        var corrected = held
        corrected.qualification = "CIPD Level 5"
        let saved = try store.updateQualificationHeld(corrected, by: user)
        #expect(saved.version == 2)
        #expect(try store.qualificationsHeld(staffId: member.id).map(\.qualification) == ["CIPD Level 5"])
        // A second save from the old version is a conflict, not an overwrite
        #expect(throws: StoreError.self) { try store.updateQualificationHeld(corrected, by: user) }
        #expect(try store.qualificationsHeld(staffId: member.id).first?.version == 2)
    }

    @Test func mandatoryQualificationsAreReplacedOnlyOverWhatWasRead() throws {
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let profession = try store.saveProfession(Profession(code: "FIN", name: "Finance"), by: user)
        let read = try store.setQualificationRequirements(professionId: profession.id, [(basics.grade("G7"), "CCAB")], by: user)
        // Someone else changes them after we read
        try store.setQualificationRequirements(professionId: profession.id, [(basics.grade("G6"), "CIMA")], by: "someone")
        #expect {
            try store.setQualificationRequirements(professionId: profession.id, [(basics.grade("SEO"), "AAT")],
                                                   expected: read, by: user)
        } throws: { error in
            guard case StoreError.conflict(.qualificationRequirement, _, _) = error else { return false }
            return true
        }
        #expect(try store.qualificationRequirements(professionId: profession.id).map(\.qualification) == ["CIMA"])
        // Over what is there now, it is saved
        let now = try store.qualificationRequirements(professionId: profession.id)
        try store.setQualificationRequirements(professionId: profession.id, [(basics.grade("SEO"), "AAT")], expected: now, by: user)
        #expect(try store.qualificationRequirements(professionId: profession.id).map(\.qualification) == ["AAT"])
    }
}
