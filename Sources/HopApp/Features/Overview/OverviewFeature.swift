import HopModel
import TerminalUI

extension Screen {
    /// Every profession side by side.
    public static let overview = Screen("overview")
}

extension KeyScope {
    public static let overview = KeyScope("overview", "Overview")
    public static let departmentOverview = KeyScope("departmentOverview", "Overview by department (v on the overview)")
}

/// The cross-profession overview: a sortable, filterable list of professions (`n` adds one,
/// `d` deletes one after a question naming what goes with it), or departments side by side.
enum OverviewFeature: Feature {
    static let screen = Screen.overview

    static let bindings = [
        Binding([.down, .char("j")], .down, scope: .overview, "Next profession"),
        Binding([.up, .char("k")], .up, scope: .overview, "Previous profession"),
        Binding([.pageDown], .pageDown, scope: .overview, "Page down"),
        Binding([.pageUp], .pageUp, scope: .overview, "Page up"),
        Binding([.home, .char("g")], .top, scope: .overview, "First profession"),
        Binding([.end, .char("G")], .bottom, scope: .overview, "Last profession"),
        Binding([.enter], .open, scope: .overview, "Open the selected profession's dashboard", hint: "Open"),
        Binding([.char("/")], .startFilter, scope: .overview, "Filter professions by name or code", hint: "Filter"),
        Binding([.char("s")], .nextSortColumn, scope: .overview,
                "Sort by the next column (the trend twice: most improved, then slipping)", hint: "Sort"),
        Binding([.char("S")], .previousSortColumn, scope: .overview, "Sort by the previous column"),
        Binding([.char("r")], .reverseSort, scope: .overview, "Reverse the sort order", hint: "Reverse"),
        Binding([.escape], .back, scope: .overview, "Clear the filter"),
        Binding([.char("n")], .newRecord, scope: .overview, "New profession", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .overview, "Delete the selected profession (asks first)", mutates: true),
        Binding([.char("v")], .toggleDepartments, scope: .overview, "Compare departments instead of professions"),
        Binding([.char("F")], .markForumDate, scope: .overview, "Mark a forum or seminar date (today unless changed)",
                mutates: true),
        Binding([.char("v"), .escape], .toggleDepartments, scope: .departmentOverview, "Back to the professions",
                hint: "Professions"),
        Binding([.char("o")], .show(.overview), scope: .global, "Cross-profession overview", hint: "Overview",
                rank: HintRank.elsewhere),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] {
        state.overview.list.promptScopes ?? [state.overview.byDepartment ? .departmentOverview : .overview]
    }

    /// "9 professions", or "1 of 9 professions" while a filter narrows the list; "2
    /// departments" when comparing them.
    static func title(_ state: AppState) -> String {
        if state.overview.byDepartment {
            let count = state.overview.departments.count
            return "Overview · " + (state.overview.departmentsLoaded ? "\(count) department\(count == 1 ? "" : "s")" : "departments")
        }
        let all = state.overview.rows.count, shown = state.overview.visibleRows.count
        return "Overview · " + (shown == all ? "" : "\(shown) of ") + "\(all) professions"
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        OverviewScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        state.screen = screen
        return state.overview.loads
    }

    /// The department comparison shows no profession's row: those are read when the
    /// professions are shown again (they are marked stale by then).
    static func reload(_ state: AppState) -> [Effect] {
        state.overview.byDepartment ? [.loadDepartments] : [.loadOverview, baselineRead]
    }

    /// The figures the trend column is measured from (none through a read-only client).
    static let baselineRead = Effect.read(FeatureRead(screen: .overview, name: "trend baseline") { client, today in
        BaselineRead(baseline: try (client as? EditingStoreClient)?.trendBaseline(today: today) ?? nil)
    })

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let read = data as? BaselineRead else { return [] }
        state.overview.baseline = read.baseline
        state.overview.baselineLoaded = true
        return []
    }

    static func clamp(_ state: inout AppState) {
        state.overview.position.clamp(count: state.overview.visibleRows.count, visible: Layout.overviewRows(state.size))
    }

    static func type(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.overview.list.type(key) { clamp(&state) }
        return []
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .open:
            guard let row = state.overview.selected else { return [] }
            return ProfessionFeature.open(row.professionId, &state)
        case .back:
            _ = state.overview.list.clearFilter()
            clamp(&state)
        case .nextSortColumn, .previousSortColumn:
            let all = OverviewColumn.allCases
            let step = command == .nextSortColumn ? 1 : all.count - 1
            state.overview.sortColumn = all[(state.overview.sortColumn.rawValue + step) % all.count]
            // Figures read best largest first; names A to Z.
            state.overview.descending = state.overview.sortColumn != .name
            state.overview.position = ListPosition()
        case .reverseSort:
            state.overview.descending.toggle()
        case .toggleDepartments:
            state.overview.byDepartment.toggle()
            return state.overview.loads
        case .newRecord:
            state.form = ProfessionForm.make(Profession(code: "", name: ""))
        case .markForumDate:
            state.form = ForumDateForm.make(ForumDate(date: state.today, title: "Forum"))
        case .confirmDelete:
            guard let row = state.overview.list.confirmDelete() else { return [] }
            return [.apply(.deleteProfession(id: row.professionId, version: row.version, name: row.name), before: nil,
                           origin: .quick)]
        default:
            let rows = state.overview.visibleRows.count
            guard state.overview.list.reduce(command, count: rows, visible: Layout.overviewRows(state.size),
                                             selected: state.overview.selected) else { return nil }
        }
        return []
    }

    /// The delete question names the profession and everything that goes with it.
    static func deleteQuestion(_ row: OverviewRow) -> String {
        let members = row.staff == 1 ? "1 member" : "\(row.staff) members"
        return "Delete \(row.name) (\(row.code))? Its \(members) stay as staff and its movements stay without it; its "
            + "skills, assessments, requirements, leads, checklist and maturity history go for good (u cannot bring them back)."
    }
}
