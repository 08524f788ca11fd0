/// Glyphs with an ASCII fallback for terminals whose locale is not UTF-8. Each mark is as wide
/// in ASCII as in Unicode, so a row lines up the same either way (the ellipsis excepted, which
/// `TextFitting` and `Buffer.asciiFolded` place).
public struct Symbols: Sendable {
    public let unicode: Bool

    public init(unicode: Bool) { self.unicode = unicode }

    public var horizontal: String { unicode ? "─" : "-" }
    public var vertical: String { unicode ? "│" : "|" }
    public var topLeft: String { unicode ? "┌" : "+" }
    public var topRight: String { unicode ? "┐" : "+" }
    public var bottomLeft: String { unicode ? "└" : "+" }
    public var bottomRight: String { unicode ? "┘" : "+" }
    public var barFull: String { unicode ? "█" : "#" }
    public var barEmpty: String { unicode ? "░" : "." }
    public var ellipsis: String { unicode ? "…" : "..." }
    public var selected: String { unicode ? "▶" : ">" }
    public var up: String { unicode ? "▲" : "^" }
    public var down: String { unicode ? "▼" : "v" }
    public var warning: String { unicode ? "⚠" : "!" }
    /// "+" in ASCII: an "x" reads as a cross, the opposite of done.
    public var check: String { unicode ? "✓" : "+" }
    public var cross: String { unicode ? "✗" : "X" }
    public var dot: String { unicode ? "·" : "." }
    /// One column in ASCII as in Unicode: a two-column "->" pushed a border out of line.
    public var arrowRight: String { unicode ? "→" : ">" }

    /// Eight rising blocks for sparklines; ASCII uses digits of the level.
    public var sparks: [String] {
        unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", "-", "~", "=", "+", "*", "#"]
    }

    /// Shades from light to dark for heat maps.
    public var shades: [String] { unicode ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "*", "#"] }
}
