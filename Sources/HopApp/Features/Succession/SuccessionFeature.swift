import HopModel
import TerminalUI

/// The open profession's register of business-critical posts (principles 2.4, 3.3, 3.4): each
/// post with its holder, risk of loss, whether the Head of Profession recruits to it, and its
/// successors.
public struct SuccessionState: FeatureState, ListScreenState {
    public var professionId: RowID = 0
    public var register: SuccessionRegister?
    /// The post waiting for y or n before a delete.
    public var list = ListModel<CriticalPost>()

    public init() {}

    public var posts: [CriticalPost] { register?.posts ?? [] }

    public var selected: CriticalPost? {
        posts.indices.contains(list.position.selected) ? posts[list.position.selected] : nil
    }
}

extension AppState {
    public var succession: SuccessionState {
        get { features[SuccessionState.self] }
        set { features[SuccessionState.self] = newValue }
    }
}

extension SuccessionRegister: FeatureData {}

extension Screen {
    /// The open profession's register of business-critical posts.
    public static let succession = Screen("succession")
}

extension KeyScope {
    public static let succession = KeyScope("succession", "Succession register of a profession (S on a dashboard)")
}

enum SuccessionFeature: Feature {
    static let screen = Screen.succession
    static let showsNames = true

    static let bindings = [
        Binding([.char("S")], .show(.succession), scope: .profession,
                "Succession: the register of business-critical posts, their holders and successors",
                hint: "Succession", rank: HintRank.editing, showsNames: true),
        Binding([.down, .char("j")], .down, scope: .succession, "Next post"),
        Binding([.up, .char("k")], .up, scope: .succession, "Previous post"),
        Binding([.pageDown], .pageDown, scope: .succession, "Page down"),
        Binding([.pageUp], .pageUp, scope: .succession, "Page up"),
        Binding([.escape], .back, scope: .succession, "Back to the dashboard", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { state.succession.list.promptScopes ?? [.succession] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        SuccessionScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .profession, let profession = state.profession else { return nil }
        state.succession = SuccessionState()
        state.succession.professionId = profession.professionId
        state.screen = screen
        return [read(profession.professionId)]
    }

    static func read(_ professionId: RowID) -> Effect {
        .read(FeatureRead(screen: screen, name: "succession register \(professionId)") { client, _ in
            try EditingRead.editor(client).successionRegister(professionId: professionId)
        })
    }

    static func reload(_ state: AppState) -> [Effect] { ProfessionFeature.reload(state) + [read(state.succession.professionId)] }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let register = data as? SuccessionRegister else { return [] }
        state.succession.register = register
        clamp(&state)
        return []
    }

    static func clamp(_ state: inout AppState) {
        state.succession.position.clamp(count: state.succession.posts.count, visible: SuccessionScreen.visibleRows(state.size))
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            state.screen = .profession
        default:
            guard state.succession.list.reduce(command, count: state.succession.posts.count,
                                               visible: SuccessionScreen.visibleRows(state.size), selected: nil) else { return nil }
        }
        return []
    }
}
