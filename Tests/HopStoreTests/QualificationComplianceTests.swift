import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// Mandatory qualification compliance through the store, counted by hand on the hand-counted
/// store (on 15 June 2025; 90 days later is 13 September 2025).
@Suite("Mandatory qualification compliance")
struct QualificationComplianceTests {
    func hold(_ store: Store, _ member: StaffMember, _ name: String, expires: String?) throws -> QualificationHeld {
        try store.addQualificationHeld(QualificationHeld(staffId: member.id, qualification: name, date: day("2020-01-01"),
                                                         expires: expires.map(day)), by: user)
    }

    func report(_ f: HandCounted) throws -> QualificationReport {
        try #require(QualificationReport(data: f.store.professionData(id: f.p.id, today: today)))
    }

    @Test func holdersMissingAndLapsingPerGradeByHand() throws {
        // Given P requires "PQ" at EO (a, b) and "AQ" and "PQ" at AO (c); a holds PQ to 13 Sep
        // 2025 (lapses within 90 days, the last day counted), b held it to 14 Jun 2025 (lapsed
        // yesterday); c holds PQ without expiry (written in other case) and AQ to 14 Sep 2025
        // (the day after the window); d, not in P, holds PQ
        let f = try compliance()
        // Then EO: 2 members, b misses PQ, a's lapses soon; AO: c holds both, neither soon
        let r = try report(f)
        #expect(r.grades.map(\.grade.code) == ["AO", "EO"])
        let ao = r.grades[0], eo = r.grades[1]
        #expect((eo.members, eo.missingOne, eo.expiring) == (2, 1, 1))
        #expect(eo.qualifications.map(\.name) == ["PQ"])
        #expect(eo.qualifications.map { [$0.holders, $0.missing, $0.expiring] } == [[1, 1, 1]])
        #expect((ao.members, ao.missingOne, ao.expiring) == (1, 0, 0))
        #expect(ao.qualifications.map { [$0.holders, $0.missing, $0.expiring] } == [[1, 0, 0], [1, 0, 0]])
        #expect((r.members, r.missingOne, r.expiring) == (3, 1, 1))
        #expect(r.compliant == Ratio(2, of: 3))
        #expect(try f.store.verifySummaries().isEmpty)
        // And the next day a is still valid, c's AQ now lapses within 90 days
        let later = try #require(QualificationReport(data: f.store.professionData(id: f.p.id, today: day("2025-06-16"))))
        #expect((later.grades[0].expiring, later.grades[1].expiring) == (1, 1))
    }

    @Test func writesMoveTheFigures() throws {
        let f = try HandCounted()
        try f.store.setQualificationRequirements(professionId: f.p.id, [(f.grade("EO"), "PQ")], by: user)
        let held = try hold(f.store, f.b, "PQ", expires: "2025-06-14")
        #expect(try report(f).missingOne == 2)
        // When b renews (the record's expiry moves on), a gains PQ and then loses it again
        var renewed = held
        renewed.expires = day("2028-06-14")
        _ = try f.store.updateQualificationHeld(renewed, by: user)
        #expect(try report(f).missingOne == 1)
        let gained = try hold(f.store, f.a, "PQ", expires: nil)
        #expect(try report(f).missingOne == 0)
        try f.store.deleteQualificationHeld(id: gained.id, expectedVersion: gained.version, by: user)
        #expect(try report(f).missingOne == 1)
        // When a is promoted out of EO, and PQ is then required at HEO instead
        var a = try #require(try f.store.staffMember(id: f.a.id))
        a.gradeId = f.grade("HEO")
        _ = try f.store.saveStaff(a, by: user)
        #expect(try report(f).grades.map { [$0.members, $0.missingOne] } == [[1, 0]])
        try f.store.setQualificationRequirements(professionId: f.p.id, [(f.grade("HEO"), "PQ")], by: user)
        #expect(try report(f).grades.map { "\($0.grade.code) \($0.members) \($0.missingOne)" } == ["HEO 1 1"])
        #expect(try f.store.verifySummaries().isEmpty)
        // And with nothing required there is no report
        try f.store.setQualificationRequirements(professionId: f.p.id, [], by: user)
        #expect(QualificationReport(data: try f.store.professionData(id: f.p.id, today: today)) == nil)
        #expect(try f.store.verifySummaries().isEmpty)
    }

    /// The hand-counted store with PQ required at EO (a, b) and AQ and PQ at AO (c): a's PQ
    /// lapses on 13 Sep 2025 (the window's last day), b's lapsed on 14 Jun 2025, c holds both,
    /// AQ to 14 Sep 2025 (a day past the window).
    func compliance() throws -> HandCounted {
        let f = try HandCounted()
        try f.store.setQualificationRequirements(professionId: f.p.id, [(f.grade("EO"), "PQ"), (f.grade("AO"), "AQ"),
                                                                        (f.grade("AO"), "PQ")], by: user)
        _ = try hold(f.store, f.a, "PQ", expires: "2025-09-13")
        _ = try hold(f.store, f.b, "PQ", expires: "2025-06-14")
        _ = try hold(f.store, f.c, "pq", expires: nil)
        _ = try hold(f.store, f.c, "AQ", expires: "2025-09-14")
        _ = try hold(f.store, f.d, "PQ", expires: nil)
        return f
    }

    func names(_ f: HandCounted, _ who: PeopleCriterion, grade: String? = nil, on day: Day = today) throws -> [String] {
        try f.store.peoplePage(PeopleQuery(professionId: f.p.id, criterion: who, gradeId: grade.map(f.grade), today: day),
                               limit: 50).map { "\($0.staffNumber): \($0.value)" }
    }

    @Test func eachFigureCountsItsListByHand() throws {
        let f = try compliance()
        // Missing one: b only, whose PQ lapsed yesterday; lapsing soon: a only
        #expect(try names(f, .qualificationMissing(nil)) == ["B: PQ (lapsed 2025-06-14)"])
        #expect(try names(f, .qualificationMissing("pq")) == ["B: PQ (lapsed 2025-06-14)"])
        #expect(try names(f, .qualificationMissing("AQ")).isEmpty)
        #expect(try names(f, .expiring) == ["A: PQ to 2025-09-13"])
        // The next day c's AQ enters the window too; a hundred days on, a's and c's AQ have lapsed
        #expect(try names(f, .expiring, on: day("2025-06-16")) == ["A: PQ to 2025-09-13", "C: AQ to 2025-09-14"])
        #expect(try names(f, .qualificationMissing(nil), on: day("2025-09-23"))
                == ["A: PQ (lapsed 2025-09-13)", "B: PQ (lapsed 2025-06-14)", "C: AQ (lapsed 2025-09-14)"])
        #expect(try names(f, .expiring, on: day("2025-09-23")).isEmpty)
        // And every figure equals its list's length, overall and per grade and qualification
        for date in [today, day("2025-06-16"), day("2025-09-13"), day("2025-09-23")] {
            let r = try #require(QualificationReport(data: f.store.professionData(id: f.p.id, today: date)))
            func count(_ who: PeopleCriterion, grade: Grade? = nil) throws -> Int {
                try f.store.peopleCount(PeopleQuery(professionId: f.p.id, criterion: who, gradeId: grade?.id, today: date))
            }
            #expect(try count(.qualificationMissing(nil)) == r.missingOne, "\(date.iso)")
            #expect(try count(.expiring) == r.expiring, "\(date.iso)")
            for row in r.grades {
                #expect(try count(.qualificationMissing(nil), grade: row.grade) == row.missingOne, "\(date.iso) \(row.grade.code)")
                #expect(try count(.expiring, grade: row.grade) == row.expiring, "\(date.iso) \(row.grade.code)")
                for q in row.qualifications {
                    #expect(try count(.qualificationMissing(q.name), grade: row.grade) == q.missing,
                            "\(date.iso) \(row.grade.code) \(q.name)")
                }
            }
        }
    }

    @Test func theWhoVocabularyReadsExpiring() throws {
        #expect(try PeopleCriterion.parse("Expiring") == .expiring)
        #expect(try PeopleCriterion.parse(PeopleCriterion.expiring.text) == .expiring)
        #expect(throws: PeopleCriterionError.self) { try PeopleCriterion.parse("expiring:PQ") }
    }

    @Test func anExpiryBeforeTheDayGainedIsRefused() throws {
        let f = try HandCounted()
        #expect(throws: StoreError.invalid(field: "Expires", reason: "before the day it was gained")) {
            try f.store.addQualificationHeld(QualificationHeld(staffId: f.a.id, qualification: "PQ", date: day("2025-01-02"),
                                                               expires: day("2025-01-01")), by: user)
        }
    }

    @Test func theImportTakesAnExpiryAndKeepsItWhenTheColumnIsAbsent() throws {
        let store = try importTestStore()
        func expiry() throws -> String? {
            try store.writer.read { db in
                try String.fetchOne(db, sql: """
                    SELECT COALESCE(q.expires, '-') FROM qualification_held q JOIN staff s ON s.id = q.staff_id
                    WHERE s.staff_number = 'CS000001' AND q.qualification = 'Test award'
                    """)
            }
        }
        let first = try store.importCSV(.qualifications, reading: { CSVReader(bytes: Array(
            "Staff number,Qualification,Date,Valid until\nCS000001,Test award,2024-01-01,31/12/2026\n".utf8)) }, file: "q.csv")
        #expect(first.inserted == 1)
        #expect(try expiry() == "2026-12-31")
        let kept = try store.importCSV(.qualifications, reading: { CSVReader(bytes: Array(
            "Staff number,Qualification,Date\nCS000001,Test award,2024-01-01\n".utf8)) }, file: "q.csv")
        #expect(kept.unchanged == 1)
        #expect(try expiry() == "2026-12-31")
        let cleared = try store.importCSV(.qualifications, reading: { CSVReader(bytes: Array(
            "Staff number,Qualification,Date,Expires\nCS000001,Test award,2024-01-01,\n".utf8)) }, file: "q.csv")
        #expect(cleared.updated == 1)
        #expect(try expiry() == "-")
        #expect(try store.verifySummaries().isEmpty)
        do {
            _ = try store.importCSV(.qualifications, reading: { CSVReader(bytes: Array(
                "Staff number,Qualification,Date,Expires\nCS000001,Test award,2024-01-01,2023-12-31\n".utf8)) }, file: "q.csv")
            Issue.record("imported")
        } catch let failure as ImportFailure {
            #expect(failure.problems.listed.map(\.description)
                    == ["q.csv:2:4: expires \"2023-12-31\" before the day it was gained; expected a day on or after 2024-01-01"])
        }
    }
}
