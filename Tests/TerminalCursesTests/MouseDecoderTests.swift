import Testing
import TerminalUI
@testable import TerminalCurses

/// What `getmouse` reports, named: presses of the first button and the wheel; nothing else.
@Suite struct MouseDecoderTests {
    let masks = MouseDecoder.Masks.ncurses

    @Test func pressesAndTheWheelAreNamedWithTheirCell() {
        #expect(MouseDecoder.decode(x: 5, y: 6, buttons: masks.press) == MouseEvent(.press, x: 5, y: 6))
        #expect(MouseDecoder.decode(x: 240, y: 7, buttons: masks.wheelUp) == MouseEvent(.wheelUp, x: 240, y: 7))
        #expect(MouseDecoder.decode(x: 0, y: 0, buttons: masks.wheelDown) == MouseEvent(.wheelDown, x: 0, y: 0))
    }

    @Test func anythingElseIsNothing() {
        #expect(MouseDecoder.decode(x: 5, y: 6, buttons: 0) == nil)
        #expect(MouseDecoder.decode(x: -1, y: 6, buttons: masks.press) == nil)
        // Masks of this system are distinct bits, so one cannot be read as another.
        #expect(Set([masks.press, masks.wheelUp, masks.wheelDown]).count == 3)
        #expect(masks.press & masks.wheelUp == 0 && masks.press & masks.wheelDown == 0)
    }

    @Test func keyMouseDecodesAsAMouseEventThatAPasteSwallows() {
        let codes = KeyDecoder.KeyCodes.ncurses
        #expect(KeyDecoder.decode(code: codes.mouse, isKeyCode: true, codes: codes) == .mouse)
        var paste = BracketedPaste()
        #expect(paste.feed(.mouse) == .mouse)
        _ = paste.feed(.pasteStart)
        #expect(paste.feed(.mouse) == .nothing)
        #expect(paste.feed(.pasteEnd) == .paste(""))
    }
}
