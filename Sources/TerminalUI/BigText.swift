/// Figures three rows tall for reading across a room: digits, "%", "<", "-", "." and space.
/// Built from half blocks; with ASCII only, from seven-segment strokes. Other characters are drawn
/// as a blank glyph, so callers pass figures only and print words at normal size beside them.
public enum BigText {
    public static let height = 3

    private static let glyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"],
        "1": ["▀█ ", " █ ", "▀▀▀"],
        "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"],
        "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"],
        "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"],
        "%": ["▀ ▄▀", " ▄▀ ", "▀  ▀"],
        "<": [" ▄▀", "█  ", " ▀▄"],
        "-": ["   ", "▀▀▀", "   "],
        ".": [" ", " ", "▀"],
        " ": ["  ", "  ", "  "],
        ",": [" ", " ", "█"],
    ]

    private static let asciiGlyphs: [Character: [String]] = [
        "0": [" _ ", "| |", "|_|"],
        "1": ["   ", "  |", "  |"],
        "2": [" _ ", " _|", "|_ "],
        "3": [" _ ", " _|", " _|"],
        "4": ["   ", "|_|", "  |"],
        "5": [" _ ", "|_ ", " _|"],
        "6": [" _ ", "|_ ", "|_|"],
        "7": [" _ ", "  |", "  |"],
        "8": [" _ ", "|_|", "|_|"],
        "9": [" _ ", "|_|", " _|"],
        "%": ["o / ", " /  ", "/ o "],
        "<": ["  /", " < ", "  \\"],
        "-": ["   ", "---", "   "],
        ".": [" ", " ", "."],
        " ": ["  ", "  ", "  "],
        ",": [" ", " ", ","],
    ]

    /// The three rows of `text`, one space between glyphs.
    public static func lines(_ text: String, unicode: Bool = true) -> [String] {
        var rows = Array(repeating: "", count: height)
        for (index, character) in text.enumerated() {
            let font = unicode ? glyphs : asciiGlyphs
            let glyph = font[character] ?? font[" "]!
            for row in 0..<height {
                if index > 0 { rows[row] += " " }
                rows[row] += glyph[row]
            }
        }
        return rows
    }

    /// Whether every character of `text` has a big glyph (digits and their punctuation do;
    /// letters, as in "n/a", do not).
    public static func draws(_ text: String, unicode: Bool = true) -> Bool {
        let font = unicode ? glyphs : asciiGlyphs
        return text.allSatisfy { font[$0] != nil }
    }

    /// Columns `text` takes when drawn big.
    public static func width(_ text: String, unicode: Bool = true) -> Int {
        lines(text, unicode: unicode).first.map(DisplayWidth.of) ?? 0
    }

    /// Draws `text` big at (x, y), clipped to `clip`; returns the columns used.
    @discardableResult
    public static func render(_ text: String, x: Int, y: Int, style: Style, clip: Rect, buffer: inout Buffer,
                              unicode: Bool) -> Int {
        let rows = lines(text, unicode: unicode)
        for (i, row) in rows.enumerated() { buffer.write(row, x: x, y: y + i, style: style, clip: clip, markCut: false) }
        return rows.first.map(DisplayWidth.of) ?? 0
    }
}
