/// Writes CSV that `CSVReader` and spreadsheets read back: fields holding a comma, a quote or
/// a line break are quoted, quotes doubled; lines end with CRLF (RFC 4180).
///
/// A text a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab or
/// a carriage return) is written after an apostrophe, which spreadsheets show as text and
/// `formulaGuardRemoved` takes off again on import: a name typed as "=HYPERLINK(...)" stays a
/// name in whoever opens the export.
///
/// Line breaks and tabs in a field are data and written as they are (quoted); any other control
/// character, DEL or bidirectional override (`SafeText`), which imports refuse, is written as
/// U+FFFD, so an export printed on a terminal cannot drive it.
public enum CSVWriter {
    public static func line(_ fields: [String]) -> String {
        fields.map { escape(guardingFormula(SafeText.lines($0))) }.joined(separator: ",") + "\r\n"
    }

    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether a spreadsheet would take the text, after any apostrophes, for a formula.
    static func startsLikeFormula(_ field: String) -> Bool {
        field.drop { $0 == "'" }.first.map(formulaStarts.contains) ?? false
    }

    /// One apostrophe more before a formula-like text (so "'=x", already guarded by hand,
    /// comes back as itself too).
    public static func guardingFormula(_ field: String) -> String {
        startsLikeFormula(field) ? "'" + field : field
    }

    /// The field as it was before `guardingFormula`: an apostrophe is dropped only where it
    /// guards a formula start, so "'tis" stays as it is.
    public static func formulaGuardRemoved(_ field: String) -> String {
        field.first == "'" && startsLikeFormula(field) ? String(field.dropFirst()) : field
    }

    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Appends one field as `line` writes it (guarded, made safe, quoted when needed) to `out`.
    /// A field of printable ASCII that needs none of that is copied byte for byte; any other
    /// goes through the same steps as `line`. A NUL ends the field, as it ends a C string.
    public static func appendField(_ field: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var count = 0
        var plain = true
        for byte in field {
            if byte == 0 { break }
            if byte < 0x20 || byte > 0x7E || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") { plain = false }
            count += 1
        }
        if plain, let first = field.first, count > 0, !formulaOrGuardStart(first) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: field[..<count]))
        } else if count > 0 {
            let text = String(decoding: UnsafeBufferPointer(rebasing: field[..<count]), as: UTF8.self)
            out.append(contentsOf: escape(guardingFormula(SafeText.lines(text))).utf8)
        }
    }

    /// A first byte that may make a spreadsheet read a formula, or an apostrophe that may guard one.
    private static func formulaOrGuardStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "'")
    }
}
