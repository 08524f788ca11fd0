import HopModel

/// Display width of text in terminal columns, by grapheme cluster, never by `String.count`.
///
/// Widths are the C library's `wcwidth` (`WidthTable`, generated from it), because ncurses
/// places every cell by that function: any other table pushes borders out of line. A cluster
/// is drawn in one cell, as ncurses can draw it (a spacing character and the zero-width marks
/// after it), or replaced whole (`drawable`); it is measured as it is drawn.
public enum DisplayWidth {
    /// Width of one grapheme cluster as drawn: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        // Printable ASCII, most of every frame, without look-ups.
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        return drawable(character).width
    }

    /// Width of a string: the sum of its clusters.
    public static func of(_ text: String) -> Int {
        var total = 0
        for c in text { total += of(c) }
        return total
    }

    /// The C library's width of a single scalar outside any cluster: 0, 1 or 2, and -1 for
    /// what it cannot print (controls, code points it does not know).
    public static func of(scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if contains(WidthTable.zero, v) { return 0 }
        if contains(WidthTable.wide, v) { return 2 }
        if contains(WidthTable.unprintable, v) { return -1 }
        return 1
    }

    /// The text one cell shows for a cluster, and its width.
    ///
    /// - A spacing character followed only by zero-width ones (accents, variation selectors,
    ///   joiners): itself, as wide as its first scalar.
    /// - Unsafe characters (controls, bidi overrides): as `SafeText.line` replaces them
    ///   (U+FFFD, or a space for tab and line breaks), one column each, as `Buffer` draws them.
    /// - A character the C library cannot print: U+FFFD, one column.
    /// - A flag (two regional indicators): its two letters ("GB"), two columns.
    /// - Any other cluster of several spacing characters (ZWJ sequences such as families,
    ///   emoji with a skin tone): ncurses would draw only its first character, so it is
    ///   replaced whole by U+FFFD, one column.
    /// - A cluster of zero-width characters alone: itself, no columns (it joins the cell
    ///   before it).
    public static func drawable(_ character: Character) -> (text: String, width: Int) {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return (String(character), 1) }
        let scalars = character.unicodeScalars
        if scalars.contains(where: SafeText.isUnsafe) {
            let clean = SafeText.line(String(character))
            return (clean, of(clean))
        }
        guard let first = scalars.first else { return ("", 0) }
        let base = of(scalar: first)
        if base < 0 { return (replacement, 1) }
        var spacing = 0
        for s in scalars.dropFirst() where of(scalar: s) != 0 { spacing += 1 }
        if spacing == 0 { return (String(character), base) }
        if base == 0 { return (replacement, 1) }
        if scalars.count == 2, isRegionalIndicator(first), let second = scalars.last, isRegionalIndicator(second) {
            return (letter(first) + letter(second), 2)
        }
        return (replacement, 1)
    }

    /// What stands for a cluster that cannot be drawn in a cell.
    public static let replacement = String(SafeText.replacement)

    static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(s.value)
    }

    private static func letter(_ s: Unicode.Scalar) -> String {
        String(UnicodeScalar(UInt8(s.value - 0x1F1E6) + UInt8(ascii: "A")))
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lowerBound { high = mid - 1 } else if value > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }
}
