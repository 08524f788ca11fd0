/// Figures three rows tall for reading across a room: digits, "%", "<", "-", "." and space.
/// Built from half blocks; with ASCII only, from seven-segment strokes. Other characters are drawn
/// as a blank glyph, so callers pass figures only and print words at normal size beside them.
/// At `scale` n the figures are n times as tall and as wide: each half block becomes an n×n
/// square of half blocks; with ASCII only, the same squares in "#", a cell that is half filled
/// drawn whole (so an odd scale's strokes come out up to half a row thicker).
public enum BigText {
    public static let height = 3

    /// Rows `text` takes at `scale`.
    public static func height(scale: Int) -> Int { height * max(1, scale) }

    /// The largest scale up to `limit` at which `text` fits `width` columns and `rows` rows
    /// (1 when none does).
    public static func scale(_ text: String, width: Int, rows: Int, limit: Int, unicode: Bool = true) -> Int {
        var s = max(1, limit)
        while s > 1 && (self.width(text, unicode: unicode, scale: s) > width || height(scale: s) > rows) { s -= 1 }
        return s
    }

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

    /// The rows of `text` at `scale` (three at scale 1), one space between glyphs (`scale` at scale).
    public static func lines(_ text: String, unicode: Bool = true, scale: Int) -> [String] {
        let s = max(1, scale)
        guard s > 1 else { return lines(text, unicode: unicode) }
        // Each cell of the half-block font is two pixels, top and bottom; each pixel becomes an
        // s×s square, and the pixels are paired into cells again (in ASCII, "#" for a pair with
        // either filled).
        let cells = lines(text, unicode: true).map(Array.init)
        var pixels: [[Bool]] = []
        for row in cells {
            let top = row.flatMap { c in Array(repeating: c == "▀" || c == "█", count: s) }
            let bottom = row.flatMap { c in Array(repeating: c == "▄" || c == "█", count: s) }
            pixels += Array(repeating: top, count: s) + Array(repeating: bottom, count: s)
        }
        return stride(from: 0, to: pixels.count, by: 2).map { y in
            String(zip(pixels[y], pixels[y + 1]).map { top, bottom -> Character in
                switch (top, bottom, unicode) {
                case (true, true, true): "█"
                case (true, false, true): "▀"
                case (false, true, true): "▄"
                case (false, false, _): " "
                default: "#"
                }
            })
        }
    }

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
    public static func width(_ text: String, unicode: Bool = true, scale: Int = 1) -> Int {
        lines(text, unicode: unicode, scale: scale).first.map(DisplayWidth.of) ?? 0
    }

    /// Draws `text` big at (x, y), clipped to `clip`; returns the columns used.
    @discardableResult
    public static func render(_ text: String, x: Int, y: Int, style: Style, clip: Rect, buffer: inout Buffer,
                              unicode: Bool, scale: Int = 1) -> Int {
        let rows = lines(text, unicode: unicode, scale: scale)
        for (i, row) in rows.enumerated() { buffer.write(row, x: x, y: y + i, style: style, clip: clip, markCut: false) }
        return rows.first.map(DisplayWidth.of) ?? 0
    }
}
