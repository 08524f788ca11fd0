import HopModel
import TerminalUI

public enum SetupSection: Int, CaseIterable, Sendable {
    case departments, grades

    public var title: String {
        switch self {
        case .departments: "Departments"
        case .grades: "Grade ladder"
        }
    }
}

/// The departments and the grade ladder, shared by every profession.
public struct SetupState: FeatureState, ListScreenState {
    public var departments: [Department] = []
    public var grades: [Grade] = []
    public var loaded = false
    public var section: SetupSection = .departments
    public var list = ListModel<EditableRecord>()
    /// Where to go back to.
    public var returnTo: Screen = .overview

    public init() {}

    public var rowCount: Int { section == .departments ? departments.count : grades.count }

    /// The selected department or grade.
    public var selected: EditableRecord? {
        let i = list.position.selected
        switch section {
        case .departments: return departments.indices.contains(i) ? .department(departments[i]) : nil
        case .grades: return grades.indices.contains(i) ? .grade(grades[i]) : nil
        }
    }
}

extension AppState {
    public var setup: SetupState {
        get { features[SetupState.self] }
        set { features[SetupState.self] = newValue }
    }
}

/// Departments and grades as read.
struct SetupRead: FeatureData {
    var departments: [Department]
    var grades: [Grade]
}

extension Screen {
    /// Departments and the grade ladder.
    public static let setup = Screen("setup")
}

extension KeyScope {
    static let setup = KeyScope("setup", "Departments and grades (D)")
}

/// The departments and the grade ladder every profession shares: add, edit, delete (only
/// what nobody belongs to or holds).
enum SetupFeature: Feature {
    static let screen = Screen.setup

    static let bindings = [
        Binding([.char("D")], .show(.setup), scope: .global, "Departments and the grade ladder"),
        Binding([.tab], .nextPane, scope: .setup, "Departments / grade ladder", hint: "Section"),
        Binding([.backTab], .previousPane, scope: .setup, "Departments / grade ladder"),
        Binding([.down, .char("j")], .down, scope: .setup, "Next row"),
        Binding([.up, .char("k")], .up, scope: .setup, "Previous row"),
        Binding([.char("n")], .newRecord, scope: .setup, "New department or grade", hint: "New", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .setup, "Edit the selected department or grade", hint: "Edit",
                mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .setup, "Delete the selected department or grade (asks first)",
                hint: "Delete", mutates: true),
        Binding([.escape], .back, scope: .setup, "Back", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { state.setup.list.promptScopes ?? [.setup] }

    static func title(_ state: AppState) -> String { "Departments and grades" }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        SetupScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen != screen else { return nil }
        state.setup = SetupState()
        state.setup.returnTo = state.screen
        state.screen = screen
        return reload(state)
    }

    static func reload(_ state: AppState) -> [Effect] {
        [.read(FeatureRead(screen: screen, name: "departments and grades") { client, _ in
            let client = try EditingRead.editor(client)
            return SetupRead(departments: try client.departments(), grades: try client.grades())
        })]
    }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let read = data as? SetupRead else { return [] }
        state.setup.departments = read.departments
        state.setup.grades = read.grades.sorted { $0.rank < $1.rank }
        state.setup.loaded = true
        clamp(&state)
        return []
    }

    static func clamp(_ state: inout AppState) {
        state.setup.position.clamp(count: state.setup.rowCount, visible: SetupScreen.visibleRows(state.size))
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            state.screen = state.setup.returnTo
        case .nextPane, .previousPane:
            state.setup.section = state.setup.section == .departments ? .grades : .departments
            state.setup.position = ListPosition()
        case .newRecord:
            switch state.setup.section {
            case .departments: state.form = DepartmentForm.make(Department(code: "", name: ""))
            case .grades:
                state.form = GradeForm.make(Grade(code: "", name: "", rank: (state.setup.grades.map(\.rank).max() ?? 0) + 1))
            }
        case .editSelected:
            switch state.setup.selected {
            case .department(let d)?: state.form = DepartmentForm.make(d)
            case .grade(let g)?: state.form = GradeForm.make(g)
            default: break
            }
        case .confirmDelete:
            guard let record = state.setup.list.confirmDelete() else { return [] }
            switch record {
            case .department(let d): return [.apply(.deleteDepartment(d), before: record, origin: .quick)]
            case .grade(let g): return [.apply(.deleteGrade(g), before: record, origin: .quick)]
            default: return []
            }
        default:
            guard state.setup.list.reduce(command, count: state.setup.rowCount,
                                          visible: SetupScreen.visibleRows(state.size),
                                          selected: state.setup.selected) else { return nil }
        }
        return []
    }

    static func deleteQuestion(_ record: EditableRecord) -> String {
        switch record {
        case .department(let d):
            return "Delete the department \(d.code) \(d.name)? Only a department nobody belongs to can go; u puts it back. "
                + "y deletes, n keeps it."
        case .grade(let g):
            return "Delete the grade \(g.code) \(g.name), with the skill levels and qualifications professions require at it? "
                + "Only a grade nobody holds can go; u cannot bring it back. y deletes, n keeps it."
        default:
            return "Delete this record? y deletes, n keeps it."
        }
    }
}
