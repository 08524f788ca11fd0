/// Escaping for HTML and SVG text and attribute values. Every piece of text the HTML report
/// prints goes through `escape`, user input (profession and skill names) above all.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as character references; control characters other than
    /// tab and line feed dropped (XML cannot carry them).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "\n"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
