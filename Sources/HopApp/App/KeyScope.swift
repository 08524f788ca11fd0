/// Where a binding applies. The keymap looks in the overlay's scope first, then the screen's,
/// then global bindings (lazygit's order). Open: a feature declares its own scopes in its folder.
public struct KeyScope: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    /// The heading in help and in the key table.
    public let title: String
    /// Asking or typing: the screen's own keys and global ones are off until it is answered.
    public let isModal: Bool

    public init(_ id: String, _ title: String, modal: Bool = false) {
        self.id = id; self.title = title; self.isModal = modal
    }

    public var description: String { id }

    public static func == (a: KeyScope, b: KeyScope) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// The scopes that belong to the app rather than to one screen.
extension KeyScope {
    public static let global = KeyScope("global", "Everywhere")
    public static let deletePrompt = KeyScope("deletePrompt", "Asked to confirm a delete", modal: true)
    public static let filter = KeyScope("filter", "While typing a filter", modal: true)
    public static let form = KeyScope("form", "In a form", modal: true)
    public static let discardPrompt = KeyScope("discardPrompt", "Asked whether to discard changes", modal: true)
    public static let conflictPrompt = KeyScope("conflictPrompt", "Asked what to do when someone else saved first", modal: true)
    public static let help = KeyScope("help", "This help", modal: true)
    public static let kiosk = KeyScope("kiosk", "Kiosk (hopdash kiosk): nothing else", modal: true)
}
