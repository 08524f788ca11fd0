/// Glyphs with an ASCII fallback for terminals whose locale is not UTF-8. Each mark is as wide
/// in ASCII as in Unicode, so a row lines up the same either way (the ellipsis excepted, which
/// `TextFitting` and `Buffer.asciiFolded` place).
///
/// For a screen reader (`words`) nothing is drawn for decoration (box lines, bars, sparklines,
/// shades are blank) and a mark that means something is a word ("up", "done", "warning"): a
/// reader speaks a glyph by its Unicode name, or not at all.
public struct Symbols: Sendable {
    public let unicode: Bool
    public let words: Bool

    public init(unicode: Bool, words: Bool = false) { self.unicode = unicode; self.words = words }

    /// The symbols a theme draws with.
    public init(_ theme: Theme) { self.init(unicode: theme.unicode, words: theme.screenReader) }

    public var horizontal: String { words ? " " : unicode ? "─" : "-" }
    public var vertical: String { words ? " " : unicode ? "│" : "|" }
    public var topLeft: String { words ? " " : unicode ? "┌" : "+" }
    public var topRight: String { words ? " " : unicode ? "┐" : "+" }
    public var bottomLeft: String { words ? " " : unicode ? "└" : "+" }
    public var bottomRight: String { words ? " " : unicode ? "┘" : "+" }
    public var barFull: String { words ? " " : unicode ? "█" : "#" }
    public var barEmpty: String { words ? " " : unicode ? "░" : "." }
    public var ellipsis: String { unicode ? "…" : "..." }
    public var selected: String { words ? ">" : unicode ? "▶" : ">" }
    public var up: String { words ? "up" : unicode ? "▲" : "^" }
    public var down: String { words ? "down" : unicode ? "▼" : "v" }
    /// Followed by text with a space between (a word needs it; the glyph reads better with it).
    public var warning: String { words ? "warning" : unicode ? "⚠" : "!" }
    /// The warning glyph joined to a word that says the same ("⚠late"): nothing for a reader.
    public var warningPrefix: String { words ? "" : warning }
    /// "+" in ASCII: an "x" reads as a cross, the opposite of done.
    public var check: String { words ? "done" : unicode ? "✓" : "+" }
    public var cross: String { words ? "none" : unicode ? "✗" : "X" }
    public var dot: String { unicode ? "·" : "." }
    /// One column in ASCII as in Unicode: a two-column "->" pushed a border out of line.
    public var arrowRight: String { words ? "on track" : unicode ? "→" : ">" }
    /// Between a value before and after ("G7 → G6"), inside text: a reader hears "to".
    public var to: String { words ? "to" : unicode ? "→" : ">" }
    /// The up and down arrow keys named in text ("↑/↓").
    public var upDownKeys: String { words ? "Up/Down" : unicode ? "↑/↓" : "Up/Down" }

    /// Eight rising blocks for sparklines; ASCII uses digits of the level.
    public var sparks: [String] {
        words ? Array(repeating: " ", count: 8)
            : unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", "-", "~", "=", "+", "*", "#"]
    }

    /// Shades from light to dark for heat maps.
    public var shades: [String] {
        words ? Array(repeating: " ", count: 5) : unicode ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "*", "#"]
    }
}
