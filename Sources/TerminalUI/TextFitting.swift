import HopModel

/// Making arbitrary stored text safe and sized for a cell grid.
public enum TextFitting {
    /// Replaces what must never reach a terminal (`SafeText.isUnsafe`: C0/C1 controls, ESC
    /// included, DEL, bidirectional overrides and isolates) with U+FFFD. Tabs and newlines
    /// become spaces so one record stays on one line.
    public static func sanitize(_ text: String) -> String { SafeText.line(text) }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool { SafeText.isUnsafe(s) }

    /// Cuts `text` to at most `width` columns, ending in an ellipsis when cut ("…", in ASCII
    /// "..." where there are at least four columns, fewer dots where there are not).
    public static func truncate(_ text: String, to width: Int, ascii: Bool = false) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let ellipsis = ascii ? String(repeating: ".", count: min(3, max(1, width - 1))) : "…"
        var result = ""
        var used = 0
        for c in text {
            let w = DisplayWidth.of(c)
            if used + w > width - DisplayWidth.of(ellipsis) { break }
            result.append(c)
            used += w
        }
        return result + ellipsis
    }

    /// Pads (or truncates) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false, ascii: Bool = false) -> String {
        let cut = truncate(text, to: width, ascii: ascii)
        let gap = max(0, width - DisplayWidth.of(cut))
        let spaces = String(repeating: " ", count: gap)
        return alignRight ? spaces + cut : cut + spaces
    }

    /// Centres within `width` columns (truncating if needed).
    public static func center(_ text: String, in width: Int, ascii: Bool = false) -> String {
        let cut = truncate(text, to: width, ascii: ascii)
        let gap = max(0, width - DisplayWidth.of(cut))
        return String(repeating: " ", count: gap / 2) + cut + String(repeating: " ", count: gap - gap / 2)
    }

    /// Word wrap into at most `lines` lines; when the text needs more, the last line ends in
    /// "…" so the cut shows.
    public static func wrap(_ text: String, width: Int, lines: Int, breakingWords: Bool = false) -> [String] {
        let all = wrap(text, width: width, breakingWords: breakingWords)
        guard all.count > lines, lines > 0 else { return Array(all.prefix(max(0, lines))) }
        var kept = Array(all.prefix(lines))
        let last = kept[lines - 1]
        // A last line that fills the width gives up its last character to the mark.
        kept[lines - 1] = DisplayWidth.of(last) < width ? last + "…" : truncate(last + "…", to: width)
        return kept
    }

    /// Greedy word wrap to lines of at most `width` columns. An overlong word is cut with the
    /// mark, or with `breakingWords` (a message naming a path or an address, which must be read
    /// whole) broken across lines.
    public static func wrap(_ text: String, width: Int, breakingWords: Bool = false) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in sanitize(text).split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            var ww = DisplayWidth.of(w)
            if ww > width && !breakingWords { w = truncate(w, to: width); ww = DisplayWidth.of(w) }
            if ww > width {
                if lineWidth > 0 { lines.append(line) }
                line = ""; lineWidth = 0
                for character in w {
                    let cw = DisplayWidth.of(String(character))
                    if lineWidth + cw > width { lines.append(line); line = ""; lineWidth = 0 }
                    line.append(character); lineWidth += cw
                }
                continue
            }
            if lineWidth == 0 {
                line = w; lineWidth = ww
            } else if lineWidth + 1 + ww <= width {
                line += " " + w; lineWidth += 1 + ww
            } else {
                lines.append(line); line = w; lineWidth = ww
            }
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }
}
