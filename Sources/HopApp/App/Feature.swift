import HopModel
import TerminalUI

/// A screen of the app and everything it owns: its key bindings, how it answers commands,
/// typed text and data, what it reads afresh, and how it draws. The root reducer, the keymap
/// and the renderer only route to the current screen's feature (lazygit's controllers, Bubble
/// Tea's models). Adding a screen is a folder and one line in `Features.all`.
///
/// Every requirement but `screen`, `bindings`, `title` and `render` has a default that does
/// nothing, so a read-only screen writes only what it has.
public protocol Feature: SendableMetatype {
    /// The screen this feature draws.
    static var screen: Screen { get }
    /// Its key bindings, in the order help lists them. A binding in `KeyScope.global` opens
    /// the screen from anywhere (`Command.show(screen)`).
    static var bindings: [Binding] { get }
    /// The scopes searched for a key on this screen, most specific first. `global` follows
    /// unless the screen is asking something (`KeyScope.isModal`).
    static func scopes(_ state: AppState) -> [KeyScope]
    /// The title line's text (after "hopdash · ").
    static func title(_ state: AppState) -> String
    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme)
    /// Makes this screen current (from `state.screen`); returns what to read. Returning nil
    /// refuses (nothing to show yet) and leaves the state as it was.
    static func open(_ state: inout AppState) -> [Effect]?
    /// A command while this screen is current; nil leaves it to the app (global commands).
    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]?
    /// A key no binding claimed (typed into a filter).
    static func type(_ key: Key, _ state: inout AppState) -> [Effect]
    /// What to read to show this screen afresh after the data changed, by anyone.
    static func reload(_ state: AppState) -> [Effect]
    /// Keeps selections and scroll offsets in range after a change of data or size.
    static func clamp(_ state: inout AppState)
    /// A read this feature asked for (`Effect.read`) came back.
    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect]
    /// What `c` shows the history of here, if anything.
    static func changeLogSubject(_ state: AppState) -> (title: String, subject: ChangeLogSubject)?
    /// The screen shows people's names: every binding that opens it (`Command.show`) counts as
    /// showing names, so kiosk mode refuses it (`Binding.disabledReason`) whatever the binding says.
    static var showsNames: Bool { get }
}

extension Feature {
    public static func scopes(_ state: AppState) -> [KeyScope] { [] }
    public static func open(_ state: inout AppState) -> [Effect]? {
        state.screen = screen
        return reload(state)
    }
    public static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? { nil }
    public static func type(_ key: Key, _ state: inout AppState) -> [Effect] { [] }
    public static func reload(_ state: AppState) -> [Effect] { [] }
    public static func clamp(_ state: inout AppState) {}
    public static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] { [] }
    public static func changeLogSubject(_ state: AppState) -> (title: String, subject: ChangeLogSubject)? { nil }
    public static var showsNames: Bool { false }
}

/// A screen's identity. Open, so that a feature declares its own (`extension Screen`).
public struct Screen: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    public init(_ id: String) { self.id = id }
    public var description: String { id }
}
