import Foundation
import GRDB
import HopModel
import Testing
@testable import HopStore

/// A small store edited across two quarters and a forum date: each figure's history worked out
/// by hand.
@Suite struct FigureHistoryTests {
    /// The store's clock, moved by the test between writes.
    final class Calendar: @unchecked Sendable {
        var now = Date()
        func set(_ iso: String) {
            let d = day(iso)
            now = Foundation.Calendar.current.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: 12))!
        }
    }

    @Test func quartersAndAForumDateKeepEachFigure() throws {
        let clock = Calendar()
        clock.set("2025-03-10")
        let store = try Store.inMemory(clock: { clock.now })
        let basics = try Basics.write(into: store)
        let pol = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let g7 = basics.grade("G7")
        let analysis = try store.saveSkill(Skill(professionId: pol.id, name: "Analysis"), requirements: [(g7, 3)], by: user)
        _ = try store.saveCPDRequirement(CPDRequirement(professionId: pol.id, hoursPerCycle: 10, cycleStartMonth: 4), by: user)
        let a = try store.addStaff("A", grade: g7, department: basics.department.id, professions: [pol.id])
        let b = try store.addStaff("B", grade: g7, department: basics.department.id, professions: [pol.id])
        let c = try store.addStaff("C", grade: g7, department: basics.department.id, professions: [pol.id])
        _ = try store.assess(a, analysis, level: 2, on: "2025-03-03")   // below the 3 required
        _ = try store.assess(b, analysis, level: 3, on: "2025-03-04")   // meets it
        _ = try store.saveChecklistEntry(ChecklistEntry(professionId: pol.id, itemId: "C01", status: .done), on: day("2025-03-10"), by: user)
        _ = try store.addMaturityAssessment(MaturityAssessment(professionId: pol.id, area: 1, level: 2, date: day("2025-03-01"),
                                                               assessor: "Head"), by: user)
        let items = Framework.embedded.checklist.count

        // Q2: the first write keeps 31 March as the store stood, then changes the checklist.
        clock.set("2025-04-15")
        _ = try store.saveChecklistEntry(ChecklistEntry(professionId: pol.id, itemId: "C02", status: .done), on: day("2025-04-15"), by: user)
        clock.set("2025-05-01")
        _ = try store.assess(c, analysis, level: 1, on: "2025-05-01")   // below
        _ = try store.logCPD(a, .course, minutes: 600, on: "2025-05-05") // A completes the 10 hours
        clock.set("2025-05-10")
        _ = try store.saveForumDate(ForumDate(date: day("2025-05-10"), title: "Forum"), by: user)
        // Q3: the first write keeps 30 June, then records maturity L4.
        clock.set("2025-07-02")
        _ = try store.addMaturityAssessment(MaturityAssessment(professionId: pol.id, area: 1, level: 4, date: day("2025-07-01"),
                                                               assessor: "Head"), by: user)

        func history(_ figure: Figure) throws -> [String] {
            try store.history(professionId: pol.id, figure: figure).map { "\($0.day.iso) \($0.value.count)/\($0.value.base) \($0.reason.rawValue)" }
        }
        #expect(try history(.skillsGap) == ["2025-03-31 1/2 quarter", "2025-05-10 2/3 forum", "2025-06-30 2/3 quarter"])
        #expect(try history(.skillGap(skillId: analysis.id)) == ["2025-03-31 1/2 quarter", "2025-05-10 2/3 forum", "2025-06-30 2/3 quarter"])
        #expect(try history(.auditCoverage) == ["2025-03-31 2/3 quarter", "2025-05-10 3/3 forum", "2025-06-30 3/3 quarter"])
        // 31 March ends the 2024 cycle with no CPD logged; A's 10 hours count from May.
        #expect(try history(.cpdCompliance) == ["2025-03-31 0/3 quarter", "2025-05-10 1/3 forum", "2025-06-30 1/3 quarter"])
        // Edited in place: only the kept values can say it was 1 done, then 2.
        #expect(try history(.checklist) == ["2025-03-31 1/\(items) quarter", "2025-05-10 2/\(items) forum", "2025-06-30 2/\(items) quarter"])
        // One area assessed at L2 (the L4 of 1 July comes after the last day kept).
        #expect(try history(.maturity) == ["2025-03-31 2/1 quarter", "2025-05-10 2/1 forum", "2025-06-30 2/1 quarter"])
        #expect(try history(.joiners) == ["2025-03-31 0/3 quarter", "2025-05-10 0/3 forum", "2025-06-30 0/3 quarter"])
        // No qualification is mandatory: no figure, no history.
        #expect(try history(.qualifications).isEmpty)
        #expect(try store.figures(on: day("2025-05-10"))[pol.id]?[.checklist] == Ratio(2, of: items))

        // Unmarking the forum takes its figures with it, and nothing else.
        let forum = try #require(try store.forumDates().first)
        try store.deleteForumDate(id: forum.id, expectedVersion: forum.version, by: user)
        #expect(try history(.checklist) == ["2025-03-31 1/\(items) quarter", "2025-06-30 2/\(items) quarter"])
    }

    @Test func aStoreLeftForQuartersKeepsEachQuarterEndAndWorksOutMaturityBefore() throws {
        let clock = Calendar()
        clock.set("2024-05-10")
        let store = try Store.inMemory(clock: { clock.now })
        let pol = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        // Assessed on records dated long before the store kept anything.
        try rawWrite(store, "INSERT INTO maturity_assessment (profession_id, area, level, date, assessor) VALUES (?, 1, 3, '2023-08-01', 'Head')",
                     [pol.id])
        try rawWrite(store, "DELETE FROM store_meta WHERE key = 'history_through'")
        try rawWrite(store, "DELETE FROM figure_history")
        // The first write after: 31 March 2024 kept, and the two years before worked out from dated records.
        _ = try store.saveProfession(Profession(id: pol.id, code: "POL", name: "Policy profession", version: pol.version), by: user)
        let first = try store.history(professionId: pol.id, figure: .maturity)
        #expect(first.map(\.day.iso) == ["2023-09-30", "2023-12-31", "2024-03-31"])
        #expect(first.map(\.reason) == [.records, .records, .quarter])
        #expect(first.allSatisfy { $0.value == Ratio(3, of: 1) })
        // Then nothing is written for three quarters: the next write keeps each quarter end.
        clock.set("2025-02-01")
        _ = try store.saveForumDate(ForumDate(date: day("2025-02-01")), by: user)
        #expect(try store.history(professionId: pol.id, figure: .maturity, since: day("2024-04-01")).map(\.day.iso)
                == ["2024-06-30", "2024-09-30", "2024-12-31", "2025-02-01"])
    }

    /// The report's "since the last forum": edits after the forum date show as changes, those
    /// about people only where no small change could be worked out.
    @Test func theReportSaysWhatMovedSinceTheForum() throws {
        let clock = Calendar()
        clock.set("2025-05-10")
        let store = try Store.inMemory(clock: { clock.now })
        let basics = try Basics.write(into: store)
        let pol = try store.saveProfession(Profession(code: "POL", name: "Policy"), by: user)
        let g7 = basics.grade("G7")
        let analysis = try store.saveSkill(Skill(professionId: pol.id, name: "Analysis"), requirements: [(g7, 3)], by: user)
        let a = try store.addStaff("A", grade: g7, department: basics.department.id, professions: [pol.id])
        let b = try store.addStaff("B", grade: g7, department: basics.department.id, professions: [pol.id])
        let c = try store.addStaff("C", grade: g7, department: basics.department.id, professions: [pol.id])
        let d = try store.addStaff("D", grade: g7, department: basics.department.id, professions: [pol.id])
        _ = try store.assess(a, analysis, level: 2, on: "2025-05-01")
        _ = try store.assess(b, analysis, level: 3, on: "2025-05-01")
        _ = try store.assess(c, analysis, level: 1, on: "2025-05-01")
        _ = try store.assess(d, analysis, level: 4, on: "2025-05-01")
        _ = try store.saveChecklistEntry(ChecklistEntry(professionId: pol.id, itemId: "C01", status: .done), on: day("2025-05-01"), by: user)
        _ = try store.addMaturityAssessment(MaturityAssessment(professionId: pol.id, area: 1, level: 2, date: day("2025-05-01"),
                                                               assessor: "Head"), by: user)
        let forum = try store.saveForumDate(ForumDate(date: day("2025-05-10"), title: "Forum"), by: user)
        // After the forum: B reassessed below (gap 2 of 4 → 3 of 4), one more item done, maturity L3.
        _ = try store.assess(b, analysis, level: 2, on: "2025-05-12")
        _ = try store.saveChecklistEntry(ChecklistEntry(professionId: pol.id, itemId: "C02", status: .done), on: day("2025-05-12"), by: user)
        _ = try store.addMaturityAssessment(MaturityAssessment(professionId: pol.id, area: 1, level: 3, date: day("2025-05-12"),
                                                               assessor: "Head"), by: user)
        let reportDay = day("2025-05-20")
        let dashboards = try store.allProfessionData(today: reportDay).map {
            ProfessionDashboard(data: $0, framework: .embedded, today: reportDay)
        }
        let items = Double(Framework.embedded.checklist.count)
        let checklistCell = String(format: "%+.0f pts better", (100 / items).rounded())
        func report(threshold: Int) throws -> ForumReport {
            ForumReport(dashboards: dashboards, framework: .embedded, today: reportDay, suppression: Suppression(threshold: threshold),
                        lastForum: LastForum(forum: forum, figures: try store.figures(on: forum.date)))
        }
        // Threshold 1 (only zero suppressed): the gap's rise of one person is shown; coverage (4 of 4,
        // none never assessed) is not, since its "never assessed" is zero.
        let open = try #require(try report(threshold: 1).changes)
        #expect(ForumChangesWording.row(open.rows[0]) == ["Policy (POL)", "+25 pts worse", "n/a", "-", checklistCell, "-", "+1.0 better"])
        #expect(open.improved.map(\.change.figure) == [.checklist])
        #expect(open.slipped.map(\.change.figure) == [.skillsGap])
        #expect(ForumChangesWording.mover(open.slipped[0]) == "Policy (POL): skills gap 50% → 75%, 25 pts worse")
        // The default threshold: a change of one person in a profession of four is withheld.
        let guarded = try #require(try report(threshold: 5).changes)
        #expect(ForumChangesWording.row(guarded.rows[0]) == ["Policy (POL)", "n/a", "n/a", "-", checklistCell, "-", "+1.0 better"])
        #expect(guarded.slipped.isEmpty)
        let markdown = MarkdownReport.render(try report(threshold: 5))
        #expect(markdown.contains("## Since the last forum (10 May 2025, Forum)"))

        // The HTML's charts: the days kept and today; the gap's one-person step is charted only
        // where the table would print it.
        var history: [RowID: [Figure: [HistoryPoint]]] = [:]
        for figure in FigureTrend.figures { history[pol.id, default: [:]][figure] = try store.history(professionId: pol.id, figure: figure) }
        func trends(threshold: Int) -> [Figure: String] {
            let r = ForumReport(dashboards: dashboards, framework: .embedded, today: reportDay, suppression: Suppression(threshold: threshold),
                                history: history)
            return Dictionary(uniqueKeysWithValues: (r.trends["POL"] ?? []).map { ($0.figure, $0.words) })
        }
        let percent = { (n: Double) in "\(Int((n * 100 / items).rounded()))%" }
        #expect(trends(threshold: 1)[.skillsGap] == "50% (10 May 2025), 75% (20 May 2025)")
        #expect(trends(threshold: 1)[.checklist] == "\(percent(1)) (10 May 2025), \(percent(2)) (20 May 2025)")
        #expect(trends(threshold: 1)[.maturity] == "2.0 (10 May 2025), 3.0 (20 May 2025)")
        #expect(trends(threshold: 5)[.skillsGap] == nil && trends(threshold: 5)[.checklist] != nil)
        let html = HTMLReport.render(ForumReport(dashboards: dashboards, framework: .embedded, today: reportDay, history: history))
        #expect(html.contains("<h3>Over time</h3>") && html.contains("aria-label=\"maturity: 2.0 (10 May 2025), 3.0 (20 May 2025)\""))
    }
}
