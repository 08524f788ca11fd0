/// The shape of an e-mail address and a telephone number as the directory shows them: not a
/// proof that either reaches anyone, but enough to refuse "not-an-email" or "phone?". Empty is
/// allowed (not recorded). Forms (through the store's refusal) and every write use these.
public enum ContactShape {
    public static let maximumEmailLength = 120

    /// Why `text` is not shaped like an address (one @, something before it, a domain of dotted
    /// labels of letters, digits and hyphens after it, no spaces), or nil when it is.
    public static func emailProblem(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let labels = parts.count == 2 ? parts[1].split(separator: ".", omittingEmptySubsequences: false) : []
        let labelOK: (Substring) -> Bool = { label in
            !label.isEmpty && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }
        }
        guard text.count <= maximumEmailLength, parts.count == 2, !parts[0].isEmpty,
              !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" }),
              labels.count >= 2, labels.allSatisfy(labelOK) else {
            return "is not an e-mail address; expected a form like name@department.gov.uk"
        }
        return nil
    }

    /// Why `text` is not shaped like a telephone number (7 to 15 digits, which spaces, hyphens,
    /// dots and brackets may group, an optional + in front, an optional "ext" and digits after),
    /// or nil when it is.
    public static func phoneProblem(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        var number = Substring(text)
        if let ext = text.range(of: " ext ", options: .caseInsensitive) ?? text.range(of: " x", options: .caseInsensitive) {
            let extensionDigits = String(text[ext.upperBound...]).trimmingSpaces
            guard !extensionDigits.isEmpty, extensionDigits.allSatisfy(\.isASCIIDigit) else { return phoneMessage }
            number = text[..<ext.lowerBound]
        }
        if number.first == "+" { number = number.dropFirst() }
        let digits = number.filter(\.isASCIIDigit).count
        guard (7...15).contains(digits), number.allSatisfy({ $0.isASCIIDigit || " -.()".contains($0) }) else { return phoneMessage }
        return nil
    }

    private static let phoneMessage = "is not a telephone number; expected digits such as 020 7946 0123 or +44 20 7946 0123"
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
