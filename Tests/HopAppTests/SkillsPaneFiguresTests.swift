import Testing
@testable import HopApp
import HopModel
import TerminalUI

/// The skills pane's figure columns fit their widest figure: the demo's keep their widths, a
/// whole-service profession's seven-character counts are shown whole.
@Suite struct SkillsPaneFiguresTests {
    @Test func theColumnsWidenForWholeServiceCounts() throws {
        let app = DemoApp(size: Size(width: 80, height: 24))
        app.press(.open)
        var report = try #require(app.runtime.state.profession?.dashboard?.skills)
        let demo = SkillsPane.Figures(report)
        #expect([demo.assessed, demo.below, demo.shortfall] == [6, 10, 6])
        // One skill assessed 255,042 times, 17,378 of them below at a grade that requires it
        let required = try #require(report.rows[0].cells.firstIndex { $0.required > 0 })
        report.rows[0].cells[required].levelCounts = [17_378, 237_664] + Array(repeating: 0, count: report.scaleMax - 2)
        report.rows[0].cells[required].below = 17_378
        for cell in report.rows[0].cells.indices where cell != required { report.rows[0].cells[cell].levelCounts = [] }
        let figures = SkillsPane.Figures(report)
        // "255,042" and a gap; "17,378 7%" with a gap and the figure cursor's mark
        #expect(report.rows[0].assessed == 255_042)
        #expect(figures.assessed == 8)
        #expect(figures.below == 2 + DisplayWidth.of(SkillsPane.belowText(17_378, report.rows[0].belowRatio)))
    }
}
