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
public struct SetupState: Hashable, Sendable {
    public var departments: [Department] = []
    public var grades: [Grade] = []
    public var loaded = false
    public var section: SetupSection = .departments
    public var position = ListPosition()
    /// Waiting for y/n before deleting this department or grade.
    public var pendingDelete: EditableRecord?
    /// Where to go back to.
    public var returnTo: Screen = .overview

    public init() {}

    public var rowCount: Int { section == .departments ? departments.count : grades.count }

    /// The selected department or grade.
    public var selected: EditableRecord? {
        switch section {
        case .departments: departments.indices.contains(position.selected) ? .department(departments[position.selected]) : nil
        case .grades: grades.indices.contains(position.selected) ? .grade(grades[position.selected]) : nil
        }
    }
}

extension Reducer {
    static func setupCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .showSetup:
            guard state.screen != .setup, state.screen != .firstRun else { return [] }
            state.setup = SetupState()
            state.setup.returnTo = state.screen
            state.screen = .setup
            return [.loadSetup]
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
        case .deleteSelected:
            state.setup.pendingDelete = state.setup.selected
        case .confirmDelete:
            guard let record = state.setup.pendingDelete else { return [] }
            state.setup.pendingDelete = nil
            switch record {
            case .department(let d): return [.apply(.deleteDepartment(d), before: record, origin: .quick)]
            case .grade(let g): return [.apply(.deleteGrade(g), before: record, origin: .quick)]
            default: return []
            }
        case .cancelDelete:
            state.setup.pendingDelete = nil
        default:
            break
        }
        return []
    }

    static func setupDeleteQuestion(_ record: EditableRecord) -> String {
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

    static func setupLoaded(departments: [Department], grades: [Grade], _ state: inout AppState) {
        state.setup.departments = departments
        state.setup.grades = grades.sorted { $0.rank < $1.rank }
        state.setup.loaded = true
        state.setup.position.clamp(count: state.setup.rowCount, visible: SetupScreen.visibleRows(state.size))
    }
}
