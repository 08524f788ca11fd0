import Foundation
import HopModel
import Testing
@testable import HopStore

@Suite("Edits never silently overwrite each other")
struct ConflictTests {
    @Test func staleEditIsRefusedWithTheCurrentRecord() throws {
        // Given two people who opened the same staff record
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let opened = try store.saveStaff(StaffMember(staffNumber: "DFA000001", name: "Alwen Quillfeather",
                                                     gradeId: basics.grade("EO"), departmentId: basics.department.id), by: user)
        var first = opened
        var second = opened
        // When the first saves, then the second saves their stale copy
        first.post = "Case officer"
        let saved = try store.saveStaff(first, by: "first")
        second.gradeId = basics.grade("HEO")
        let error = #expect(throws: StoreError.self) { try store.saveStaff(second, by: "second") }
        // Then the second is told, with the record as it is now, and nothing of theirs was written
        #expect(error == .conflict(kind: .staff, recordId: String(opened.id), current: .staff(saved)))
        #expect(try store.staffMember(id: opened.id) == saved)
        #expect(try store.changeLog(kind: .staff, recordId: String(opened.id)).map(\.user) == ["first", user])
    }

    @Test func conflictMessageNamesNoPerson() throws {
        // Given a conflict on a staff record
        let staff = StaffMember(id: 7, staffNumber: "DFA000007", name: "Alwen Quillfeather", gradeId: 1, departmentId: 1,
                                version: 3)
        let error = StoreError.conflict(kind: .staff, recordId: "7", current: .staff(staff))
        // Then the message explains, without the name
        #expect(error.description.contains("changed by someone else"))
        #expect(error.description.contains("version 3"))
        #expect(!error.description.contains("Alwen"))
    }

    @Test func editOfADeletedRecordIsRefused() throws {
        // Given an activity deleted by someone else
        let store = try inMemoryStore()
        let basics = try Basics.write(into: store)
        let staff = try store.addStaff("DFA000001", grade: basics.grade("EO"), department: basics.department.id)
        var activity = try store.logCPD(staff, .coaching, minutes: 60, on: "2025-05-01")
        try store.deleteCPDActivity(id: activity.id, expectedVersion: activity.version, by: "other")
        // When editing the copy still on screen
        activity.minutes = 90
        // Then it is refused as deleted, not re-created
        #expect(throws: StoreError.conflict(kind: .cpdActivity, recordId: String(activity.id), current: nil)) {
            try store.updateCPDActivity(activity, by: user)
        }
        #expect(try store.cpdActivities(staffId: staff.id).isEmpty)
    }

    @Test func staleDeleteIsRefused() throws {
        // Given a skill edited since it was read
        let store = try inMemoryStore()
        let profession = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let read = try store.saveSkill(Skill(professionId: profession.id, name: "Legislation"), by: user)
        var edited = read
        edited.name = "Legislation and parliament"
        edited = try store.saveSkill(edited, by: "other")
        // When deleting with the old version
        // Then it is refused and the skill stays
        #expect(throws: StoreError.conflict(kind: .skill, recordId: String(read.id), current: .skill(edited))) {
            try store.deleteSkill(id: read.id, expectedVersion: read.version, by: user)
        }
        #expect(try store.skills(professionId: profession.id) == [edited])
    }

    @Test func creatingAChecklistEntryThatSomeoneElseCreatedIsAConflict() throws {
        // Given an item recorded by someone else meanwhile
        let store = try inMemoryStore()
        let profession = try store.saveProfession(Profession(code: "HR", name: "Human Resources"), by: user)
        let theirs = try store.saveChecklistEntry(ChecklistEntry(professionId: profession.id, itemId: "C01", status: .done),
                                                  on: today, by: "other")
        // When saving a new entry for the same item
        // Then it is refused with theirs
        #expect(throws: StoreError.conflict(kind: .checklistEntry, recordId: "\(profession.id)/C01", current: .checklistEntry(theirs))) {
            try store.saveChecklistEntry(ChecklistEntry(professionId: profession.id, itemId: "C01", status: .inProgress),
                                         on: today, by: user)
        }
    }
}

@Suite("Bad input is refused with a clear message and changes nothing")
struct ValidationTests {
    /// A profession with a four-level scale, a skill and a member.
    struct Fixture {
        let store: Store
        let basics: Basics
        let profession: Profession
        let skill: Skill
        let staff: StaffMember

        init() throws {
            store = try inMemoryStore()
            basics = try Basics.write(into: store)
            profession = try store.saveProfession(Profession(code: "DDAT", name: "Digital"), by: user)
            skill = try store.saveSkill(Skill(professionId: profession.id, name: "Security"), by: user)
            staff = try store.addStaff("DFA000001", grade: basics.grade("HEO"), department: basics.department.id,
                                       professions: [profession.id])
        }

        func invalidField(_ body: () throws -> Void) -> String? {
            do {
                try body()
                return nil
            } catch StoreError.invalid(let field, _) {
                return field
            } catch {
                return "unexpected \(error)"
            }
        }
    }

    @Test func levelsMustBeOnTheProfessionsScale() throws {
        // Given a four-level profession
        let f = try Fixture()
        let changesBefore = try f.store.changeLog(professionId: nil, limit: 1000).count
        // When assessing at 5, or 0, or requiring 5
        let tooHigh = f.invalidField { _ = try f.store.assess(f.staff, f.skill, level: 5, on: "2025-01-01") }
        let zero = f.invalidField { _ = try f.store.assess(f.staff, f.skill, level: 0, on: "2025-01-01") }
        let requirement = f.invalidField {
            try f.store.setSkillRequirement(skillId: f.skill.id, gradeId: f.basics.grade("G7"), level: 5, by: user)
        }
        // Then each names the field, and nothing was written
        #expect(tooHigh == "Level" && zero == "Level" && requirement == "Required level")
        #expect(try f.store.assessments(staffId: f.staff.id).isEmpty)
        #expect(try f.store.changeLog(professionId: nil, limit: 1000).count == changesBefore)
    }

    @Test func scaleCannotShrinkBelowALevelInUse() throws {
        // Given an assessment at level 4
        let f = try Fixture()
        _ = try f.store.assess(f.staff, f.skill, level: 4, on: "2025-01-01")
        // When cutting the scale to three levels
        var profession = f.profession
        profession.scaleLabels = ["Awareness", "Working", "Practitioner"]
        // Then it is refused
        #expect(f.invalidField { _ = try f.store.saveProfession(profession, by: user) } == "Proficiency levels")
        #expect(try f.store.profession(id: f.profession.id) == f.profession)
    }

    /// An e-mail address and a phone number must look like one, on a profession's head and on
    /// a departmental lead; empty is allowed.
    @Test func emailAndPhoneMustBeShapedLikeOne() throws {
        let f = try Fixture()
        var head = f.profession
        head.headEmail = "not-an-email"
        #expect(f.invalidField { _ = try f.store.saveProfession(head, by: user) } == "Email")
        head.headEmail = "head@dfa.example.org"
        head.headPhone = "phone?"
        #expect(f.invalidField { _ = try f.store.saveProfession(head, by: user) } == "Phone")
        #expect(try f.store.profession(id: f.profession.id) == f.profession)
        for bad in ["a@b", "a b@c.org", "@c.org", "a@c..org", "a@@c.org", "a@-c.org"] {
            #expect(ContactShape.emailProblem(bad) != nil, "\(bad)")
        }
        for bad in ["123", "020 7946 0123 ext", "+44 (0) 20 7946 01234567890", "020-7946-0123?"] {
            #expect(ContactShape.phoneProblem(bad) != nil, "\(bad)")
        }
        head.headPhone = "+44 (0)20 7946 0123 ext 45"
        let saved = try f.store.saveProfession(head, by: user)
        #expect(saved.headEmail == "head@dfa.example.org" && saved.headPhone == "+44 (0)20 7946 0123 ext 45")

        let department = try f.store.saveDepartment(Department(code: "WG", name: "Welsh Government"), by: user)
        let lead = { (email: String, phone: String) in
            f.invalidField {
                _ = try f.store.saveDepartmentalLead(DepartmentalLead(professionId: f.profession.id, departmentId: department.id,
                                                                      name: "Lead", email: email, phone: phone), by: user)
            }
        }
        #expect(lead("lead at example.org", "") == "Email")
        #expect(lead("", "call me") == "Phone")
        #expect(lead("", "") == nil)
    }

    @Test func membershipsAreAtMostThreeWithOnePrimary() throws {
        // Given four professions
        let f = try Fixture()
        var ids = [f.profession.id]
        for code in ["A", "B", "C"] {
            ids.append(try f.store.saveProfession(Profession(code: code, name: "Profession " + code), by: user).id)
        }
        let set = { (memberships: [(RowID, Bool)]) in
            f.invalidField { _ = try f.store.setStaffProfessions(staffId: f.staff.id, expectedVersion: f.staff.version, memberships, by: user) }
        }
        // Then four, two primaries, no primary and a repeat are all refused
        #expect(set(ids.enumerated().map { ($1, $0 == 0) }) == "Professions")
        #expect(set([(ids[0], true), (ids[1], true)]) == "Professions")
        #expect(set([(ids[0], false), (ids[1], false)]) == "Professions")
        #expect(set([(ids[0], true), (ids[0], false)]) == "Professions")
        #expect(set([(ids[0], true), (999, false)]) == "Profession")
        #expect(try f.store.staffProfessions(staffId: f.staff.id).map(\.professionId) == [f.profession.id])
    }

    @Test func referencesMustExist() throws {
        // Given a staff member
        let f = try Fixture()
        var staff = f.staff
        staff.gradeId = 999
        // Then unknown grades, departments, skills and staff are refused
        #expect(f.invalidField { _ = try f.store.saveStaff(staff, by: user) } == "Grade")
        staff = f.staff
        staff.departmentId = 999
        #expect(f.invalidField { _ = try f.store.saveStaff(staff, by: user) } == "Department")
        #expect(f.invalidField {
            _ = try f.store.addAssessment(SkillAssessment(staffId: f.staff.id, skillId: 999, level: 1, date: today,
                                                          source: .panel), by: user)
        } == "Skill")
        #expect(f.invalidField { _ = try f.store.logCPD(StaffMember(id: 999, staffNumber: "", name: "", gradeId: 0, departmentId: 0),
                                                       .course, minutes: 60, on: "2025-01-01") } == "Staff member")
    }

    @Test func cpdRulesAndActivitiesAreChecked() throws {
        // Given a profession
        let f = try Fixture()
        // Then negative hours, month 13, zero minutes and an empty title are refused
        #expect(f.invalidField { _ = try f.store.saveCPDRequirement(CPDRequirement(professionId: f.profession.id, hoursPerCycle: -1), by: user) }
            == "Hours per cycle")
        #expect(f.invalidField {
            _ = try f.store.saveCPDRequirement(CPDRequirement(professionId: f.profession.id, hoursPerCycle: 30, cycleStartMonth: 13), by: user)
        } == "Cycle start month")
        #expect(f.invalidField { _ = try f.store.logCPD(f.staff, .course, minutes: 0, on: "2025-01-01") } == "Minutes")
        #expect(f.invalidField {
            _ = try f.store.addCPDActivity(CPDActivity(staffId: f.staff.id, date: today, minutes: 60, type: .course, title: " "), by: user)
        } == "Title")
        #expect(try f.store.cpdRequirement(professionId: f.profession.id) == nil)
    }

    @Test func checklistItemsAndMaturityAreChecked() throws {
        // Given a profession
        let f = try Fixture()
        // Then an unknown item id, area 6 and level 0 are refused
        #expect(f.invalidField {
            _ = try f.store.saveChecklistEntry(ChecklistEntry(professionId: f.profession.id, itemId: "item 1"), on: today, by: user)
        } == "Checklist item")
        #expect(f.invalidField {
            _ = try f.store.addMaturityAssessment(MaturityAssessment(professionId: f.profession.id, area: 6, level: 3, date: today,
                                                                     assessor: "Head"), by: user)
        } == "Area")
        #expect(f.invalidField {
            _ = try f.store.addMaturityAssessment(MaturityAssessment(professionId: f.profession.id, area: 1, level: 0, date: today,
                                                                     assessor: "Head"), by: user)
        } == "Maturity level")
    }

    @Test func aDirectWriteOverAFieldsLimitIsRefusedNamingTheFieldAndLimit() throws {
        // Given a profession, a skill and a member
        let f = try Fixture()
        let before = try fingerprint(f.store)
        let long = { (count: Int) in String(repeating: "x", count: count) }
        // When the store is asked directly (not through a form, import or restore) to write a
        // value one character over its field's limit, for every kind of record with free text
        let (store, pid, eo, dept) = (f.store, f.profession.id, f.basics.grade("EO"), f.basics.department.id)
        var renamed = f.staff
        renamed.name = long(81)
        var headed = f.profession
        headed.headName = long(81)
        var scaled = f.profession
        scaled.scaleLabels[0] = long(41)
        let course = CPDActivity(staffId: f.staff.id, date: today, minutes: 60, type: .course, title: "Course")
        var titled = course, noted = course
        titled.title = long(121)
        noted.note = long(1001)
        let refusals: [(FieldLimit, () throws -> Void)] = [
            (.staffName, { _ = try store.saveStaff(renamed, by: user) }),
            (.post, { _ = try store.saveStaff(StaffMember(staffNumber: "DFA000002", name: "Nia", gradeId: eo, departmentId: dept,
                                                          post: long(81)), by: user) }),
            (.staffNumber, { _ = try store.addStaff(StaffMember(staffNumber: long(21), name: "Nia", gradeId: eo, departmentId: dept),
                                                    professionId: pid, by: user) }),
            (.code, { _ = try store.saveDepartment(Department(code: long(13), name: "Other"), by: user) }),
            (.gradeName, { _ = try store.saveGrade(Grade(code: "SEO2", name: long(101), rank: 99), by: user) }),
            (.professionName, { _ = try store.saveProfession(Profession(code: "NEW", name: long(81)), by: user) }),
            (.headName, { _ = try store.saveProfession(headed, by: user) }),
            (.levelName, { _ = try store.saveProfession(scaled, by: user) }),
            (.skillName, { _ = try store.saveSkill(Skill(professionId: pid, name: long(81)), by: user) }),
            (.cpdTitle, { _ = try store.addCPDActivity(titled, by: user) }),
            (.note, { _ = try store.addCPDActivity(noted, by: user) }),
            (.qualification, { _ = try store.addQualificationHeld(QualificationHeld(staffId: f.staff.id, qualification: long(121),
                                                                                    date: today), by: user) }),
            (.qualification, { _ = try store.setQualificationRequirements(professionId: pid, [(eo, long(121))], by: user) }),
            (.checklistOwner, { _ = try store.saveChecklistEntry(ChecklistEntry(professionId: pid, itemId: "C01", owner: long(81)),
                                                                 on: today, by: user) }),
            (.note, { _ = try store.saveChecklistEntry(ChecklistEntry(professionId: pid, itemId: "C01", evidence: long(1001)),
                                                       on: today, by: user) }),
            (.assessor, { _ = try store.addMaturityAssessment(MaturityAssessment(professionId: pid, area: 1, level: 2, date: today,
                                                                                 assessor: long(81)), by: user) }),
            (.movementPost, { _ = try store.saveMovement(Movement(staffId: f.staff.id, type: .post, toPost: long(101), start: today),
                                                         by: user) }),
            (.leadName, { _ = try store.saveDepartmentalLead(DepartmentalLead(professionId: pid, departmentId: dept, name: long(101)),
                                                             by: user) }),
        ]
        // Then each is refused, naming the field and its limit, and nothing is written
        for (limit, write) in refusals {
            let error = #expect(throws: StoreError.self, "\(limit.field)") { try write() }
            #expect(error == .invalid(field: limit.field, reason: "\(limit.characters + 1) characters; expected at most \(limit.characters)"))
        }
        #expect(try fingerprint(f.store) == before)
        #expect(StoreError.invalid(field: "Name", reason: "81 characters; expected at most 80").description
                == "Name: 81 characters; expected at most 80.")
    }

    @Test func aValueStoredOverItsLimitIsKeptWhileLeftAsItIs() throws {
        // Given a member whose name was stored longer than the limit (before the limits)
        let f = try Fixture()
        let long = String(repeating: "y", count: 10_000)
        try rawWrite(f.store, "UPDATE staff SET name = ? WHERE id = ?", [long, f.staff.id])
        var member = try #require(try f.store.staffMember(id: f.staff.id))
        // When only the post is changed
        member.post = "Analyst"
        let saved = try f.store.saveStaff(member, by: user)
        // Then the name is kept whole, and a change to another long name is refused
        #expect(saved.name == long)
        var renamed = saved
        renamed.name = long + "z"
        #expect(throws: StoreError.invalid(field: "Name", reason: "10001 characters; expected at most 80")) {
            try f.store.saveStaff(renamed, by: user)
        }
        #expect(try f.store.staffMember(id: f.staff.id) == saved)
    }

    @Test func uniqueCodesAndNumbers() throws {
        // Given a profession and a staff member
        let f = try Fixture()
        // When reusing the profession's code and the staff number
        let profession = #expect(throws: StoreError.self) {
            try f.store.saveProfession(Profession(code: "DDAT", name: "Another"), by: user)
        }
        let staff = #expect(throws: StoreError.self) {
            try f.store.saveStaff(StaffMember(staffNumber: "DFA000001", name: "Someone Else", gradeId: f.basics.grade("EO"),
                                              departmentId: f.basics.department.id), by: user)
        }
        let skill = #expect(throws: StoreError.self) {
            try f.store.saveSkill(Skill(professionId: f.profession.id, name: "Security"), by: user)
        }
        // Then each says which value must be unique, naming nobody
        #expect(profession == .duplicate(kind: .profession, field: "code"))
        #expect(staff == .duplicate(kind: .staff, field: "staff number"))
        #expect(staff?.description == "Another staff record already has this staff number.")
        #expect(skill == .duplicate(kind: .skill, field: "name"))
    }
}
