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
    /// Where to go back to.
    public var returnTo: Screen = .overview

    public init() {}

    public var rowCount: Int { section == .departments ? departments.count : grades.count }
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
            let i = state.setup.position.selected
            switch state.setup.section {
            case .departments where state.setup.departments.indices.contains(i):
                state.form = DepartmentForm.make(state.setup.departments[i])
            case .grades where state.setup.grades.indices.contains(i):
                state.form = GradeForm.make(state.setup.grades[i])
            default: break
            }
        default:
            break
        }
        return []
    }

    static func setupLoaded(departments: [Department], grades: [Grade], _ state: inout AppState) {
        state.setup.departments = departments
        state.setup.grades = grades.sorted { $0.rank < $1.rank }
        state.setup.loaded = true
        state.setup.position.clamp(count: state.setup.rowCount, visible: SetupScreen.visibleRows(state.size))
    }
}
