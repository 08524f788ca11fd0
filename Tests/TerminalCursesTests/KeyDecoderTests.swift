import Testing
import TerminalUI
@testable import TerminalCurses

/// The decoder is pure: ncurses' key values are passed in, so no terminal is needed.
@Suite struct KeyDecoderTests {
    let codes = KeyDecoder.KeyCodes.ncurses

    @Test(arguments: [
        (Int32(9), Key.tab), (10, .enter), (13, .enter), (127, .backspace), (8, .backspace), (27, .escape),
        (3, .ctrl("c")), (26, .ctrl("z")), (19, .ctrl("s")), (28, .ctrl("\\")), (Int32(UInt8(ascii: "q")), .char("q")),
        (0x00E9, .char("é")), (0x65E5, .char("日")), (0x1F44D, .char("👍")),
    ])
    func characters(code: Int32, expected: Key) {
        #expect(KeyDecoder.decode(code: code, isKeyCode: false, codes: codes) == .key(expected))
    }

    @Test func functionKeys() {
        #expect(KeyDecoder.decode(code: codes.up, isKeyCode: true, codes: codes) == .key(.up))
        #expect(KeyDecoder.decode(code: codes.pageDown, isKeyCode: true, codes: codes) == .key(.pageDown))
        #expect(KeyDecoder.decode(code: codes.backTab, isKeyCode: true, codes: codes) == .key(.backTab))
        #expect(KeyDecoder.decode(code: codes.f0 + 5, isKeyCode: true, codes: codes) == .key(.function(5)))
        #expect(KeyDecoder.decode(code: codes.resize, isKeyCode: true, codes: codes) == .resize)
        #expect(KeyDecoder.decode(code: 0o777, isKeyCode: true, codes: codes) == .key(.unknown(0o777)))
    }

    @Test func c1ControlsNeverBecomeText() {
        for code in Int32(0x80)...0x9F {
            if case .key(.char) = KeyDecoder.decode(code: code, isKeyCode: false, codes: codes) {
                Issue.record("C1 control \(code) decoded as text")
            }
        }
    }

    @Test func noColorIsHonoured() {
        #expect(!CursesOptions.fromEnvironment(["NO_COLOR": "1"], lockedDown: false).color)
        #expect(CursesOptions.fromEnvironment(["NO_COLOR": ""], lockedDown: false).color)
        #expect(CursesOptions.fromEnvironment([:], lockedDown: true).lockedDown)
    }
}
