import Testing
import HopModel
import HopStore
@testable import HopApp

/// The interactive overview shows no movement figure, no holders of each qualification and no
/// CPD hours by type, so its read leaves them out (a quarter of the read at 510,000 staff, and
/// a page read for each range of qualification expiry dates); the kiosk's slides show them, so
/// theirs keeps them. Which load each mode asks for is checked in ReducerTests (the editor's)
/// and KioskTests.
@Suite struct OverviewReadTests {
    private func professions(_ effect: Effect) throws -> [ProfessionData] {
        let job = try #require(StoreLane.job(for: effect, today: DemoApp.today))
        let action = job(DemoApp.adapter(DemoApp.demo))
        guard case .overviewLoaded(let data) = action else {
            Issue.record("\(effect) gave \(action)")
            return []
        }
        return data
    }

    @Test func theOverviewLeavesOutOnlyWhatItDoesNotShow() throws {
        let slides = try professions(.loadSlides), overview = try professions(.loadOverview)
        #expect(slides.count == 9 && slides.contains { !$0.movements.isEmpty })
        #expect(slides.contains { !$0.qualificationHoldings.isEmpty } && slides.contains { !$0.cpdTypeTotals.isEmpty })
        #expect(overview.allSatisfy { $0.movements.isEmpty && $0.qualificationHoldings.isEmpty && $0.cpdTypeTotals.isEmpty })
        #expect(overview == slides.map {
            var data = $0
            data.movements = []
            data.qualificationHoldings = []
            data.cpdTypeTotals = []
            return data
        })
    }

    @Test func theOverviewsRowsAreTheSameWithoutTheMovements() throws {
        // Every column and every figure the trend counts; the rows keep no movement figure.
        func rows(_ data: [ProfessionData]) -> [OverviewRow] {
            data.map { OverviewRow(dashboard: ProfessionDashboard(data: $0, framework: .embedded, today: DemoApp.today)) }
        }
        let whole = rows(try professions(.loadSlides))
        #expect(whole.count == 9 && whole.allSatisfy { $0.figures[.joiners] == nil && $0.figures[.leavers] == nil })
        #expect(whole.contains { $0.qualificationsHeld != nil })
        #expect(whole == rows(try professions(.loadOverview)))
    }
}
