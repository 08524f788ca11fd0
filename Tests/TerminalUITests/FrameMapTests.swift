import Testing
import TerminalUI

/// The frame's map: what a click lands on, and what a screen reader is told.
@Suite struct FrameMapTests {
    @Test func aPointHitsTheInnermostRegionAndTheRowDrawnThere() {
        var map = FrameMap()
        map.region("left", Rect(x: 0, y: 0, width: 40, height: 20))
        map.region("right", Rect(x: 40, y: 0, width: 40, height: 20))
        map.region("inner", Rect(x: 45, y: 5, width: 10, height: 5))
        map.row(7, at: Rect(x: 41, y: 3, width: 38, height: 1), selected: false)
        map.row(8, at: Rect(x: 41, y: 4, width: 38, height: 1), selected: true)
        #expect(map.hit(x: 0, y: 0) == FrameMap.Hit(region: "left", row: nil))
        #expect(map.hit(x: 39, y: 19) == FrameMap.Hit(region: "left", row: nil))
        #expect(map.hit(x: 40, y: 3) == FrameMap.Hit(region: "right", row: nil))
        #expect(map.hit(x: 41, y: 3) == FrameMap.Hit(region: "right", row: 7))
        #expect(map.hit(x: 78, y: 4) == FrameMap.Hit(region: "right", row: 8))
        #expect(map.hit(x: 79, y: 4) == FrameMap.Hit(region: "right", row: nil))
        #expect(map.hit(x: 50, y: 6) == FrameMap.Hit(region: "inner", row: nil))
        #expect(map.hit(x: 80, y: 0) == FrameMap.Hit(region: nil, row: nil))
        #expect(map.selection == Rect(x: 41, y: 4, width: 38, height: 1))
    }

    @Test func aModalLeavesNothingBeneathItToClickOrSelect() {
        var buffer = Buffer(size: Size(width: 80, height: 24))
        buffer.map.region("pane", Rect(x: 0, y: 0, width: 80, height: 24))
        buffer.map.row(0, at: Rect(x: 1, y: 1, width: 78, height: 1), selected: true)
        Modal(title: "Help", width: 40, height: 10).render(in: buffer.area, buffer: &buffer, theme: .monochrome)
        #expect(buffer.map.hit(x: 1, y: 1) == FrameMap.Hit(region: nil, row: nil))
        #expect(buffer.map.selection == nil)
        #expect(buffer.map.title == "Help")
    }

    @Test func aTableDeclaresTheRowsItDrawsByTheirIndexInTheList() {
        var buffer = Buffer(size: Size(width: 30, height: 6))
        let rows = (0..<10).map { [TableCell("row \($0)")] }
        Table(columns: [Column("Name", width: 20)], rows: rows, selected: 6, offset: 4)
            .render(in: Rect(x: 2, y: 1, width: 20, height: 4), buffer: &buffer, theme: .monochrome)
        // Header on line 1, then rows 4, 5, 6 on lines 2, 3, 4.
        #expect(buffer.map.rows.map(\.index) == [4, 5, 6])
        #expect(buffer.map.hit(x: 2, y: 2).row == 4)
        #expect(buffer.map.hit(x: 21, y: 4).row == 6)
        #expect(buffer.map.hit(x: 22, y: 4).row == nil)
        #expect(buffer.map.hit(x: 5, y: 1).row == nil)
        #expect(buffer.map.selection?.y == 4)
        #expect(buffer.lines[4].contains("row 6"))
    }

    @Test func forAScreenReaderABoxDrawsNoLinesAndLeavesItsTitleToTheFrame() {
        let theme = Theme.monochrome.forScreenReader()
        var buffer = Buffer(size: Size(width: 30, height: 6))
        let inner = Block(title: "Maturity", focused: true, footer: "Esc: back")
            .render(in: buffer.area, buffer: &buffer, theme: theme)
        #expect(inner == Rect(x: 1, y: 1, width: 28, height: 4))
        let drawn = buffer.lines.joined()
        #expect(!drawn.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) || (0x25A0...0x25FF).contains($0.value) })
        #expect(!drawn.contains("Maturity"))
        #expect(buffer.map.title == "Maturity")
        #expect(buffer.lines[5].contains("Esc: back"))
        // Drawn for the eye, the same box has its lines and its title.
        var plain = Buffer(size: Size(width: 30, height: 6))
        Block(title: "Maturity", focused: true).render(in: plain.area, buffer: &plain, theme: .color)
        #expect(plain.lines[0].hasPrefix("┌ ▶ Maturity"))
    }

    @Test func forAScreenReaderMarksAreWordsAndDecorationIsBlank() {
        let words = Symbols(Theme.color.forScreenReader())
        #expect(words.check == "done" && words.up == "up" && words.down == "down" && words.warning == "warning")
        #expect(([words.horizontal, words.vertical, words.topLeft, words.barFull, words.barEmpty] + words.sparks + words.shades)
            .allSatisfy { $0 == " " })
        #expect(Symbols(Theme.color).check == "✓")
    }
}
