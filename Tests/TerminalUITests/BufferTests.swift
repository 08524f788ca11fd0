import Testing
@testable import TerminalUI

@Suite struct BufferTests {
    @Test func writeClipsToWidthAndRect() {
        var buffer = Buffer(size: Size(width: 10, height: 2))
        let used = buffer.write("hello world", x: 2, y: 0)
        #expect(used == 8)
        // What is left out is marked in the last column.
        #expect(buffer.lines == ["  hello w…", "          "])
        buffer.write("clipped", x: 0, y: 1, clip: Rect(x: 0, y: 1, width: 3, height: 1))
        #expect(buffer.lines[1] == "cl…       ")
    }

    @Test func wideCharacterTakesTwoCellsAndIsNeverSplit() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        buffer.write("日本語", x: 0, y: 0)
        // Only two wide characters fit in five columns; the fifth cell marks the third's absence.
        #expect(buffer.lines == ["日本…"])
        #expect(buffer[1, 0].isContinuation)
        // Overwriting the right half of a wide character blanks its left half.
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.lines == [" x本…"])
    }

    @Test func fillOverHalfAWideCharacterBlanksItsOtherHalf() {
        // An overlay's edge landing on either half of a wide character (found by the input fuzz).
        var left = Buffer(size: Size(width: 6, height: 1))
        left.write("文文文", x: 0, y: 0)
        left.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: "#")
        #expect(left.lines == [" ## 文"])
        #expect(DisplayWidth.of(left.lines[0]) == 6)
        var right = Buffer(size: Size(width: 6, height: 1))
        right.write("文文文", x: 0, y: 0)
        right.fill(Rect(x: 0, y: 0, width: 3, height: 1), with: "#")
        #expect(right.lines == ["### 文"])
        #expect(DisplayWidth.of(right.lines[0]) == 6)
    }

    @Test func escapeSequencesNeverReachTheBuffer() {
        var buffer = Buffer(size: Size(width: 20, height: 1))
        buffer.write("a\u{1B}[2Jb", x: 0, y: 0)
        #expect(!buffer.lines[0].unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func unchangedFrameHasNoChanges() {
        var a = Buffer(size: Size(width: 8, height: 3))
        a.write("same", x: 1, y: 1)
        let b = a
        #expect(b.changes(since: a).isEmpty)
        var c = a
        c.write("X", x: 0, y: 0)
        #expect(c.changes(since: a) == [CellChange(x: 0, y: 0, cell: Cell("X"))])
        // A first frame, or a new size, sends every cell.
        #expect(a.changes(since: nil).count == 24)
    }

    @Test func writingOutsideTheBufferIsHarmless() {
        var buffer = Buffer(size: Size(width: 1, height: 1))
        buffer.write("abc", x: -5, y: 0)
        buffer.write("abc", x: 3, y: 3)
        buffer.fill(Rect(x: -2, y: -2, width: 10, height: 10), with: "#")
        #expect(buffer.lines == ["#"])
    }
}

@Suite struct WidgetTests {
    @Test func blockDrawsBorderTitleAndFocusMarker() {
        var buffer = Buffer(size: Size(width: 16, height: 4))
        let inner = Block(title: "Pane", focused: true).render(in: buffer.area, buffer: &buffer, theme: .monochrome)
        #expect(inner == Rect(x: 1, y: 1, width: 14, height: 2))
        #expect(buffer.lines == [
            "┌ ▶ Pane ──────┐",
            "│              │",
            "│              │",
            "└──────────────┘",
        ])
    }

    @Test func asciiFallback() {
        var buffer = Buffer(size: Size(width: 10, height: 3))
        Block(title: "A").render(in: buffer.area, buffer: &buffer, theme: Theme.monochrome.ascii())
        #expect(buffer.lines == ["+ A -----+", "|        |", "+--------+"])
        #expect(Bar.text(fraction: 0.5, width: 4, symbols: Symbols(unicode: false)) == "##..")
    }

    @Test func tableScrollsToKeepSelectionVisible() {
        #expect(Table.visibleOffset(selected: 9, offset: 0, bodyHeight: 4, count: 10) == 6)
        #expect(Table.visibleOffset(selected: 2, offset: 6, bodyHeight: 4, count: 10) == 2)
        #expect(Table.visibleOffset(selected: 0, offset: 0, bodyHeight: 0, count: 0) == 0)
        var buffer = Buffer(size: Size(width: 12, height: 3))
        Table(columns: [Column("N", width: 3), Column("V", width: 4, alignRight: true)],
              rows: (1...5).map { [TableCell("r\($0)"), TableCell("\($0 * 10)")] }, selected: 3, offset: 2)
            .render(in: buffer.area, buffer: &buffer, theme: .monochrome)
        #expect(buffer.lines == ["N      V   ▲", "r3    30    ", "r4    40   ▼"])
    }

    @Test func sparklineAndBarsStayInRange() {
        let s = Symbols(unicode: true)
        #expect(Sparkline.text([1, 3, 5, 9, -2], range: 1...5, width: 10, symbols: s) == "▁▄██▁")
        #expect(Bar.text(fraction: .nan, width: 3, symbols: s) == "░░░")
        #expect(Bar.text(fraction: 2, width: 3, symbols: s) == "███")
    }

    @Test func monochromeThemeHasNoColours() {
        let t = Theme.monochrome
        for style in [t.text, t.muted, t.title, t.border, t.focusedBorder, t.selection, t.good, t.warning, t.bad, t.accent, t.helpKey] {
            #expect(style.foreground == .default && style.background == .default)
        }
    }
}

@Suite struct BigTextTests {
    @Test func figuresAreThreeRowsWithASpaceBetweenGlyphs() {
        #expect(BigText.lines("42%") == ["█ █ ▀▀█ ▀ ▄▀", "▀▀█ █▀▀  ▄▀ ", "  ▀ ▀▀▀ ▀  ▀"])
        #expect(BigText.width("42%") == 12)
    }

    @Test func asciiUsesSevenSegmentStrokes() {
        #expect(BigText.lines("<5", unicode: false) == ["  /  _ ", " <  |_ ", "  \\  _|"])
    }
}

/// Grapheme clusters reach a cell whole or are replaced whole, and are measured as drawn.
@Suite struct ClusterDrawingTests {
    /// Cells of row 0 as a list of (text, width) with continuation cells left out.
    private func cells(_ buffer: Buffer) -> [String] {
        (0..<buffer.size.width).filter { !buffer[$0, 0].isContinuation }.map { buffer[$0, 0].text }
    }

    @Test func familyIsReplacedWholeAndTheRestStaysInPlace() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        let used = buffer.write("👨‍👩‍👧ab|", x: 0, y: 0)
        #expect(used == DisplayWidth.of("👨‍👩‍👧ab|"))
        #expect(cells(buffer) == ["\u{FFFD}", "a", "b", "|", " ", " ", " ", " "])
        // No cell holds a part of the family.
        #expect(!buffer.lines[0].unicodeScalars.contains { $0.value == 0x1F468 || $0.value == 0x200D })
    }

    @Test func flagIsDrawnAsItsLetters() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        buffer.write("🇬🇧|", x: 0, y: 0)
        #expect(buffer.lines == ["GB|  "])
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("Zoe\u{308}|", x: 0, y: 0)
        #expect(cells(buffer) == ["Z", "o", "e\u{308}", "|"])
    }

    @Test func controlCharactersTakeTheColumnTheyAreMeasuredAs() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        let text = "a\u{1}\u{9B}b|"
        let used = buffer.write(text, x: 0, y: 0)
        #expect(used == DisplayWidth.of(text))
        #expect(buffer.lines == ["a\u{FFFD}\u{FFFD}b| "])
        // Padding by the measured width lines the border up after it.
        #expect(DisplayWidth.of(TextFitting.pad("x\u{1B}", to: 4)) == 4)
    }

    @Test func aClusterThatDoesNotFitIsLeftOutWholeAndMarked() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        buffer.write("ab日", x: 0, y: 0)
        #expect(buffer.lines == ["ab…"])
    }

    @Test func anOverlayClosingLeavesNothingBehind() {
        // The frame under an overlay, the overlay, then the frame again: cell for cell as before.
        var base = Buffer(size: Size(width: 12, height: 2))
        base.write("日本🇬🇧👨‍👩‍👧e\u{301}", x: 0, y: 0)
        base.write("🌡䷀x\u{7}y", x: 1, y: 1)
        var withOverlay = base
        withOverlay.fill(Rect(x: 3, y: 0, width: 5, height: 2), with: " ")
        withOverlay.write("help", x: 3, y: 0)
        // A backend replaying the changes (as ncurses does) ends where a fresh draw would.
        var screen = Buffer(size: base.size)
        for change in base.changes(since: nil) { screen[change.x, change.y] = change.cell }
        for change in withOverlay.changes(since: base) { screen[change.x, change.y] = change.cell }
        for change in base.changes(since: withOverlay) { screen[change.x, change.y] = change.cell }
        #expect(screen == base)
        for line in base.lines { #expect(DisplayWidth.of(line) == 12, "\(line)") }
    }
}

/// ASCII mode: every mark as wide as in Unicode, so borders stay where they are.
@Suite struct AsciiModeTests {
    @Test func marksKeepTheirWidthAndReadRight() {
        let ascii = Symbols(unicode: false), unicode = Symbols(unicode: true)
        #expect(ascii.check == "+")
        for (a, u) in [(ascii.check, unicode.check), (ascii.arrowRight, unicode.arrowRight), (ascii.cross, unicode.cross),
                       (ascii.warning, unicode.warning), (ascii.up, unicode.up), (ascii.down, unicode.down)] {
            #expect(DisplayWidth.of(a) == DisplayWidth.of(u), "\(a) for \(u)")
        }
    }

    @Test func aCutMarkBecomesThreeDotsWithoutMovingTheBorder() {
        var buffer = Buffer(size: Size(width: 12, height: 2))
        buffer.write("|", x: 0, y: 0)
        buffer.write("Corvane Thistledale", x: 1, y: 0, maxWidth: 10)
        buffer.write("|", x: 11, y: 0)
        buffer.write("Loading…", x: 0, y: 1)
        let folded = buffer.asciiFolded()
        #expect(folded.lines == ["|Corvane...|", "Loading...  "])
        #expect(folded.lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
    }
}
