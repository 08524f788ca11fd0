import Testing
import TerminalUI
@testable import TerminalCurses

/// What the terminal sends for a paste, as `get_wch` results, gathered into one event.
@Suite struct BracketedPasteTests {
    let codes = KeyDecoder.KeyCodes.ncurses

    /// Feeds `get_wch` results (character codes, or key codes when `isKeyCode`) in order.
    func feed(_ inputs: [(Int32, Bool)], into paste: inout BracketedPaste) -> [BracketedPaste.Output] {
        inputs.map { paste.feed(KeyDecoder.decode(code: $0.0, isKeyCode: $0.1, codes: codes)) }
    }

    func characters(_ text: String) -> [(Int32, Bool)] {
        text.unicodeScalars.map { (Int32(bitPattern: $0.value), false) }
    }

    @Test func theMarkersDecodeAsPasteStartAndEnd() {
        #expect(KeyDecoder.decode(code: codes.pasteStart, isKeyCode: true, codes: codes) == .pasteStart)
        #expect(KeyDecoder.decode(code: codes.pasteEnd, isKeyCode: true, codes: codes) == .pasteEnd)
    }

    @Test func twoPastedLinesAreOneEventAndNoKey() {
        var paste = BracketedPaste()
        // Terminals send a pasted line break as CR, the Enter key's code.
        let inputs = [(codes.pasteStart, true)] + characters("first line\rsecond line") + [(codes.pasteEnd, true)]
        let outputs = feed(inputs, into: &paste)
        #expect(outputs.last == .paste("first line\nsecond line"))
        #expect(outputs.dropLast().allSatisfy { $0 == .nothing }, "no pasted character came out as a key")
        #expect(!paste.isCollecting)
    }

    @Test func keysInsideAPasteAreDroppedAndOutsideItPassThrough() {
        var paste = BracketedPaste()
        let inputs = characters("q") + [(codes.pasteStart, true)] + characters("a\tb\u{1B}\u{03}")
            + [(codes.up, true), (codes.pasteEnd, true)] + characters(" ")
        let outputs = feed(inputs, into: &paste).filter { $0 != .nothing }
        #expect(outputs == [.key(.char("q")), .paste("a\tb"), .key(.char(" "))])
    }

    @Test func aResizeDuringAPasteIsReportedAndThePasteGoesOn() {
        var paste = BracketedPaste()
        let outputs = feed([(codes.pasteStart, true)] + characters("ab") + [(codes.resize, true)] + characters("c")
                           + [(codes.pasteEnd, true)], into: &paste).filter { $0 != .nothing }
        #expect(outputs == [.resize, .paste("abc")])
    }

    @Test func aPasteWhoseEndNeverCameIsFinishedWithWhatArrived() {
        var paste = BracketedPaste()
        _ = feed([(codes.pasteStart, true)] + characters("half"), into: &paste)
        #expect(paste.isCollecting)
        #expect(paste.finish() == .paste("half"))
        #expect(paste.finish() == nil)
        #expect(paste.feed(.key(.char("x"))) == .key(.char("x")))
    }

    @Test func aStrayEndMarkerDoesNothing() {
        var paste = BracketedPaste()
        #expect(paste.feed(.pasteEnd) == .nothing)
        #expect(paste.feed(.key(.enter)) == .key(.enter))
    }

    @Test func aHugePasteKeepsItsFirstCharactersOnly() {
        var paste = BracketedPaste()
        _ = paste.feed(.pasteStart)
        for _ in 0..<(BracketedPaste.limit + 10) { _ = paste.feed(.key(.char("x"))) }
        guard case .paste(let text) = paste.feed(.pasteEnd) else { Issue.record("no paste"); return }
        #expect(text.count == BracketedPaste.limit)
    }
}
