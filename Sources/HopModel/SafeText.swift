/// What text from a store or a file may never carry onto a terminal or into a text file: C0
/// and C1 controls (ESC, and with it every escape sequence, included), DEL, and the
/// bidirectional embeddings, overrides and isolates that reorder what is shown (U+202A-U+202E,
/// U+2066-U+2069). The dashboard, every command's output and every message go through here.
public enum SafeText {
    /// The character put where an unsafe one was.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// One line: tabs and line breaks become spaces (a record stays on its line), every other
    /// unsafe character becomes U+FFFD.
    public static func line(_ text: String) -> String {
        replacing(text) { s, _ in s == "\t" || s == "\n" || s == "\r" ? " " : nil }
    }

    /// Text of several lines (a message, a whole document): line feeds, CR LF pairs and tabs are
    /// kept; every other unsafe character, a lone carriage return included, becomes U+FFFD.
    public static func lines(_ text: String) -> String {
        replacing(text) { s, next in
            s == "\n" || s == "\t" || (s == "\r" && next == "\n") ? s : nil
        }
    }

    /// Whether `text` holds a character `lines` would replace.
    public static func hasUnsafe(_ text: String) -> Bool {
        lines(text) != text
    }

    /// `keep(scalar, next)` says what an unsafe scalar becomes (nil: the replacement).
    private static func replacing(_ text: String, _ keep: (Unicode.Scalar, Unicode.Scalar?) -> Unicode.Scalar?) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var current = scalars.next()
        while let s = current {
            let next = scalars.next()
            result.append(isUnsafe(s) ? keep(s, next) ?? replacement : s)
            current = next
        }
        return String(result)
    }
}
