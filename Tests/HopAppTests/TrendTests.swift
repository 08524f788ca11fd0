import Foundation
import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// A small store edited across two quarters and a forum date: the dashboard's sparklines, the
/// overview's trend column and its two sorts, worked out by hand.
@Suite struct TrendTests {
    /// The store's clock, moved between writes; the app's day is `DemoApp.today` (1 Oct 2026).
    final class Clock: @unchecked Sendable {
        var now = DemoApp.clock
        func set(_ iso: String) {
            let d = Day(iso: iso)!
            now = Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: d.year,
                                                                              month: d.month, day: d.day, hour: 10))!
        }
    }

    static let user = "jo.editor"

    /// Policy has C01 done of 16 items that apply (C03 does not); Data Ethics none of 17.
    /// 2026-07-10: Policy's C04 done, Data Ethics' C01 done (30 June kept first: 1/16, 0/17).
    /// 2026-08-01: the "Summer forum" marked (kept: 2/16, 1/17).
    /// 2026-10-01: Policy's C05 done, Data Ethics' C01 back to not started (30 Sep kept first:
    /// 2/16, 1/17).
    static func store() throws -> Store {
        let clock = Clock()
        clock.set("2026-06-15")
        let store = TestStore.make(TestStore.Seed(), clock: { clock.now })
        func done(_ profession: RowID, _ item: String, _ status: ChecklistStatus = .done, on iso: String) throws {
            clock.set(iso)
            let current = try store.professionData(id: profession, today: Day(iso: iso)!).checklist.first { $0.itemId == item }
            var entry = current ?? ChecklistEntry(professionId: profession, itemId: item, status: status)
            entry.status = status
            _ = try store.saveChecklistEntry(entry, on: Day(iso: iso)!, by: user)
        }
        try done(1, "C04", on: "2026-07-10")
        try done(2, "C01", on: "2026-07-10")
        clock.set("2026-08-01")
        _ = try store.saveForumDate(ForumDate(date: Day(iso: "2026-08-01")!, title: "Summer forum"), by: user)
        try done(1, "C05", on: "2026-10-01")
        try done(2, "C01", .notStarted, on: "2026-10-01")
        clock.now = DemoApp.clock
        return store
    }

    @Test func theChecklistsSparklineIsItsKeptDaysThenToday() throws {
        let store = try Self.store()
        let history = try store.professionHistory(professionId: 1)
        #expect(history.forums.map(\.label) == ["2026-08-01 Summer forum"])
        #expect(history.kept[.checklist]?.map { "\($0.day.iso) \($0.value.count)/\($0.value.base) \($0.reason.rawValue)" }
                == ["2026-06-30 1/16 quarter", "2026-08-01 2/16 forum", "2026-09-30 2/16 quarter"])
        let dashboard = ProfessionDashboard(data: try store.professionData(id: 1, today: DemoApp.today), framework: .embedded,
                                            today: DemoApp.today)
        let series = try #require(history.series(.checklist, now: Figure.values(dashboard)[.checklist], today: DemoApp.today))
        // 6.25%, 12.5%, 12.5%, 18.75%: drawn from 6.25 to 18.75 (over ten points apart), in eight steps.
        #expect(series.values == [6.25, 12.5, 12.5, 18.75])
        #expect(series.range == 6.25...18.75)
        #expect(series.direction == .up)
        #expect(TrendMark.text(series, width: 6, symbols: Symbols(unicode: true)) == "▁▅▅█ ▲")
        #expect(TrendMark.text(series, width: 6, symbols: Symbols(unicode: false)) == "_==# ^")
        // Narrower: the latest points that fit, then the arrow alone.
        #expect(TrendMark.text(series, width: 4, symbols: Symbols(unicode: true)) == "▅█ ▲")
        #expect(TrendMark.text(series, width: 2, symbols: Symbols(unicode: true)) == "▲")
        // A reader hears the direction only.
        #expect(TrendMark.text(series, width: 6, symbols: Symbols(unicode: true, words: true)) == "up")
        // Nothing kept of a figure: no line at all, not a flat one of today's value.
        #expect(history.series(.skillGap(skillId: 99), now: Ratio(3, of: 6), today: DemoApp.today) == nil)

        // On the dashboard: the checklist pane's overall line carries it.
        let app = DemoApp(size: Size(width: 120, height: 30), store: store)
        app.open("POL")
        #expect(app.screen.contains { $0.contains("Overall 3/16 done (19%)  ▁▅▅█ ▲") })
    }

    @Test func theOverviewsTrendIsSinceTheForumAndSortsBothWays() throws {
        let store = try Self.store()
        let baseline = try #require(try store.trendBaseline(today: DemoApp.today))
        #expect(baseline.day.iso == "2026-08-01")
        #expect(baseline.since == "since Summer forum, 1 Aug 2026")
        let app = DemoApp(size: Size(width: 80, height: 24), store: store)
        let trends = app.runtime.state.overview.trends
        // Policy: the checklist 2/16 → 3/16 (+6 points); Data Ethics: 1/17 → 0/17 (-6 points).
        // Nothing else moved in either (CPD and the rest are as on the forum's day).
        let policy = try #require(trends[1]), ethics = try #require(trends[2])
        #expect((policy.improved, policy.slipped, policy.text) == (1, 0, "+1 -0"))
        #expect((ethics.improved, ethics.slipped, ethics.text) == (0, 1, "+0 -1"))
        #expect(app.screen.contains { $0.hasPrefix("│Policy") && $0.contains("+1 -0") })
        #expect(app.screen.contains { $0.contains("Trend: +better -worse since Summer forum, 1 Aug 2026") })

        func order() -> [String] { app.runtime.state.overview.visibleRows.map(\.code) }
        while app.runtime.state.overview.sortColumn != .improved { app.press(.nextSortColumn) }
        #expect(order() == ["POL", "DETH"])
        #expect(app.screen.contains { $0.contains("· most improved first") })
        app.press(.nextSortColumn)
        #expect(app.runtime.state.overview.sortColumn == .slipping)
        #expect(order() == ["DETH", "POL"])
        #expect(app.screen.contains { $0.contains("· slipping first") })
    }

    /// Under a rule (anything an audience sees), a change of one person in a small profession
    /// moves nothing (docs/PRIVACY.md, rule 11); without one, it counts.
    @Test func aChangeOfOnePersonInASmallProfessionIsNotCountedUnderARule() {
        let then: [Figure: Ratio] = [.auditCoverage: Ratio(6, of: 12), .checklist: Ratio(2, of: 16)]
        let now: [Figure: Ratio] = [.auditCoverage: Ratio(7, of: 12), .checklist: Ratio(2, of: 16)]
        let open = ProfessionTrend(then: then, now: now)
        #expect(open?.improved == 1)
        let ruled = ProfessionTrend(then: then, now: now, rule: Suppression(threshold: 5))
        #expect(ruled?.improved == 0 && ruled?.slipped == 0)
        #expect(ruled?.text == "0")
        // Five more assessed of a larger base moves it under the rule too.
        let larger = ProfessionTrend(then: [.auditCoverage: Ratio(20, of: 40)], now: [.auditCoverage: Ratio(25, of: 40)],
                                     rule: Suppression(threshold: 5))
        #expect(larger?.improved == 1)
    }
}
