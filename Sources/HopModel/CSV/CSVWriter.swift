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
}
