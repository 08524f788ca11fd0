extension Buffer {
    /// The frame as a terminal without UTF-8 can show it: common punctuation folded to ASCII
    /// look-alikes, anything else to "?", the right half of a wide character to a space.
    /// Widgets already choose ASCII symbols when `Theme.unicode` is false; this catches text
    /// (record names, separators) that has no ASCII form. A cut mark "…" becomes "...": over
    /// the blank cells after it where three are free (the end of a phrase), else over the two
    /// cells before it (the end of a cut value, whose border stays where it is).
    public func asciiFolded() -> Buffer {
        var copy = self
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = self[x, y]
                if cell.text.unicodeScalars.allSatisfy(\.isASCII) && !cell.isContinuation { continue }
                if cell.text == "…" {
                    copy.foldEllipsis(x: x, y: y, style: cell.style)
                    continue
                }
                copy[x, y] = Cell(cell.isContinuation ? " " : Buffer.fold(cell.text), style: cell.style)
            }
        }
        return copy
    }

    private mutating func foldEllipsis(x: Int, y: Int, style: Style) {
        let freeAfter = x + 3 <= size.width && (x + 1..<min(size.width, x + 4)).allSatisfy { self[$0, y].text == " " }
        let columns = freeAfter ? x...x + 2 : x >= 2 ? x - 2...x : x...x
        for column in columns {
            self[column, y] = Cell(".", style: column == x ? style : self[column, y].style)
        }
    }

    static func fold(_ text: String) -> String {
        switch text.unicodeScalars.first?.value ?? 0 {
        case 0x00B7, 0x2022: return "."
        case 0x2026: return "~"
        case 0x2013, 0x2014, 0x2500: return "-"
        case 0x2018, 0x2019: return "'"
        case 0x201C, 0x201D: return "\""
        case 0x2192: return ">"
        case 0x00C0...0x00C5, 0x00E0...0x00E5: return text.unicodeScalars.first!.value < 0xE0 ? "A" : "a"
        case 0x00C8...0x00CB: return "E"
        case 0x00E8...0x00EB: return "e"
        case 0x00EC...0x00EF: return "i"
        case 0x00F2...0x00F6: return "o"
        case 0x00F9...0x00FC: return "u"
        default:
            // A Latin letter with combining accents keeps its base letter.
            if let base = text.unicodeScalars.first, base.isASCII, base.value >= 0x20 { return String(base) }
            return "?"
        }
    }
}
