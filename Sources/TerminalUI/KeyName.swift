extension Key {
    /// Every named key, spelled as `description` spells it (and as the help shows it).
    private static let named: [Key] = [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
                                       .home, .end, .pageUp, .pageDown, .insert, .char(" ")]

    /// The key a name means, the inverse of `description`: one character ("x", "?"), a named key
    /// ("Enter", "Esc", "PgDn", "Space", "Shift-Tab"), "Ctrl-" and a letter (not H, I, J or M), or "F1" to "F12".
    /// Names are matched without regard to case, except a single character. Nil for anything else.
    public init?(name: String) {
        if name.count == 1, let c = name.first, !c.isWhitespace, !c.isNewline {
            self = .char(c)
            return
        }
        let lower = name.lowercased()
        if let key = Key.named.first(where: { $0.description.lowercased() == lower }) {
            self = key
            return
        }
        // Ctrl-H, I, J and M arrive as Backspace, Tab and Enter, so they cannot be bound.
        if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter, c.isASCII, !"hijm".contains(c) {
            self = .ctrl(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n), String(n) == String(lower.dropFirst()) {
            self = .function(n)
            return
        }
        return nil
    }
}
