import Foundation
import HopApp
import HopModel
import HopStore

/// Presents the SQLite store to the app through the narrow `StoreClient` protocol, so that
/// HopApp never imports GRDB. Writes are made in the name of `user` (the change log's "who").
/// Its own target so that the command line and the benchmark drive the app through the same adapter.
public final class StoreAdapter: EditingStoreClient {
    public let store: Store
    public let user: String

    public init(_ store: Store, user: String) { self.store = store; self.user = user }

    public func allProfessionData(today: Day) throws -> [ProfessionData] { try store.allProfessionData(today: today) }
    public func overviewData(today: Day) throws -> [ProfessionData] { try store.allProfessionData(today: today, forOverview: true) }

    public func professionData(id: RowID, today: Day) throws -> ProfessionData { try store.professionData(id: id, today: today) }

    public func departmentData(today: Day) throws -> [DepartmentData] { try store.departmentData(today: today) }

    public func dataVersion() throws -> Int { try store.dataVersion() }

    public func lastChange() throws -> Date? { try store.lastChange().flatMap(Store.date(fromTimestamp:)) }
    public func changeLog(_ subject: ChangeLogSubject) throws -> [ChangeLogEntry] {
        switch subject {
        case .profession(let id):
            return try store.changeLog(professionId: id, limit: ChangeLogView.professionLimit)
        case .record(.checklistEntry(let entry)):
            return try store.changeLog(kind: .checklistEntry, recordId: "\(entry.professionId)/\(entry.itemId)")
        case .record(.maturityAssessment(let assessment)):
            return try store.changeLog(kind: .maturityAssessment, recordId: String(assessment.id))
        case .record(.skill(let skill, _)):
            return try store.changeLog(kind: .skill, recordId: String(skill.id))
        case .record(.staff(let member)):
            return try store.changeLog(kind: .staff, recordId: String(member.id))
        case .record(.profession(let profession)):
            return try store.changeLog(kind: .profession, recordId: String(profession.id))
        case .record(.assessment(let a)):
            return try store.changeLog(kind: .assessment, recordId: String(a.id))
        case .record(.cpdActivity(let a)):
            return try store.changeLog(kind: .cpdActivity, recordId: String(a.id))
        case .record(.qualificationHeld(let q)):
            return try store.changeLog(kind: .qualificationHeld, recordId: String(q.id))
        case .record(.memberships(let m, _)):
            return try store.changeLog(kind: .staffProfession, recordId: String(m.id))
        case .record(.department(let d)):
            return try store.changeLog(kind: .department, recordId: String(d.id))
        case .record(.grade(let g)):
            return try store.changeLog(kind: .grade, recordId: String(g.id))
        case .record(.cpdRequirement(let requirement)):
            return try store.changeLog(kind: .cpdRequirement, recordId: String(requirement.professionId))
        case .record(.qualificationRequirements(let professionId, _)):
            return try store.changeLog(kind: .qualificationRequirement, recordId: String(professionId))
        case .record(.movement(let m)):
            return try store.changeLog(kind: .movement, recordId: String(m.id))
        case .record(.departmentalLead(let l)):
            return try store.changeLog(kind: .departmentalLead, recordId: String(l.id))
        case .record(.seminarSettings):
            return try store.changeLog(kind: .seminarSetting, recordId: "1")
        case .record(.criticalPost(let p)):
            return try store.changeLog(kind: .criticalPost, recordId: String(p.id))
        case .record(.forumDate(let f)):
            return try store.changeLog(kind: .forumDate, recordId: String(f.id))
        case .record(.followUp(let f)):
            return try store.changeLog(kind: .followUp, recordId: String(f.id))
        case .record(.followUpBatch(let b)):
            return try store.changeLog(kind: .followUp, recordId: String(b.firstId))
        case .record(.learningOffer(let o)):
            return try store.changeLog(kind: .learningOffer, recordId: String(o.id))
        case .record(.developmentPlan(let p)):
            return try store.changeLog(kind: .developmentPlan, recordId: String(p.id))
        case .record(.booking(let b)):
            return try store.changeLog(kind: .booking, recordId: String(b.id))
        case .record(.bookingBatch(let b)):
            return try store.changeLog(kind: .booking, recordId: String(b.firstId))
        }
    }

    public func staffPage(_ request: StaffPageRequest) throws -> [StaffMember] {
        try store.staffPage(professionId: request.professionId, filter: request.filter, anchor: request.anchor,
                            limit: StaffPageRequest.limit)
    }

    public func staffCount(professionId: RowID, filter: String) throws -> Int {
        try store.staffCount(professionId: professionId, filter: filter)
    }

    public func departments() throws -> [Department] { try store.departments() }

    public func grades() throws -> [Grade] { try store.grades() }

    public func memberRecords(staffId: RowID) throws -> MemberRecords {
        MemberRecords(assessments: try store.assessments(staffId: staffId), activities: try store.cpdActivities(staffId: staffId),
                      qualifications: try store.qualificationsHeld(staffId: staffId),
                      memberships: try store.staffProfessions(staffId: staffId),
                      movements: try store.movements(staffId: staffId), bookings: try store.bookings(staffId: staffId))
    }

    public func directory() throws -> Directory { try store.directory() }

    public func staffMember(id: RowID) throws -> StaffMember? { try store.staffMember(id: id) }

    public func peoplePage(_ query: PeopleQuery, anchor: PeoplePageAnchor, limit: Int) throws -> [PersonRow] {
        try store.peoplePage(query, anchor: anchor, limit: limit)
    }

    public func peopleCount(_ query: PeopleQuery) throws -> Int { try store.peopleCount(query) }

    public func bookingListCount(_ query: PeopleQuery) throws -> BookingListCount { try store.bookingListCount(query) }

    /// Where `x` on a list writes its file: the folder hopdash was started in.
    public var exportFolder = FileManager.default.currentDirectoryPath

    public func exportPeople(_ query: PeopleQuery) throws -> PeopleExport {
        try store.exportPeople(query, inFolder: exportFolder, by: user)
    }

    public func exportOverdueItems(_ items: [OverdueItem], professionId: RowID, today: Day) throws -> PeopleExport {
        try store.exportOverdueItems(items, professionId: professionId, today: today, inFolder: exportFolder, by: user)
    }

    public func accessLog(professionCode: String?, limit: Int) throws -> [AccessLogEntry] {
        try store.accessLog(professionCode: professionCode, limit: limit)
    }

    public func successionRegister(professionId: RowID) throws -> SuccessionRegister {
        try store.successionRegister(professionId: professionId)
    }

    public func learningCatalogue(professionId: RowID) throws -> LearningCatalogue {
        try store.learningCatalogue(professionId: professionId)
    }

    public func planWorkbench(professionId: RowID, year: Int) throws -> PlanWorkbench {
        try store.planWorkbench(professionId: professionId, year: year)
    }

    public func staffMember(number: String) throws -> StaffMember? { try store.staffMember(number: number) }

    public func seminarSettings() throws -> SeminarSettings { try store.seminarSettings() }
    public func lastForum(onOrBefore day: Day) throws -> LastForum? { try store.lastForum(onOrBefore: day) }

    public func professionHistory(professionId: RowID) throws -> ProfessionHistory {
        try store.professionHistory(professionId: professionId)
    }

    public func trendBaseline(today: Day) throws -> TrendBaseline? { try store.trendBaseline(today: today) }

    public func apply(_ change: Change, today: Day, undoing: Bool) throws(SaveError) -> EditableRecord? {
        guard undoing else { return try apply(change, today: today) }
        return try Store.undoing { () throws(SaveError) -> EditableRecord? in try apply(change, today: today) }
    }

    /// `apply(_:today:undoing:)` for a change that is not an undo.
    public func apply(_ change: Change, today: Day) throws(SaveError) -> EditableRecord? {
        let saved = try save(change, today: today)
        // A list found empty when marked wrote nothing: said so, as a save that did not happen.
        if case .markListFollowedUp = change, saved == nil {
            throw .failed("Nobody is on the list now: nothing was recorded.")
        }
        return saved
    }

    private func save(_ change: Change, today: Day) throws(SaveError) -> EditableRecord? {
        do {
            switch change {
            case .saveChecklistEntry(let entry):
                return .checklistEntry(try store.saveChecklistEntry(entry, on: today, by: user))
            case .saveMaturityAssessment(let a):
                return .maturityAssessment(a.id == 0 ? try store.addMaturityAssessment(a, by: user)
                                                     : try store.updateMaturityAssessment(a, by: user))
            case .deleteMaturityAssessment(let a):
                try store.deleteMaturityAssessment(id: a.id, expectedVersion: a.version, by: user)
                return nil
            case .saveSkill(let skill, let requirements):
                let saved = try store.saveSkill(skill, requirements: requirements.map { ($0.gradeId, $0.level) }, by: user)
                return .skill(saved, requirements: try self.requirements(of: saved))
            case .deleteSkill(let skill):
                try store.deleteSkill(id: skill.id, expectedVersion: skill.version, by: user)
                return nil
            case .setMemberships(let member, let memberships):
                let saved = try store.setStaffProfessions(staffId: member.id, expectedVersion: member.version,
                                                          memberships.map { ($0.professionId, $0.isPrimary) }, by: user)
                return .memberships(saved, try store.staffProfessions(staffId: member.id))
            case .saveDepartment(let department):
                return .department(try store.saveDepartment(department, by: user))
            case .deleteDepartment(let department):
                try store.deleteDepartment(id: department.id, expectedVersion: department.version, by: user)
                return nil
            case .saveGrade(let grade):
                return .grade(try store.saveGrade(grade, by: user))
            case .deleteGrade(let grade):
                try store.deleteGrade(id: grade.id, expectedVersion: grade.version, by: user)
                return nil
            case .addStaff(let member, let professionId):
                return .staff(try store.addStaff(member, professionId: professionId, by: user))
            case .saveStaff(let member):
                return .staff(try store.saveStaff(member, by: user))
            case .deleteStaff(let member):
                try store.deleteStaff(id: member.id, expectedVersion: member.version, by: user)
                return nil
            case .saveProfession(let profession):
                return .profession(try store.saveProfession(profession, by: user))
            case .deleteProfession(let id, let version, _):
                try store.deleteProfession(id: id, expectedVersion: version, by: user)
                return nil
            case .saveCPDRequirement(let requirement):
                return .cpdRequirement(try store.saveCPDRequirement(requirement, by: user))
            case .saveAssessment(let a):
                return .assessment(a.id == 0 ? try store.addAssessment(a, by: user) : try store.updateAssessment(a, by: user))
            case .deleteAssessment(let a):
                try store.deleteAssessment(id: a.id, expectedVersion: a.version, by: user)
                return nil
            case .saveCPDActivity(let a):
                return .cpdActivity(a.id == 0 ? try store.addCPDActivity(a, by: user) : try store.updateCPDActivity(a, by: user))
            case .deleteCPDActivity(let a):
                try store.deleteCPDActivity(id: a.id, expectedVersion: a.version, by: user)
                return nil
            case .saveQualification(let q):
                return .qualificationHeld(q.id == 0 ? try store.addQualificationHeld(q, by: user)
                                                    : try store.updateQualificationHeld(q, by: user))
            case .setQualificationRequirements(let professionId, let list, let expected):
                let saved = try store.setQualificationRequirements(professionId: professionId,
                                                                   list.map { ($0.gradeId, $0.qualification) },
                                                                   expected: expected, by: user)
                return .qualificationRequirements(professionId: professionId, saved)
            case .deleteQualification(let q):
                try store.deleteQualificationHeld(id: q.id, expectedVersion: q.version, by: user)
                return nil
            case .saveMovement(let m):
                return .movement(try store.saveMovement(m, by: user))
            case .deleteMovement(let m):
                try store.deleteMovement(id: m.id, expectedVersion: m.version, by: user)
                return nil
            case .saveDepartmentalLead(let l):
                return .departmentalLead(try store.saveDepartmentalLead(l, by: user))
            case .deleteDepartmentalLead(let l):
                try store.deleteDepartmentalLead(id: l.id, expectedVersion: l.version, by: user)
                return nil
            case .saveSeminarSettings(let s):
                return .seminarSettings(try store.saveSeminarSettings(s, by: user))
            case .saveCriticalPost(let p):
                return .criticalPost(try store.saveCriticalPost(p, by: user))
            case .deleteCriticalPost(let p):
                try store.deleteCriticalPost(id: p.id, expectedVersion: p.version, by: user)
                return nil
            case .saveForumDate(let f):
                return .forumDate(try store.saveForumDate(f, by: user))
            case .deleteForumDate(let f):
                try store.deleteForumDate(id: f.id, expectedVersion: f.version, by: user)
                return nil
            case .saveFollowUp(let f):
                return .followUp(try store.saveFollowUp(f, by: user))
            case .deleteFollowUp(let f):
                try store.deleteFollowUp(id: f.id, expectedVersion: f.version, by: user)
                return nil
            case .markListFollowedUp(let query, let t):
                return try store.markFollowedUp(everyoneOn: query, reason: t.reason, note: t.note, date: t.date, by: user)
                    .map(EditableRecord.followUpBatch)
            case .deleteFollowUps(let batch):
                try store.deleteFollowUps(batch, by: user)
                return nil
            case .saveLearningOffer(let o):
                return .learningOffer(try store.saveLearningOffer(o, by: user))
            case .deleteLearningOffer(let o):
                try store.deleteLearningOffer(id: o.id, expectedVersion: o.version, by: user)
                return nil
            case .saveDevelopmentPlan(let p):
                return .developmentPlan(try store.saveDevelopmentPlan(p, by: user))
            case .deleteDevelopmentPlan(let p):
                try store.deleteDevelopmentPlan(id: p.id, expectedVersion: p.version, by: user)
                return nil
            case .saveBooking(let b):
                return .booking(try store.saveBooking(b, by: user))
            case .deleteBooking(let b):
                try store.deleteBooking(id: b.id, expectedVersion: b.version, by: user)
                return nil
            case .completeBooking(let b, let date, _):
                return .booking(try store.completeBooking(b, on: date, by: user).booking)
            case .reopenBooking(let b):
                return .booking(try store.reopenBooking(b, by: user))
            case .bookList(let query, let date):
                return .bookingBatch(try store.book(everyoneOn: query, date: date, by: user))
            case .deleteBookings(let batch):
                try store.deleteBookings(batch, by: user)
                return nil
            case .deleteCPDRequirement(let requirement):
                try store.deleteCPDRequirement(professionId: requirement.professionId, expectedVersion: requirement.version,
                                               by: user)
                return nil
            }
        } catch {
            // A member's professions conflict through the member's version: say what they are now.
            if case .setMemberships = change, case .conflict(_, _, .staff(let stored)?) = error,
               let list = try? store.staffProfessions(staffId: stored.id) {
                throw .conflict(current: .memberships(stored, list))
            }
            // Mandatory qualifications have no version: the conflict says what they are now.
            if case .setQualificationRequirements(let professionId, _, _) = change, case .conflict = error,
               let now = try? store.qualificationRequirements(professionId: professionId) {
                throw .conflict(current: .qualificationRequirements(professionId: professionId, now))
            }
            throw saveError(error)
        }
    }

    /// A conflict keeps what is stored now; a record gone is a conflict with nothing; every
    /// other failure (read-only, busy, disk full, store gone) is its plain message.
    func saveError(_ error: StoreError) -> SaveError {
        switch error {
        case .conflict(_, _, let current): .conflict(current: current.flatMap(editable))
        case .missing: .conflict(current: nil)
        default: .failed(error.description)
        }
    }

    func editable(_ record: StoredRecord) -> EditableRecord? {
        switch record {
        case .checklistEntry(let entry): return .checklistEntry(entry)
        case .maturityAssessment(let a): return .maturityAssessment(a)
        case .skill(let skill): return (try? requirements(of: skill)).map { .skill(skill, requirements: $0) }
        case .staff(let member): return .staff(member)
        case .profession(let profession): return .profession(profession)
        case .cpdRequirement(let requirement): return .cpdRequirement(requirement)
        case .assessment(let a): return .assessment(a)
        case .cpdActivity(let a): return .cpdActivity(a)
        case .qualificationHeld(let q): return .qualificationHeld(q)
        case .department(let d): return .department(d)
        case .grade(let g): return .grade(g)
        case .movement(let m): return .movement(m)
        case .departmentalLead(let l): return .departmentalLead(l)
        case .seminarSettings(let s): return .seminarSettings(s)
        case .criticalPost(let p): return .criticalPost(p)
        case .forumDate(let f): return .forumDate(f)
        case .followUp(let f): return .followUp(f)
        case .learningOffer(let o): return .learningOffer(o)
        case .developmentPlan(let p): return .developmentPlan(p)
        case .booking(let b): return .booking(b)
        }
    }

    /// A skill's required levels as stored now (read with the profession, which is small).
    private func requirements(of skill: Skill) throws(StoreError) -> [SkillRequirement] {
        try store.professionData(id: skill.professionId, today: Day.today()).requirements.filter { $0.skillId == skill.id }
    }
}
