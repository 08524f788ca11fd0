import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("Zoë", 3), ("e\u{301}", 1), ("日本語", 6), ("한국", 4), ("👍", 2),
        // Clusters ncurses cannot draw in one cell are replaced whole, and measured so.
        ("👍🏽", 1), ("👨‍👩‍👧", 1), ("🇬🇧", 2),
        // A variation selector does not widen: the C library gives U+2764 one column.
        ("❤️", 1), ("ｆｕｌｌ", 8), ("", 0), ("a\u{200B}b", 2),
        // Unsafe characters count as the replacement they are drawn as.
        ("a\u{1B}b", 3), ("\u{202E}x", 2), ("a\tb", 3), ("\u{7}\u{7}", 2),
    ])
    func widths(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func controlCharactersAreMeasuredAsDrawnAndSanitised() {
        let hostile = "name\u{1B}[31mred\u{07}\u{9B}2J\u{202E}evil\ttab\nline"
        let clean = TextFitting.sanitize(hostile)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(!clean.unicodeScalars.contains { $0.value == 0x202E })
        #expect(clean.contains("tab line"))
    }

    @Test func truncateNeverExceedsWidth() {
        for text in ["日本語のテキスト", "abcdefghij", "👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", "e\u{301}e\u{301}e\u{301}e\u{301}"] {
            for width in 0...9 {
                let cut = TextFitting.truncate(text, to: width)
                #expect(DisplayWidth.of(cut) <= width, "\(text) at \(width): \(cut)")
            }
        }
        #expect(TextFitting.truncate("abcdef", to: 4) == "abc…")
        #expect(TextFitting.truncate("abcdef", to: 4, ascii: true) == "a...")
        #expect(TextFitting.truncate("abcdef", to: 2, ascii: true) == "a.")
        #expect(TextFitting.pad("日本", to: 5) == "日本 ")
    }

    @Test func wrapKeepsWordsWithinWidth() {
        let lines = TextFitting.wrap("the quick brown fox jumps over the lazy dog", width: 10)
        #expect(lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(TextFitting.wrap("anything", width: 0).isEmpty)
    }

    /// A word longer than the line is cut with the mark, or, breaking words (a message's path),
    /// broken across lines with wide characters whole.
    @Test func wrapCutsOrBreaksAnOverlongWord() {
        #expect(TextFitting.wrap("to /tmp/a/b/list.csv now", width: 8) == ["to", "/tmp/a/…", "now"])
        #expect(TextFitting.wrap("to /tmp/a/b/list.csv now", width: 8, breakingWords: true) == ["to", "/tmp/a/b", "/list.cs", "v now"])
        #expect(TextFitting.wrap("日本語日本", width: 5, breakingWords: true) == ["日本", "語日", "本"])
    }
}
