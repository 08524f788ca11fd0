import Testing
@testable import TerminalUI

/// Text left out for lack of room is marked with "…", never dropped silently.
@Suite struct CutMarkTests {
    @Test func writeMarksTheLastColumnWhenTextIsLeftOut() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        let written = buffer.write("57 never assessed", x: 0, y: 0, maxWidth: 8)
        #expect(written == 8)
        #expect(buffer.lines[0] == "57 neve…  ")
        // Only spaces left out is not a cut.
        var spaces = Buffer(size: Size(width: 10, height: 1))
        spaces.write("assessed        ", x: 0, y: 0, maxWidth: 8)
        #expect(spaces.lines[0] == "assessed  ")
        // Clipped by a rectangle as well as by a width.
        var clipped = Buffer(size: Size(width: 10, height: 1))
        clipped.write("Corvane Thistledale", x: 2, y: 0, clip: Rect(x: 0, y: 0, width: 9, height: 1))
        #expect(clipped.lines[0] == "  Corvan… ")
    }

    @Test func aWideCharacterCutIsReplacedWhole() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.write("ab漢字", x: 0, y: 0, maxWidth: 5)
        // "漢" fits (columns 2-3), "字" does not: the free column 4 takes the mark.
        #expect(buffer.lines[0] == "ab漢… ")
        var full = Buffer(size: Size(width: 6, height: 1))
        full.write("a漢字b", x: 0, y: 0, maxWidth: 5)
        // "字" fills columns 3-4 exactly and "b" is left out: the wide character gives way whole.
        #expect(full.lines[0] == "a漢…  ")
    }

    @Test func bigPicturesCanOptOut() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("█████", x: 0, y: 0, markCut: false)
        #expect(buffer.lines[0] == "████")
    }

    @Test func aFieldWithoutFocusShowsItsStartAndMarksTheRest() {
        let field = TextField("l.kettleworth@dfa.example.org")
        var buffer = Buffer(size: Size(width: 12, height: 1))
        field.render(x: 0, y: 0, width: 12, style: .plain, buffer: &buffer, focused: false)
        #expect(buffer.lines[0] == "l.kettlewor…")
        // With focus the cursor is at the end, and the hidden start is marked.
        var focused = Buffer(size: Size(width: 12, height: 1))
        let at = field.render(x: 0, y: 0, width: 12, style: .plain, buffer: &focused)
        #expect(focused.lines[0].hasPrefix("…") && focused.lines[0].contains("xample.org"))
        #expect(at.x == 11)
        // At home, the start shows and the hidden end is marked.
        var home = field
        home.home()
        var start = Buffer(size: Size(width: 12, height: 1))
        home.render(x: 0, y: 0, width: 12, style: .plain, buffer: &start)
        #expect(start.lines[0] == "l.kettlewor…")
    }

    @Test func wrappingIntoFewerLinesThanNeededEndsInAMark() {
        let text = "Delete the skill and every assessment of it? y deletes, n keeps it."
        #expect(TextFitting.wrap(text, width: 20, lines: 10) == TextFitting.wrap(text, width: 20))
        let two = TextFitting.wrap(text, width: 20, lines: 2)
        #expect(two.count == 2 && two[1].hasSuffix("…"))
        #expect(two.allSatisfy { DisplayWidth.of($0) <= 20 })
        // A kept line exactly as wide as the room still ends in the mark: before, it was kept
        // whole and the words after it went without a sign.
        let exact = TextFitting.wrap("Followed up, still on the list: behind 310 of 310", width: 38, lines: 1)
        #expect(exact == ["Followed up, still on the list: behin…"])
    }
}
