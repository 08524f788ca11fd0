import HopModel
import TerminalUI

/// The open profession's register of business-critical posts (principles 2.4, 3.3, 3.4): each
/// post with its holder, risk of loss, whether the Head of Profession recruits to it, and its
/// successors.
public struct SuccessionState: FeatureState, ListScreenState {
    public var professionId: RowID = 0
    public var register: SuccessionRegister?
    /// The post waiting for y or n before a delete (or before `removing` leaves it).
    public var list = ListModel<CriticalPost>()
    /// The selected post's successor while they have the keys (Tab); nil: the posts have them.
    public var successor: Int?
    /// The successor (of `list.pendingDelete`) waiting for y or n before it is taken off.
    public var removing: Int?

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
    public static let successors = KeyScope("successors", "Successors of a critical post (Tab on the register)")
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
        Binding([.char("n")], .newRecord, scope: .succession, "New critical post", hint: "New post", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .succession,
                "Edit the selected post: title, department, grade, holder, risk, Head of Profession involved", hint: "Edit",
                mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .succession, "Delete the selected post and its successors (asks first)",
                hint: "Delete", mutates: true),
        Binding([.tab], .nextPane, scope: .succession, "The selected post's successors: add, edit, remove", hint: "Successors"),
        Binding([.escape], .back, scope: .succession, "Back to the dashboard", hint: "Back"),
        Binding([.down, .char("j")], .down, scope: .successors, "Next successor"),
        Binding([.up, .char("k")], .up, scope: .successors, "Previous successor"),
        Binding([.char("n")], .newRecord, scope: .successors, "New successor to the post", hint: "New successor",
                mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .successors,
                "Edit the selected successor: who, readiness, development action", hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .successors, "Take the selected successor off the post (asks first)",
                hint: "Remove", mutates: true),
        Binding([.tab, .escape], .back, scope: .successors, "Back to the posts", hint: "Posts"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] {
        state.succession.list.promptScopes ?? [state.succession.successor == nil ? .succession : .successors]
    }

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
        if let at = state.succession.successor {
            state.succession.successor = min(at, max(0, (state.succession.selected?.successors.count ?? 0) - 1))
        }
        return []
    }

    static func clamp(_ state: inout AppState) {
        state.succession.position.clamp(count: state.succession.posts.count, visible: SuccessionScreen.visibleRows(state.size))
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        if state.succession.successor != nil, state.succession.list.pendingDelete == nil {
            return reduceSuccessors(command, &state)
        }
        switch command {
        case .back:
            state.screen = .profession
        case .nextPane:
            guard state.succession.selected != nil else { return [] }
            state.succession.successor = 0
        case .newRecord:
            guard let register = state.succession.register, let department = register.departments.first,
                  let grade = register.grades.last else {
                state.status = "There is no department or grade yet: add them with D first."
                return []
            }
            let post = CriticalPost(professionId: state.succession.professionId, departmentId: department.id, gradeId: grade.id,
                                    title: "")
            state.form = CriticalPostForm.make(post, departments: departments(register), grades: grades(register), holder: nil)
        case .editSelected:
            guard let register = state.succession.register, let post = state.succession.selected else { return [] }
            state.form = CriticalPostForm.make(post, departments: departments(register), grades: grades(register),
                                               holder: post.holderId.flatMap { person($0, register) })
        case .confirmDelete:
            guard let post = state.succession.list.confirmDelete() else { return [] }
            if let index = state.succession.removing {
                state.succession.removing = nil
                var kept = post
                guard kept.successors.indices.contains(index) else { return [] }
                kept.successors.remove(at: index)
                state.succession.successor = kept.successors.isEmpty ? nil : min(index, kept.successors.count - 1)
                return [.apply(.saveCriticalPost(kept), before: .criticalPost(post), origin: .quick)]
            }
            return [.apply(.deleteCriticalPost(post), before: .criticalPost(post), origin: .quick)]
        case .cancelDelete:
            state.succession.list.pendingDelete = nil
            state.succession.removing = nil
        default:
            guard state.succession.list.reduce(command, count: state.succession.posts.count,
                                               visible: SuccessionScreen.visibleRows(state.size),
                                               selected: state.succession.selected) else { return nil }
        }
        return []
    }

    /// The keys while the selected post's successors have them.
    static func reduceSuccessors(_ command: Command, _ state: inout AppState) -> [Effect]? {
        guard let register = state.succession.register, let post = state.succession.selected,
              let at = state.succession.successor else { return nil }
        switch command {
        case .back:
            state.succession.successor = nil
        case .down, .up:
            let count = post.successors.count
            guard count > 0 else { return [] }
            state.succession.successor = max(0, min(count - 1, at + (command == .down ? 1 : -1)))
        case .newRecord:
            state.form = SuccessorForm.make(post, index: nil, person: nil)
        case .editSelected:
            guard post.successors.indices.contains(at) else { return [] }
            state.form = SuccessorForm.make(post, index: at, person: person(post.successors[at].staffId, register))
        case .deleteSelected:
            guard post.successors.indices.contains(at) else { return [] }
            state.succession.list.pendingDelete = post
            state.succession.removing = at
        default:
            return nil
        }
        return []
    }

    static func departments(_ register: SuccessionRegister) -> [NamedID] {
        register.departments.map { NamedID(id: $0.id, name: $0.name) }
    }

    /// The grade ladder, highest first: critical posts are mostly senior.
    static func grades(_ register: SuccessionRegister) -> [NamedID] {
        register.grades.reversed().map { NamedID(id: $0.id, name: $0.name) }
    }

    static func person(_ id: RowID, _ register: SuccessionRegister) -> StaffRef? {
        register.people[id].map { StaffRef(number: $0.staffNumber, id: id) }
    }

    static func deleteQuestion(_ state: AppState) -> String? {
        guard let post = state.succession.list.pendingDelete else { return nil }
        if let index = state.succession.removing, post.successors.indices.contains(index) {
            let name = state.succession.register?.name(post.successors[index].staffId) ?? "this successor"
            return "Take \(name) off \(post.title)? u puts them back. y removes, n keeps them."
        }
        return "Delete the critical post \(post.title) and its \(post.successors.count) successor"
            + "\(post.successors.count == 1 ? "" : "s")? u puts it back. y deletes, n keeps it."
    }
}
