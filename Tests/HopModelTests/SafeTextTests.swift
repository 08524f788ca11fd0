import HopModel
import Testing

/// The one rule for text that reaches a terminal or a file.
@Suite struct SafeTextTests {
    @Test func oneLineReplacesEveryControlAndOverride() {
        #expect(SafeText.line("a\u{1B}]0;t\u{07}b") == "a\u{FFFD}]0;t\u{FFFD}b")
        #expect(SafeText.line("\u{9B}1m\u{7F}\u{202E}x\u{2066}") == "\u{FFFD}1m\u{FFFD}\u{FFFD}x\u{FFFD}")
        #expect(SafeText.line("a\tb\nc\r\nd") == "a b c  d")
        #expect(SafeText.line("plain, ünïcödé 👨‍👩‍👧 🇬🇧") == "plain, ünïcödé 👨‍👩‍👧 🇬🇧")
    }

    @Test func linesKeepLineBreaksAndTabsButNotALoneCarriageReturn() {
        #expect(SafeText.lines("a\tb\nc\r\nd") == "a\tb\nc\r\nd")
        #expect(SafeText.lines("hidden\rshown") == "hidden\u{FFFD}shown")
        #expect(SafeText.lines("end\r") == "end\u{FFFD}")
        #expect(SafeText.lines("\u{1B}c\u{0}") == "\u{FFFD}c\u{FFFD}")
        #expect(SafeText.hasUnsafe("x\u{85}") && !SafeText.hasUnsafe("x\ny"))
    }

    /// CSV keeps line breaks and tabs in a field (quoted) and writes anything else as U+FFFD.
    @Test func csvWritesControlsAsReplacementCharacters() {
        #expect(CSVWriter.line(["a\nb", "c\u{1B}[2Jd", "e\tf"]) == "\"a\nb\",c\u{FFFD}[2Jd,e\tf\r\n")
    }
}
