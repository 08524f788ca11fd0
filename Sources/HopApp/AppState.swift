import HopModel
import TerminalUI

/// The four panes of a profession's dashboard, in the order keys 1-4 select them.
public enum Pane: Int, CaseIterable, Sendable {
    case maturity = 1, skills, cpd, checklist

    public var title: String {
        switch self {
        case .maturity: "Maturity"
        case .skills: "Skills gaps"
        case .cpd: "CPD"
        case .checklist: "Checklist"
        }
    }

    public var next: Pane { Pane(rawValue: rawValue % 4 + 1)! }
    public var previous: Pane { Pane(rawValue: (rawValue + 2) % 4 + 1)! }
}

public enum Screen: Hashable, Sendable {
    /// No store yet: offer the demo, an empty store, or quitting.
    case firstRun
    case overview
    case profession
    /// The open profession's skills and the level each requires per grade, editable.
    case skills
    /// The open profession's members, paged from the store, editable.
    case staff
    /// One member's own records, from the members list.
    case member
    /// Departments and the grade ladder.
    case setup
    /// Heads of profession and departmental leads with contact details.
    case directory
    /// The seminar planner's proposed working groups.
    case seminar
    /// The open profession's movements: joiners, leavers, placements, flows.
    case movements
}

/// A list position: the selected row and the first row shown. Kept in state so that frames
/// are pure functions of state (immediate mode).
public struct ListPosition: Hashable, Sendable {
    public var selected = 0
    public var offset = 0

    public init(selected: Int = 0, offset: Int = 0) { self.selected = selected; self.offset = offset }

    /// Moves by `delta` within `count` rows, keeping the selection visible in `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else { self = ListPosition(); return }
        selected = min(count - 1, max(0, selected + delta))
        clamp(count: count, visible: visible)
    }

    public mutating func clamp(count: Int, visible: Int) {
        guard count > 0 else { self = ListPosition(); return }
        selected = min(count - 1, max(0, selected))
        offset = Table.visibleOffset(selected: selected, offset: offset, bodyHeight: max(1, visible), count: count)
    }
}

public struct OverviewState: Hashable, Sendable {
    public var rows: [OverviewRow] = []
    public var position = ListPosition()
    public var sortColumn: OverviewColumn = .name
    public var descending = false
    public var filter = ""
    /// True while the user is typing a filter.
    public var editingFilter = false
    public var loaded = false
    /// Waiting for y/n before deleting this profession.
    public var pendingDelete: OverviewRow?
    /// Showing departments side by side instead of professions.
    public var byDepartment = false
    /// By department name.
    public var departments: [DepartmentRow] = []
    public var departmentsLoaded = false

    public init() {}

    /// Rows after filtering and sorting: what the table shows.
    public var visibleRows: [OverviewRow] {
        let needle = filter.lowercased()
        let filtered = needle.isEmpty ? rows : rows.filter {
            $0.name.lowercased().contains(needle) || $0.code.lowercased().contains(needle)
        }
        return sortColumn.sort(filtered, descending: descending)
    }
}

public struct ProfessionState: Hashable, Sendable {
    public var professionId: RowID
    public var dashboard: ProfessionDashboard?
    public var focus: Pane = .maturity
    /// Showing the focused pane full screen.
    public var zoomed = false
    /// A position per pane, for lists inside panes (skills, checklist items...).
    public var positions: [Pane: ListPosition] = [:]

    public init(professionId: RowID) { self.professionId = professionId }

    public func position(_ pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }
}

public struct HelpState: Hashable, Sendable {
    public var query = ""
    public var offset = 0

    public init() {}
}

public enum Overlay: Hashable, Sendable {
    case help(HelpState)
    /// A message the user must acknowledge (store errors and the like).
    case message(title: String, text: String)
    case changeLog(ChangeLogView)
}

public struct AppState: Hashable, Sendable {
    public var mode: AppMode
    public var screen: Screen
    public var size: Size
    public var today: Day
    public var framework: Framework
    public var overview = OverviewState()
    public var profession: ProfessionState?
    public var overlay: Overlay?
    /// A one-line message in the footer (errors, confirmations).
    public var status: String?
    /// A one-line confirmation in the footer ("Saved: ..."), cleared by the next key.
    public var notice: String?
    public var isRunning = true
    /// Where the store lives, shown on the first-run screen.
    public var storeDescription: String
    /// Who is editing (the OS user or `--user`): the default assessor.
    public var user = ""
    /// The open form, drawn over the screen. Reloads never touch it; a conflict is found at save.
    public var form: Form?
    /// Changes made in this session, oldest first: what `u` puts back, newest first.
    public var undoStack: [AppliedChange] = []
    public var skillList = SkillListState()
    public var staffList = StaffListState()
    public var member: MemberState?
    public var setup = SetupState()
    public var directory = DirectoryState()
    public var seminar = SeminarState()
    /// Rotation, data and status of kiosk mode; unused in interactive mode.
    public var kiosk = KioskState()
    /// The keymap in force: the default one, or with a config file's overrides (KeyOverrides).
    public var bindings = Keymap.bindings

    public init(mode: AppMode = .interactive, screen: Screen = .overview, size: Size, today: Day,
                framework: Framework, storeDescription: String = "") {
        self.mode = mode; self.screen = screen; self.size = size; self.today = today
        self.framework = framework; self.storeDescription = storeDescription
    }
}

/// How hopdash was started. Kiosk mode disables every binding that changes data.
public enum AppMode: Hashable, Sendable {
    case interactive
    case kiosk
}
