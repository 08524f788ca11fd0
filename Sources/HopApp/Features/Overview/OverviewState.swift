import HopModel

/// Every profession's figures, and the overview's list of them.
public struct OverviewState: Hashable, Sendable, ListScreenState {
    public var rows: [OverviewRow] = []
    public var list = ListModel<OverviewRow>()
    public var sortColumn: OverviewColumn = .name
    public var descending = false
    public var loaded = false
    /// The store changed since the rows were read: read them again when next shown, and
    /// show these meanwhile.
    public var stale = false
    /// Showing departments side by side instead of professions.
    public var byDepartment = false
    /// By department name.
    public var departments: [DepartmentRow] = []
    public var departmentsLoaded = false

    public init() {}

    /// Rows after filtering and sorting: what the table shows.
    public var visibleRows: [OverviewRow] {
        let needle = list.filter.lowercased()
        let filtered = needle.isEmpty ? rows : rows.filter {
            $0.name.lowercased().contains(needle) || $0.code.lowercased().contains(needle)
        }
        return sortColumn.sort(filtered, descending: descending)
    }

    public var selected: OverviewRow? {
        let rows = visibleRows
        return rows.indices.contains(list.position.selected) ? rows[list.position.selected] : nil
    }

    /// What to read for the overview to be current.
    var loads: [Effect] {
        (loaded && !stale ? [] : [.loadOverview]) + (byDepartment && !departmentsLoaded ? [.loadDepartments] : [])
    }
}
