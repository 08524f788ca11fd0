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
public struct DirectoryState: Hashable, Sendable {
    public var directory: Directory?
    public var departments: [Department] = []
    public var filter = ""
    /// True while the user is typing a filter.
    public var editingFilter = false
    public var position = ListPosition()
    /// A lead the user asked to delete, waiting for y or n.
    public var pendingDelete: DepartmentalLead?
    /// Where Esc goes back to.
    public var returnTo: Screen = .overview

    public init() {}

    /// The rows after filtering: each profession's head, then its leads.
    public var rows: [DirectoryRow] {
        guard let directory else { return [] }
        return directory.filtered(filter).entries.flatMap { entry in
            [DirectoryRow.head(entry.profession)] + entry.leads.map { DirectoryRow.lead($0, profession: entry.profession) }
        }
    }

    public var selected: DirectoryRow? {
        let rows = rows
        return rows.indices.contains(position.selected) ? rows[position.selected] : nil
    }
}

extension Reducer {
    static func directoryCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .showDirectory:
            guard state.screen != .directory, state.screen != .firstRun else { return [] }
            let returnTo = state.screen
            state.directory = DirectoryState()
            state.directory.returnTo = returnTo
            state.screen = .directory
            return [.loadDirectory]
        case .newRecord:
            guard let departments = directoryDepartments(state).first else {
                state.status = "There is no department yet: add one with D first."
                return []
            }
            let professionId = state.directory.selected?.profession.id ?? state.overview.rows.first?.professionId
            guard let professionId else { return [] }
            state.form = DepartmentalLeadForm.make(DepartmentalLead(professionId: professionId, departmentId: departments.id, name: ""),
                                                   professions: professionChoices(state), departments: directoryDepartments(state))
        case .editSelected:
            switch state.directory.selected {
            case .head(let p)?: state.form = ProfessionForm.make(p)
            case .lead(let lead, _)?:
                state.form = DepartmentalLeadForm.make(lead.lead, professions: professionChoices(state),
                                                       departments: directoryDepartments(state))
            case nil: break
            }
        case .deleteSelected:
            switch state.directory.selected {
            case .lead(let lead, _)?: state.directory.pendingDelete = lead.lead
            case .head?: state.status = "A head of profession belongs to the profession: press e to change who it is."
            case nil: break
            }
        case .confirmDelete:
            guard let lead = state.directory.pendingDelete else { return [] }
            state.directory.pendingDelete = nil
            return [.apply(.deleteDepartmentalLead(lead), before: .departmentalLead(lead), origin: .quick)]
        case .cancelDelete:
            state.directory.pendingDelete = nil
        default:
            break
        }
        return []
    }

    static func directoryDepartments(_ state: AppState) -> [NamedID] {
        state.directory.departments.map { NamedID(id: $0.id, name: $0.name) }
    }

    static func directoryLoaded(_ directory: Directory, departments: [Department], _ state: inout AppState) {
        state.directory.directory = directory
        state.directory.departments = departments
        state.directory.position.clamp(count: state.directory.rows.count, visible: DirectoryScreen.visibleRows(state.size))
    }

    static func directoryDeleteQuestion(_ lead: DepartmentalLead, _ state: AppState) -> String {
        let department = state.directory.departments.first { $0.id == lead.departmentId }?.name ?? "a department"
        return "Delete \(lead.name), lead in \(department)? u puts it back. y deletes, n keeps it."
    }
}
