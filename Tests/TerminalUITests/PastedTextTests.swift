import Testing
@testable import TerminalUI

@Suite struct PastedTextTests {
    @Test func lineBreaksAndTabsBecomeSpacesInAOneLineField() {
        #expect(PastedText.cleaned("one\ntwo\r\nthree\rfour\tfive") == "one two three four five")
    }

    @Test func aFieldOfSeveralLinesKeepsLineBreaks() {
        #expect(PastedText.cleaned("one\r\ntwo\rthree", keepingLineBreaks: true) == "one\ntwo\nthree")
    }

    @Test func controlCharactersAreDropped() {
        let hostile = "a\u{1B}]0;title\u{07}b\u{1B}[2Jc\u{9B}d\u{7F}e\u{202E}f\u{00}g"
        #expect(PastedText.cleaned(hostile) == "a]0;titleb[2Jcdefg")
    }

    @Test func ordinaryTextIsKeptWhole() {
        let text = "Zoë 日本 👨‍👩‍👧 🇬🇧 é"
        #expect(PastedText.cleaned(text) == text)
    }
}
