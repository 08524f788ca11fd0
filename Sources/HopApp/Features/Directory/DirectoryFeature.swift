import HopModel
import TerminalUI

/// One line of the directory: a profession's head, or one of its departmental leads.
public enum DirectoryRow: Hashable, Sendable {
    case head(Profession)
    case lead(DirectoryLead, profession: Profession)

    public var profession: Profession {
        switch self {
        case .head(let p), .lead(_, let p): p
        }
    }
}

/// The directory screen: every head of profession and departmental lead, filterable.
public struct DirectoryState: FeatureState, ListScreenState {
    public var directory: Directory?
    public var departments: [Department] = []
    /// The lead waiting for y or n is a departmental lead (a head goes with the profession).
    public var list = ListModel<DepartmentalLead>()
    /// Where Esc goes back to.
    public var returnTo: Screen = .overview

    public init() {}

    /// The rows after filtering: each profession's head, then its leads.
    public var rows: [DirectoryRow] {
        guard let directory else { return [] }
        return directory.filtered(list.filter).entries.flatMap { entry in
            [DirectoryRow.head(entry.profession)] + entry.leads.map { DirectoryRow.lead($0, profession: entry.profession) }
        }
    }

    public var selected: DirectoryRow? {
        let rows = rows
        return rows.indices.contains(list.position.selected) ? rows[list.position.selected] : nil
    }
}

extension AppState {
    public var directory: DirectoryState {
        get { features[DirectoryState.self] }
        set { features[DirectoryState.self] = newValue }
    }
}

/// The directory as read, with the departments its leads name.
struct DirectoryRead: FeatureData {
    var directory: Directory
    var departments: [Department]
}

extension Screen {
    /// Heads of profession and departmental leads with contact details.
    public static let directory = Screen("directory")
}

extension KeyScope {
    public static let directory = KeyScope("directory", "Directory of heads and departmental leads (H)")
}

/// Every head of profession and departmental lead with contact details: filter, add, edit,
/// delete a lead.
enum DirectoryFeature: Feature {
    static let screen = Screen.directory
    static let showsNames = true

    static let bindings = [
        Binding([.char("H")], .show(.directory), scope: .global,
                "Directory: every head of profession and departmental lead with contact details", showsNames: true),
        Binding([.down, .char("j")], .down, scope: .directory, "Next row"),
        Binding([.up, .char("k")], .up, scope: .directory, "Previous row"),
        Binding([.pageDown], .pageDown, scope: .directory, "Page down"),
        Binding([.pageUp], .pageUp, scope: .directory, "Page up"),
        Binding([.char("n")], .newRecord, scope: .directory, "New departmental lead (of the selected profession)", hint: "New lead",
                mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .directory,
                "Edit the selected lead, or the profession's head and contacts", hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .directory, "Delete the selected departmental lead (asks first)",
                hint: "Delete", mutates: true),
        Binding([.char("/")], .startFilter, scope: .directory, "Filter by profession, name, department, email or phone",
                hint: "Filter"),
        Binding([.escape], .back, scope: .directory, "Back", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { state.directory.list.promptScopes ?? [.directory] }

    static func title(_ state: AppState) -> String { "Directory" }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        DirectoryScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen != screen else { return nil }
        state.directory = DirectoryState()
        state.directory.returnTo = state.screen
        state.screen = screen
        return state.overview.loads + [read]
    }

    static let read = Effect.read(FeatureRead(screen: screen, name: "directory") { client, _ in
        let client = try EditingRead.editor(client)
        return DirectoryRead(directory: try client.directory(), departments: try client.departments())
    })

    static func reload(_ state: AppState) -> [Effect] { [.loadOverview, read] }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let read = data as? DirectoryRead else { return [] }
        state.directory.directory = read.directory
        state.directory.departments = read.departments
        clamp(&state)
        return []
    }

    static func clamp(_ state: inout AppState) {
        state.directory.position.clamp(count: state.directory.rows.count, visible: DirectoryScreen.visibleRows(state.size))
    }

    static func type(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.directory.list.type(key) { clamp(&state) }
        return []
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            if state.directory.list.clearFilter() { clamp(&state) } else { state.screen = state.directory.returnTo }
        case .newRecord:
            guard let department = departments(state).first else {
                state.status = "There is no department yet: add one with D first."
                return []
            }
            let professionId = state.directory.selected?.profession.id ?? state.overview.rows.first?.professionId
            guard let professionId else { return [] }
            state.form = DepartmentalLeadForm.make(DepartmentalLead(professionId: professionId, departmentId: department.id, name: ""),
                                                   professions: Choices.professions(state), departments: departments(state))
        case .editSelected:
            switch state.directory.selected {
            case .head(let p)?: state.form = ProfessionForm.make(p)
            case .lead(let lead, _)?:
                state.form = DepartmentalLeadForm.make(lead.lead, professions: Choices.professions(state),
                                                       departments: departments(state))
            case nil: break
            }
        case .deleteSelected:
            switch state.directory.selected {
            case .lead(let lead, _)?: state.directory.pendingDelete = lead.lead
            case .head?: state.status = "A head of profession belongs to the profession: press e to change who it is."
            case nil: break
            }
        case .confirmDelete:
            guard let lead = state.directory.list.confirmDelete() else { return [] }
            return [.apply(.deleteDepartmentalLead(lead), before: .departmentalLead(lead), origin: .quick)]
        default:
            guard state.directory.list.reduce(command, count: state.directory.rows.count,
                                              visible: DirectoryScreen.visibleRows(state.size), selected: nil) else { return nil }
        }
        return []
    }

    static func departments(_ state: AppState) -> [NamedID] {
        state.directory.departments.map { NamedID(id: $0.id, name: $0.name) }
    }

    static func deleteQuestion(_ lead: DepartmentalLead, _ state: AppState) -> String {
        let department = state.directory.departments.first { $0.id == lead.departmentId }?.name ?? "a department"
        return "Delete \(lead.name), lead in \(department)? u puts it back. y deletes, n keeps it."
    }
}
