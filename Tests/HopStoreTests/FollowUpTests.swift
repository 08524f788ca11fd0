import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// Follow-ups of the people on a list: records like any other (change-logged, versioned, taken
/// back whole, exported and restored, collated), the latest shown with each person, and the
/// dashboard's "followed up, not yet improved" counted by hand.
@Suite struct FollowUpTests {
    typealias Fixture = PeopleListTests.Fixture

    @Test func markingOnePersonShowsAsTheirLatestFollowUpAndIsChangeLogged() throws {
        let f = try Fixture()
        let p3 = f.people["P3"]!
        let saved = try f.store.markFollowedUp(staffId: p3.id, on: f.query(.neverAssessed), reason: "asked to complete the skills audit",
                                               note: "by e-mail", date: day("2025-06-10"), by: user)
        #expect(saved.version == 1 && saved.list == "never-assessed" && saved.professionId == f.a.id)
        let row = try #require(try f.store.peoplePage(f.query(.neverAssessed), limit: 10).first)
        #expect(row.latestFollowUp == "2025-06-10 asked to complete the skills audit")
        // A later one is the latest; one on another of the profession's lists counts too.
        _ = try f.store.markFollowedUp(staffId: p3.id, on: f.query(.cpd(.noneLogged)), reason: "reminded of CPD",
                                       date: day("2025-06-12"), by: user)
        #expect(try f.list(f.query(.neverAssessed)).map(\.latestFollowUp) == ["2025-06-12 reminded of CPD"])
        // Someone never followed up shows nothing.
        #expect(try f.list(f.query(.auditOverdue)).map(\.latestFollowUp) == ["", ""])
        let log = try f.store.changeLog(kind: .followUp, recordId: String(saved.id))
        #expect(log.map(\.action) == ["insert"])
        #expect(log.first?.professionId == f.a.id)
        #expect(try f.store.followUps(staffId: p3.id).map(\.reason) == ["reminded of CPD", "asked to complete the skills audit"])
    }

    @Test func markingAWholeListWritesOneEachAndTakingItBackRemovesThemAll() throws {
        let f = try Fixture()
        let batch = try #require(try f.store.markFollowedUp(everyoneOn: f.query(.auditOverdue), reason: "asked to book an assessment",
                                                            date: today, by: user))
        #expect(batch.count == 2 && batch.lastId - batch.firstId == 1)
        #expect(try f.list(f.query(.auditOverdue)).map(\.latestFollowUp)
                == ["2025-06-15 asked to book an assessment", "2025-06-15 asked to book an assessment"])
        for id in batch.firstId...batch.lastId {
            #expect(try f.store.changeLog(kind: .followUp, recordId: String(id)).map(\.action) == ["insert"])
        }
        // An empty list writes nothing.
        #expect(try f.store.markFollowedUp(everyoneOn: f.query(.below(skill: "Writing")), reason: "x", date: today, by: user) == nil)
        try f.store.deleteFollowUps(batch, by: user)
        #expect(try f.list(f.query(.auditOverdue)).map(\.latestFollowUp) == ["", ""])
        #expect(try f.store.changeLog(kind: .followUp, recordId: String(batch.firstId)).map(\.action) == ["delete", "insert"])
        #expect(try count(f.store, "SELECT COUNT(*) FROM follow_up") == 0)
    }

    @Test func takingBackAListIsRefusedWholeWhenOneOfItsFollowUpsChangedSince() throws {
        let f = try Fixture()
        let batch = try #require(try f.store.markFollowedUp(everyoneOn: f.query(.auditOverdue), reason: "asked", date: today, by: user))
        var one = try #require(try f.store.followUps(staffId: f.people["P5"]!.id).first)
        one.note = "they replied"
        let changed = try f.store.saveFollowUp(one, by: user)
        #expect(throws: StoreError.conflict(kind: .followUp, recordId: String(changed.id), current: .followUp(changed))) {
            try f.store.deleteFollowUps(batch, by: user)
        }
        #expect(try count(f.store, "SELECT COUNT(*) FROM follow_up") == 2)
    }

    @Test func textsAreHeldToTheirLimitsAndNonsenseIsRefused() throws {
        let f = try Fixture()
        let query = f.query(.neverAssessed)
        let p3 = f.people["P3"]!
        let long = String(repeating: "r", count: 201)
        #expect(throws: StoreError.invalid(field: "Reason", reason: "201 characters; expected at most 200")) {
            try f.store.markFollowedUp(staffId: p3.id, on: query, reason: long, date: today, by: user)
        }
        #expect(throws: StoreError.invalid(field: "Reason", reason: "201 characters; expected at most 200")) {
            try f.store.markFollowedUp(everyoneOn: query, reason: long, date: today, by: user)
        }
        #expect(throws: StoreError.invalid(field: "Note", reason: "1001 characters; expected at most 1000")) {
            try f.store.markFollowedUp(everyoneOn: query, reason: "r", note: String(repeating: "n", count: 1001), date: today, by: user)
        }
        #expect(throws: StoreError.self) { try f.store.markFollowedUp(staffId: p3.id, on: query, reason: "  ", date: today, by: user) }
        var bad = FollowUp(staffId: p3.id, professionId: f.a.id, list: "nobody-in-particular", reason: "r", date: today)
        #expect(throws: StoreError.self) { try f.store.saveFollowUp(bad, by: user) }
        // Q1 is not a member of profession A.
        let q1 = try #require(try f.store.staffMember(number: "Q1"))
        bad = FollowUp(staffId: q1.id, professionId: f.a.id, list: "never-assessed", reason: "r", date: today)
        #expect(throws: StoreError.invalid(field: "Staff member", reason: "not a member of the profession whose list it is")) {
            try f.store.saveFollowUp(bad, by: user)
        }
        #expect(try count(f.store, "SELECT COUNT(*) FROM follow_up") == 0)
    }

    /// Of those followed up for a list in the last twelve months, how many are still on it.
    @Test func theDashboardCountsThoseFollowedUpWhoAreStillOnTheList() throws {
        let f = try Fixture()
        #expect(try f.store.professionData(id: f.a.id, today: today).followUps.isEmpty)
        _ = try f.store.markFollowedUp(everyoneOn: f.query(.auditOverdue), reason: "book an assessment", date: day("2025-06-01"), by: user)
        // P1 behind on CPD, followed up; P3 followed up for a list he is not on counts nowhere.
        _ = try f.store.markFollowedUp(staffId: f.people["P1"]!.id, on: f.query(.cpd(.behind)), reason: "log CPD",
                                       date: day("2025-05-01"), by: user)
        // Followed up over twelve months ago, or after the day: not counted.
        _ = try f.store.markFollowedUp(staffId: f.people["P3"]!.id, on: f.query(.neverAssessed), reason: "old",
                                       date: day("2024-06-15"), by: user)
        _ = try f.store.markFollowedUp(staffId: f.people["P3"]!.id, on: f.query(.cpd(.noneLogged)), reason: "later",
                                       date: day("2025-06-16"), by: user)
        var progress = try f.store.professionData(id: f.a.id, today: today).followUps
        #expect(progress == ["audit-overdue": FollowUpProgress(followedUp: 2, stillOnList: 2),
                             "cpd:behind": FollowUpProgress(followedUp: 1, stillOnList: 1)])
        // P2 is assessed today and P1 logs enough CPD: both move off their lists.
        _ = try f.store.assess(f.people["P2"]!, f.analysis, level: 3, on: "2025-06-15")
        _ = try f.store.logCPD(f.people["P1"]!, .course, minutes: 120, on: "2025-06-14")
        progress = try f.store.professionData(id: f.a.id, today: today).followUps
        #expect(progress == ["audit-overdue": FollowUpProgress(followedUp: 2, stillOnList: 1),
                             "cpd:behind": FollowUpProgress(followedUp: 1, stillOnList: 0)])
        // Still on the list: as many as the list's own people who were followed up.
        let stillOn = try f.list(f.query(.auditOverdue)).filter { !$0.latestFollowUp.isEmpty }.count
        #expect(stillOn == progress["audit-overdue"]?.stillOnList)
    }

    @Test func anExportedListCarriesEachPersonsLatestFollowUp() throws {
        let f = try Fixture()
        _ = try f.store.markFollowedUp(staffId: f.people["P5"]!.id, on: f.query(.auditOverdue), reason: "asked, again",
                                       date: today, by: user)
        var text = ""
        _ = try f.store.exportPeople(f.query(.auditOverdue), format: .csv, professionName: "Profession A", professionCode: "A",
                                     gradeCode: nil, by: user) { text += String(decoding: $0, as: UTF8.self) }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first?.hasSuffix(",Last assessed,Latest follow-up") == true)
        #expect(lines.last?.hasSuffix(",2024-02-01,\"2025-06-15 asked, again\"") == true)
    }

    @Test func followUpsRoundTripThroughTheJSONExport() throws {
        let folder = try TemporaryDirectory()
        let f = try Fixture()
        _ = try f.store.markFollowedUp(everyoneOn: f.query(.auditOverdue), reason: "asked", note: "ö ✓", date: today, by: user)
        let first = try exportJSON(f.store)
        #expect(first.contains("\"follow_up\""))
        let file = folder.file("store.json")
        try first.write(toFile: file, atomically: false, encoding: .utf8)
        try Store.restore(fromJSON: file, to: folder.file("restored.sqlite"), clock: fixedClock)
        let restored = try Store.open(path: folder.file("restored.sqlite"), mode: .readOnly)
        #expect(try exportJSON(restored) == first)
        #expect(try restored.followUps(staffId: f.people["P2"]!.id).map(\.note) == ["ö ✓"])
    }

    @Test func aRestoreRefusesAFollowUpItsStoreWouldRefuse() throws {
        let folder = try TemporaryDirectory()
        let f = try Fixture()
        _ = try f.store.markFollowedUp(staffId: f.people["P3"]!.id, on: f.query(.neverAssessed), reason: "asked", date: today, by: user)
        let text = try exportJSON(f.store)
        for (value, message) in [(String(repeating: "r", count: 201), "tables.follow_up.rows[0].reason: 201 characters; expected at most 200 (Reason)"),
                                 ("   ", "tables.follow_up.rows[0]: Reason: must not be empty")] {
            let file = folder.file("bad.json")
            try text.replacingOccurrences(of: "\"asked\"", with: "\"\(value)\"").write(toFile: file, atomically: false, encoding: .utf8)
            var refusal = ""
            do { try Store.restore(fromJSON: file, to: folder.file("r.sqlite"), clock: fixedClock) } catch { refusal = "\(error)" }
            #expect(refusal.contains(message), "\(refusal)")
            #expect(!FileManager.default.fileExists(atPath: folder.file("r.sqlite")))
        }
    }

    @Test func collationCarriesFollowUpsWithTheirPeopleAndRefusesAPersonInTwoStores() throws {
        let folder = try TemporaryDirectory()
        func make(_ name: String, department: String, staff: String) throws -> (Store, StaffMember) {
            let store = try Store.open(path: folder.file(name), mode: .createIfMissing, clock: fixedClock)
            let d = try store.saveDepartment(Department(code: department, name: "Department \(department)"), by: user)
            let g = try store.saveGrade(Grade(code: "EO", name: "Executive Officer", rank: 1), by: user)
            let p = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
            let member = try store.addStaff(staff, grade: g.id, department: d.id, professions: [p.id])
            let query = PeopleQuery(professionId: p.id, criterion: .neverAssessed, today: today)
            _ = try store.markFollowedUp(staffId: member.id, on: query, reason: "asked in \(department)", date: today, by: user)
            return (store, member)
        }
        let (a, _) = try make("a.sqlite", department: "DA", staff: "A1")
        let (b, _) = try make("b.sqlite", department: "DB", staff: "B1")
        _ = try Store.collate([a.path, b.path], into: folder.file("c.sqlite"), clock: fixedClock)
        let c = try Store.open(path: folder.file("c.sqlite"), mode: .readOnly)
        for (number, reason) in [("A1", "asked in DA"), ("B1", "asked in DB")] {
            let member = try #require(try c.staffMember(number: number))
            let followUps = try c.followUps(staffId: member.id)
            #expect(followUps.map(\.reason) == [reason])
            #expect(try c.professions().map(\.id) == followUps.map(\.professionId))
        }
        // The same person with follow-ups in two stores: refused, nothing written.
        let (d, _) = try make("d.sqlite", department: "DD", staff: "A1")
        var refusal = ""
        do { _ = try Store.collate([a.path, d.path], into: folder.file("e.sqlite"), clock: fixedClock) } catch { refusal = "\(error)" }
        #expect(refusal.contains("staff number A1 is in department DA in \(a.path) but in department DD in \(d.path)"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("e.sqlite")))
    }

    private func count(_ store: Store, _ sql: String) throws -> Int {
        try store.writer.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }
}
