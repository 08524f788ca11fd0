import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// CPD pro-rated for joiners and part-time staff, through the store: the summaries, saves,
/// the import and the SQL form of the rule.
@Suite("Fair CPD: joiners and part-time staff")
struct FairCPDTests {
    @Test func aJoinerWorkingHalfTimeIsOnTrackWhereAFullTimerWouldBeBehind() throws {
        // Given the hand-counted store (P: 30 h from April), on 15 June 2025: the cycle is
        // 1 Apr 2025 - 31 Mar 2026 (365 days), 76 days gone, so a full-timer there all cycle
        // owes 1800 × 76 / 365 = 374.8 minutes: a (180), b (90) and c (180) are all behind.
        let f = try HandCounted()
        let before = try #require(CPDReport(data: f.store.professionData(id: f.p.id, today: today), today: today))
        #expect(before.counts == [.completed: 0, .onTrack: 0, .behind: 3, .noneLogged: 0])
        // When b is recorded as joining on 20 May 2025, working 0.5
        var b = try #require(try f.store.staffMember(id: f.b.id))
        b.joinedProfession = day("2025-05-20")
        b.fte = FullTimeEquivalent(hundredths: 50)
        let saved = try f.store.saveStaff(b, by: user)
        #expect(saved.joinedProfession == day("2025-05-20") && saved.fte?.hundredths == 50)
        // Then b owes from 1 June (2 months in), half time: 900 × 15 / 365 = 37.0 by now, and
        // their 90 minutes are on track
        let data = try f.store.professionData(id: f.p.id, today: today)
        let cycle = CPDRule(requirement: CPDRequirement(professionId: f.p.id, hoursPerCycle: 30), cycleYear: 2025, today: today)
        #expect(Set(data.cpdCoverage) == [CPDCoverageBin(cycle, minutes: 90, staff: 1, startMonth: 2, fte: b.fte!),
                                          CPDCoverageBin(cycle, minutes: 180, staff: 2)])
        let after = try #require(CPDReport(data: data, today: today))
        #expect(after.counts == [.completed: 0, .onTrack: 1, .behind: 2, .noneLogged: 0])
        #expect(try f.store.verifySummaries().isEmpty)
        // And the change is logged with both fields, and undone by saving the old values back
        let logged = try f.store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT after FROM change_log WHERE table_name = 'staff' ORDER BY id DESC LIMIT 1")
        }
        #expect(logged?.contains("\"joined_profession\":\"2025-05-20\"") == true)
        #expect(logged?.contains("\"fte_hundredths\":50") == true)
        var back = saved
        back.joinedProfession = nil
        back.fte = nil
        _ = try f.store.saveStaff(back, by: user)
        // (90 and 180 minutes, both behind again: one bin with the fewer days)
        #expect(try f.store.professionData(id: f.p.id, today: today).cpdCoverage
                == [CPDCoverageBin(cycle, minutes: 90, staff: 3)])
        #expect(try f.store.verifySummaries().isEmpty)
    }

    /// The lists behind the CPD figures follow the pro-rated rule: a joiner and a part-timer are
    /// listed on track where the same minutes would leave a full-timer there all cycle behind, and
    /// each list holds as many as its figure counts.
    @Test func theCPDListsHoldAJoinerAndAPartTimerWhereTheRulePutsThem() throws {
        // Given the hand-counted store on 15 June 2025 (76 of 365 days gone; 30 h a cycle):
        // a (180 min) made part-time at 0.4 owes 1800 × 0.4 × 76 / 365 = 149.9 by now: on track;
        // c (180 min) joined on 20 May 2025, full time, owes from 1 June: 1800 × 15 / 365 = 74.0
        // by now (and 1499.2 by the cycle's end, so not completed): on track; b (90 min) is a
        // full-timer there all cycle and owes 374.8: behind.
        let f = try HandCounted()
        var a = try #require(try f.store.staffMember(id: f.a.id))
        a.fte = FullTimeEquivalent(hundredths: 40)
        _ = try f.store.saveStaff(a, by: user)
        var c = try #require(try f.store.staffMember(id: f.c.id))
        c.joinedProfession = day("2025-05-20")
        _ = try f.store.saveStaff(c, by: user)
        let report = try #require(CPDReport(data: f.store.professionData(id: f.p.id, today: today), today: today))
        #expect(report.counts == [.completed: 0, .onTrack: 2, .behind: 1, .noneLogged: 0])
        func listed(_ category: CPDReport.Category) throws -> [String] {
            let query = PeopleQuery(professionId: f.p.id, criterion: .cpd(category), today: today)
            #expect(try f.store.peopleCount(query) == report.counts[category])
            return try f.store.peoplePage(query, limit: 10).map(\.name)
        }
        #expect(try listed(.onTrack) == ["Person A", "Person C"])
        #expect(try listed(.behind) == ["Person B"])
        #expect(try listed(.completed).isEmpty && listed(.noneLogged).isEmpty)
    }

    @Test func theSQLRuleAgreesWithTheSwiftRuleEverywhere() throws {
        // Every combination of a grid of minutes, joining days and working patterns, on days
        // across two cycles with differently placed start months.
        let queue = try DatabaseQueue()
        let joinedDays: [Day?] = [nil, day("2019-07-04"), day("2025-04-01"), day("2025-04-02"), day("2025-07-01"),
                                  day("2025-07-15"), day("2025-12-31"), day("2026-03-01"), day("2026-08-09")]
        let patterns: [FullTimeEquivalent?] = [nil, FullTimeEquivalent(hundredths: 50), FullTimeEquivalent(hundredths: 1),
                                               FullTimeEquivalent(hundredths: 100)]
        var compared = 0
        for (startMonth, cycleYear, today) in [(4, 2025, day("2025-06-15")), (4, 2025, day("2026-03-31")),
                                               (1, 2025, day("2025-09-30")), (9, 2025, day("2025-09-01"))] {
            let rule = CPDRule(requirement: CPDRequirement(professionId: 1, hoursPerCycle: 30, cycleStartMonth: startMonth),
                               cycleYear: cycleYear, today: today)
            for minutes in [0, 1, 37, 305, 375, 900, 1199, 1800, 5000] {
                for joined in joinedDays {
                    for fte in patterns {
                        let (sql, arguments) = CPDRuleSQL.category(
                            rule, minutes: String(minutes), joined: joined.map { "'\($0.iso)'" } ?? "NULL",
                            fte: fte.map { String($0.hundredths) } ?? "NULL")
                        let fromSQL = try queue.read { try String.fetchOne($0, sql: "SELECT \(sql)", arguments: arguments) }
                        let expected = rule.category(minutes: minutes, joined: joined, fte: fte)
                        #expect(fromSQL == expected.rawValue, "\(minutes) min, joined \(joined?.iso ?? "-"), fte \(fte?.text ?? "-"), \(today.iso)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared == 4 * 9 * 9 * 4)
    }

    @Test func theStaffImportTakesBothFieldsAndBlankMeansFullTimeAllCycle() throws {
        let store = try importTestStore()
        // Given a file with both columns, by aliases
        let outcome = try store.importCSV(.staff, reading: { CSVReader(bytes: Array("""
            Staff number,Name,Grade,Department,Date joined profession,Full-time equivalent
            NEW001,Ann Example,EO,CS,20/05/2025,0.6
            NEW002,Bo Example,EO,CS,,
            NEW003,Cy Example,EO,CS,2024-01-31,60%

            """.utf8)) }, file: "hr.csv")
        #expect(outcome.inserted == 3)
        func member(_ number: String) throws -> StaffMember? {
            try store.writer.read { db in
                try Row.fetchOne(db, sql: "SELECT \(StaffMember.selection) FROM staff WHERE staff_number = ?",
                                 arguments: [number]).map(StaffMember.init(row:))
            }
        }
        #expect(try member("NEW001")?.joinedProfession == day("2025-05-20"))
        #expect(try member("NEW001")?.fte?.hundredths == 60)
        #expect(try member("NEW002")?.joinedProfession == nil && member("NEW002")?.fte == nil)
        #expect(try member("NEW003")?.fte?.hundredths == 60)
        // When a later file lacks the columns, the fields are kept; a blank cell clears them
        let kept = try store.importCSV(.staff, reading: { CSVReader(bytes: Array(
            "Staff number,Name,Grade,Department\nNEW001,Ann Example,EO,CS\n".utf8)) }, file: "hr.csv")
        #expect(kept.unchanged == 1)
        #expect(try member("NEW001")?.fte?.hundredths == 60)
        _ = try store.importCSV(.staff, reading: { CSVReader(bytes: Array(
            "Staff number,Name,Grade,Department,FTE,Joined profession\nNEW001,Ann Example,EO,CS,,\n".utf8)) }, file: "hr.csv")
        #expect(try member("NEW001")?.fte == nil && member("NEW001")?.joinedProfession == nil)
        #expect(try store.verifySummaries().isEmpty)
        // And the export writes both back as the import reads them
        _ = try store.importCSV(.staff, reading: { CSVReader(bytes: Array(
            "Staff number,Name,Grade,Department,FTE,Joined profession\nNEW001,Ann Example,EO,CS,0.75,2025-05-20\n".utf8)) },
                                file: "hr.csv")
        var csv = ""
        try store.exportCSV(.staff) { csv += $0 }
        #expect(csv.hasPrefix("Staff number,Name,Grade,Department,Post,Profession,Other professions,Joined profession,FTE\r\n"))
        #expect(csv.contains("NEW001,Ann Example,EO,CS,,,,2025-05-20,0.75\r\n"))
    }

    @Test func unreadableValuesSayWhatAndWhereAndChangeNothing() throws {
        let store = try importTestStore()
        let before = try everyRow(store)
        let file = "Staff number,Name,Grade,Department,Joined profession,FTE\n"
            + "NEW001,Ann Example,EO,CS,2025-02-30,0.6\n"
            + "NEW002,Bo Example,EO,CS,2025-01-01,1.5\n"
            + "NEW003,Cy Example,EO,CS,soon,0\n"
        do {
            _ = try store.importCSV(.staff, reading: { CSVReader(bytes: Array(file.utf8)) }, file: "hr.csv")
            Issue.record("imported")
        } catch let failure as ImportFailure {
            #expect(failure.problems.listed.map(\.description) == [
                "hr.csv:2:5: joined profession: date \"2025-02-30\" does not exist; expected a day of the calendar",
                "hr.csv:3:6: FTE \"1.5\" cannot be read; expected \(FullTimeEquivalent.expected)",
                "hr.csv:4:5: joined profession: date in this cell is not a date; expected YYYY-MM-DD or DD/MM/YYYY",
                "hr.csv:4:6: FTE \"0\" cannot be read; expected \(FullTimeEquivalent.expected)",
            ])
        }
        #expect(try everyRow(store) == before)
    }
}
