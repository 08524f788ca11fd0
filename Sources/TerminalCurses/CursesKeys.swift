import CNcurses
import TerminalUI

/// Turns what `get_wch` returns into a `Key`. Pure: the ncurses key-code values are passed in
/// as `KeyCodes`, so the decoder can be exercised without a terminal.
public enum KeyDecoder {
    /// What one `get_wch` result means.
    public enum Decoded: Hashable, Sendable {
        case key(Key)
        /// ncurses saw SIGWINCH and has resized its screen; the caller reads the new size.
        case resize
        /// ESC[200~ and ESC[201~: the terminal brackets pasted text (`BracketedPaste`).
        case pasteStart, pasteEnd
        /// ncurses has a mouse event waiting (`KEY_MOUSE`): `getmouse` reads it, `MouseDecoder` names it.
        case mouse
    }

    /// The ncurses `KEY_*` values the decoder names.
    public struct KeyCodes: Hashable, Sendable {
        public var enter, backspace, delete, insert: Int32
        public var up, down, left, right, home, end, pageUp, pageDown, backTab: Int32
        /// `KEY_F0`; `KEY_F(n)` is `f0 + n` for n in 0...63.
        public var f0: Int32
        public var resize: Int32
        /// The codes `CursesTerminal` asks ncurses (`define_key`) to return for ESC[200~ and
        /// ESC[201~, past every code ncurses names itself.
        public var pasteStart, pasteEnd: Int32
        public var mouse: Int32

        public init(enter: Int32, backspace: Int32, delete: Int32, insert: Int32, up: Int32, down: Int32,
                    left: Int32, right: Int32, home: Int32, end: Int32, pageUp: Int32, pageDown: Int32,
                    backTab: Int32, f0: Int32, resize: Int32, pasteStart: Int32, pasteEnd: Int32, mouse: Int32) {
            self.enter = enter; self.backspace = backspace; self.delete = delete; self.insert = insert
            self.up = up; self.down = down; self.left = left; self.right = right; self.home = home
            self.end = end; self.pageUp = pageUp; self.pageDown = pageDown; self.backTab = backTab
            self.f0 = f0; self.resize = resize; self.pasteStart = pasteStart; self.pasteEnd = pasteEnd
            self.mouse = mouse
        }

        /// The values from this system's `curses.h`.
        public static let ncurses = KeyCodes(
            enter: Int32(KEY_ENTER), backspace: Int32(KEY_BACKSPACE), delete: Int32(KEY_DC),
            insert: Int32(KEY_IC), up: Int32(KEY_UP), down: Int32(KEY_DOWN), left: Int32(KEY_LEFT),
            right: Int32(KEY_RIGHT), home: Int32(KEY_HOME), end: Int32(KEY_END),
            pageUp: Int32(KEY_PPAGE), pageDown: Int32(KEY_NPAGE), backTab: Int32(KEY_BTAB),
            f0: Int32(KEY_F0), resize: Int32(hop_key_resize()),
            pasteStart: Int32(hop_key_paste_start()), pasteEnd: Int32(hop_key_paste_end()), mouse: Int32(hop_key_mouse()))
    }

    /// `code` is the `wint_t` that `get_wch` stored; `isKeyCode` is true when it returned
    /// `KEY_CODE_YES` (a function key) rather than `OK` (a character).
    public static func decode(code: Int32, isKeyCode: Bool, codes: KeyCodes = .ncurses) -> Decoded {
        isKeyCode ? decodeKeyCode(code, codes) : decodeCharacter(code)
    }

    static func decodeKeyCode(_ code: Int32, _ c: KeyCodes) -> Decoded {
        switch code {
        case c.resize: return .resize
        case c.pasteStart: return .pasteStart
        case c.pasteEnd: return .pasteEnd
        case c.mouse: return .mouse
        case c.enter: return .key(.enter)
        case c.backspace: return .key(.backspace)
        case c.delete: return .key(.delete)
        case c.insert: return .key(.insert)
        case c.up: return .key(.up)
        case c.down: return .key(.down)
        case c.left: return .key(.left)
        case c.right: return .key(.right)
        case c.home: return .key(.home)
        case c.end: return .key(.end)
        case c.pageUp: return .key(.pageUp)
        case c.pageDown: return .key(.pageDown)
        case c.backTab: return .key(.backTab)
        case (c.f0 + 1)...(c.f0 + 63): return .key(.function(Int(code - c.f0)))
        default: return .key(.unknown(Int(code)))
        }
    }

    static func decodeCharacter(_ code: Int32) -> Decoded {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 1...26:
            // Ctrl-A is 1 ... Ctrl-Z is 26 (Tab, Enter and Ctrl-H are taken above).
            return .key(.ctrl(Character(Unicode.Scalar(UInt8(96 + code)))))
        case 28: return .key(.ctrl("\\"))
        case 29: return .key(.ctrl("]"))
        case 30: return .key(.ctrl("^"))
        case 31: return .key(.ctrl("_"))
        case 0x80...0x9F:
            // C1 controls never reach the screen as text.
            return .key(.unknown(Int(code)))
        default:
            guard code >= 32, let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else {
                return .key(.unknown(Int(code)))
            }
            return .key(.char(Character(scalar)))
        }
    }
}

/// Names what `getmouse` reported. Pure: the button masks are passed in, so it can be tested
/// without a terminal.
public enum MouseDecoder {
    public struct Masks: Hashable, Sendable {
        public var press, wheelUp, wheelDown: UInt

        public init(press: UInt, wheelUp: UInt, wheelDown: UInt) {
            self.press = press; self.wheelUp = wheelUp; self.wheelDown = wheelDown
        }

        /// `BUTTON1_PRESSED`, `BUTTON4_PRESSED`, `BUTTON5_PRESSED` from this system's `curses.h`.
        public static let ncurses = Masks(press: UInt(hop_button1_pressed()), wheelUp: UInt(hop_button4_pressed()),
                                          wheelDown: UInt(hop_button5_pressed()))
    }

    /// The event, or nil for anything else (a release, another button, a cell off the screen).
    public static func decode(x: Int, y: Int, buttons: UInt, masks: Masks = .ncurses) -> MouseEvent? {
        guard x >= 0, y >= 0 else { return nil }
        if buttons & masks.wheelUp != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
        if buttons & masks.wheelDown != 0 { return MouseEvent(.wheelDown, x: x, y: y) }
        if buttons & masks.press != 0 { return MouseEvent(.press, x: x, y: y) }
        return nil
    }
}
