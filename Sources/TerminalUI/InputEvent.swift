/// What the terminal backend reports, decoded from ncurses into plain values.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size.
    case resize(Size)
    /// Text the user pasted, whole, as the terminal bracketed it (ESC[200~ ... ESC[201~). It is
    /// never run as keys: a form inserts it into the focused field, everything else ignores it.
    case paste(String)
    /// A mouse press or wheel turn (only when the mouse is on: not `--no-mouse`, not the kiosk).
    case mouse(MouseEvent)
    /// Nothing happened within the poll interval (the runtime uses it for clocks and polling).
    case tick
}

public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (already a whole grapheme as far as input allows).
    case char(Character)
    /// Ctrl plus a letter, lowercased: `.ctrl("c")`.
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown, insert
    case function(Int)
    /// Anything the decoder could not name; ignored by every keymap.
    case unknown(Int)

    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-\(c.uppercased())"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .insert: "Insert"
        case .function(let n): "F\(n)"
        case .unknown(let code): "key \(code)"
        }
    }
}

/// What the mouse did, and where: the cell's column and row from the top left, from 0.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The first (left) button went down.
        case press
        case wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) { self.kind = kind; self.x = x; self.y = y }
}
