/// What pasted text becomes before it is inserted into a field: control characters (C0, C1,
/// DEL, ESC and bidirectional controls, as `SafeText` defines them) are dropped, and line
/// breaks and tabs become spaces unless the field takes several lines, where line breaks are
/// kept (a CR LF or a lone CR counts as one line break).
public enum PastedText {
    public static func cleaned(_ text: String, keepingLineBreaks: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\r\n" || character == "\r" || character == "\n" {
                result.append(keepingLineBreaks ? "\n" : " ")
            } else if character == "\t" {
                result.append(" ")
            } else if !character.unicodeScalars.contains(where: TextFitting.isUnsafe) {
                result.append(character)
            }
        }
        return result
    }
}
