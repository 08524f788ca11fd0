import Testing
@testable import HopApp
import HopModel
import TerminalUI

/// The overview's columns that give way: dropped lowest first while the names would be cut,
/// their values and a hidden sort said on the detail line.
@Suite struct OverviewTableTests {
    /// A name of at most 20 cells, a fixed 10 and two of 5 that give way (first the one marked 1).
    /// Room past the mins goes to the name (its share) up to its preferred 20.
    static let specs: [ColumnSpec] = [.text("Name", min: 12, preferred: 20, share: 2, values: [String(repeating: "n", count: 20)]),
                                      .fixed("Fixed", 10), .fixed("GoesB", 5), .fixed("GoesA", 5)]
    static let givesWay: [Int?] = [nil, nil, 2, 1]

    @Test func nothingGoesWhenTheNameHasItsReadableWidth() {
        // 12 + 10 + 5 + 5 + 3 gaps = 35: at 41 cells the name takes 18 of the 6 spare, so all stay.
        let columns = OverviewTable.fit(Self.specs, givesWay: Self.givesWay, width: 41)
        #expect(columns.map(\.width) == [18, 10, 5, 5])
    }

    @Test func theLowestGoesFirstThenTheNext() {
        // At 40 the name would have 17: GoesA (marked 1) goes; without it the name could have
        // 40-10-5-2 = 23 cells and takes its preferred 20.
        #expect(OverviewTable.fit(Self.specs, givesWay: Self.givesWay, width: 40).map(\.width) == [20, 10, 5, 0])
        // At 33 even without GoesA the name has 33-10-5-2 = 16: GoesB goes too, leaving 33-10-1 = 22 → 20.
        #expect(OverviewTable.fit(Self.specs, givesWay: Self.givesWay, width: 33).map(\.width) == [20, 10, 0, 0])
        // At 25 both are gone and the name still has only 25-10-1 = 14: nothing more gives way.
        #expect(OverviewTable.fit(Self.specs, givesWay: Self.givesWay, width: 25).map(\.width) == [14, 10, 0, 0])
    }

    @Test func shortNamesKeepEveryColumn() {
        // Names of 8 cells never need 18: the name is at its longest, so nothing goes.
        var specs = Self.specs
        specs[0] = .text("Name", min: 4, preferred: 20, share: 2, values: ["Policy", "Data Eth"])
        #expect(OverviewTable.fit(specs, givesWay: Self.givesWay, width: 33).map(\.width) == [8, 10, 5, 5])
    }

    @Test func sortedByADroppedColumnTheDetailLineSaysSoAndTheRowsFollowIt() {
        let app = DemoApp(size: Size(width: 80, height: 24))
        while app.runtime.state.overview.sortColumn != .audited { app.press(.nextSortColumn) }
        #expect(app.screen.contains { $0.hasPrefix("│Sorted by Audit ▼ · ") })
        #expect(!app.screen[2].contains("Audit"))
        // Largest audit coverage first, as the figures the rows carry say.
        let coverage = app.runtime.state.overview.visibleRows.map { $0.figures[.auditCoverage]?.fraction ?? -1 }
        #expect(coverage.count > 2 && coverage == coverage.sorted(by: >))
        // Wide, the column carries the arrow (in its last cell: the header fills it) and the
        // detail line says no order.
        let wide = DemoApp(size: Size(width: 200, height: 60))
        while wide.runtime.state.overview.sortColumn != .below { wide.press(.nextSortColumn) }
        #expect(wide.screen[2].contains(" Belo▼ "))
        #expect(!wide.screen.contains { $0.contains("Sorted by") })
        let below = wide.runtime.state.overview.visibleRows.map { $0.figures[.skillsGap]?.fraction ?? -1 }
        #expect(below == below.sorted(by: >))
    }

    /// The whole civil service's largest profession has a seven-character count: its staff
    /// column widens to show it whole, at 80 columns and at 200, and the demo's stays at six.
    @Test func theStaffColumnFitsAWholeServiceCount() {
        let app = DemoApp(size: Size(width: 80, height: 24))
        var rows = app.runtime.state.overview.rows
        let staff = OverviewTable(areas: app.runtime.state.framework.areas, trends: nil, rows: rows, width: 78).columns[1]
        #expect(staff.header == "Staff" && staff.width == 6)
        rows[0].staff = 329_579
        for width in [78, 198] {
            let table = OverviewTable(areas: app.runtime.state.framework.areas, trends: nil, rows: rows, width: width)
            #expect(table.columns[1].width == 7)
            #expect(ColumnLayout.line(table.parts.map { $0.cell(rows[0]) }, table.columns).contains(" 329,579 "))
        }
    }
}
