/// The keymap as text for people: the help overlay's lines and the README's key tables are
/// both made here, from `Keymap.bindings`, so no key is described anywhere else by hand.
public enum KeyTable {
    /// One row: a scope's bindings that share a description (the kiosk's exit sequence is one
    /// row, its keys in order, not six rows that each look like a way out).
    public struct Row: Sendable {
        public var keys: String
        public var description: String
        public var bindings: [Binding]
    }

    public static func rows(_ scope: KeyScope) -> [Row] {
        var rows: [Row] = []
        for binding in Keymap.bindings where binding.scope == scope {
            if let i = rows.firstIndex(where: { $0.description == binding.description }) {
                rows[i].keys += " " + binding.keyLabel
                rows[i].bindings.append(binding)
            } else {
                rows.append(Row(keys: binding.keyLabel, description: binding.description, bindings: [binding]))
            }
        }
        return rows
    }

    /// Every scope's keys as Markdown tables, for the README (checked by a test to match).
    public static func markdown() -> String {
        Keymap.allScopes.map { scope in
            let rows = rows(scope).map { row in
                let note = row.bindings.contains(where: \.mutates) && scope != .kiosk ? " (not in kiosk mode)" : ""
                return "| \(escape(row.keys)) | \(escape(row.description))\(note) |"
            }
            return (["#### \(scope.title)", "", "| key | what |", "|---|---|"] + rows).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    private static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
