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
    /// What the trend column measures from (the last forum, else the last quarter end kept);
    /// nil when nothing was kept yet or not read yet.
    public var baseline: TrendBaseline?
    public var baselineLoaded = false

    public init() {}

    /// Rows after filtering and sorting: what the table shows.
    public var visibleRows: [OverviewRow] {
        let needle = list.filter.lowercased()
        let filtered = needle.isEmpty ? rows : rows.filter {
            $0.name.lowercased().contains(needle) || $0.code.lowercased().contains(needle)
        }
        return sortColumn.sort(filtered, descending: descending, trends: sortColumn.isTrend ? trends : [:])
    }

    /// Each profession's change since the baseline (nil where it has no figures kept then).
    /// The overview is the dashboard's, for the people who keep the records: no rule applies
    /// (a shared output would pass `ProfessionTrend` its rule, docs/PRIVACY.md rule 11).
    public var trends: [RowID: ProfessionTrend] {
        guard let baseline else { return [:] }
        var trends: [RowID: ProfessionTrend] = [:]
        for row in rows {
            if let then = baseline.figures[row.professionId], let trend = ProfessionTrend(then: then, now: row.figures) {
                trends[row.professionId] = trend
            }
        }
        return trends
    }

    public var selected: OverviewRow? {
        let rows = visibleRows
        return rows.indices.contains(list.position.selected) ? rows[list.position.selected] : nil
    }

    /// What to read for the overview to be current: the professions' rows, or the
    /// departments' when comparing them (that view shows no profession's row).
    var loads: [Effect] {
        if byDepartment { return departmentsLoaded ? [] : [.loadDepartments] }
        return (loaded && !stale ? [] : [.loadOverview]) + (baselineLoaded && !stale ? [] : [OverviewFeature.baselineRead])
    }
}

extension OverviewColumn {
    /// Sorted by the trend column (most improved, or slipping).
    var isTrend: Bool { self == .improved || self == .slipping }
}

/// The trend baseline read for the overview (nil: nothing kept yet).
struct BaselineRead: FeatureData {
    var baseline: TrendBaseline?
}
