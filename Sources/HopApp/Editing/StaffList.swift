import HopModel
import TerminalUI

/// Which page of staff to read: members of a profession whose name or staff number contains
/// `filter`, by name then id, from `anchor` (keyset pagination: never every row).
public struct StaffPageRequest: Hashable, Sendable {
    public var professionId: RowID
    public var filter: String
    public var anchor: StaffPageAnchor

    public init(professionId: RowID, filter: String, anchor: StaffPageAnchor = .first) {
        self.professionId = professionId; self.filter = filter; self.anchor = anchor
    }

    /// Rows per read: a few screens' worth.
    public static let limit = 100
}

/// The members of the open profession: a window of at most `maxRows` rows read from the
/// store around the selection, a page at a time, so that memory stays flat however long the
/// list and however far the user scrolls. Positions count from the top of the whole list.
public struct StaffListState: Hashable, Sendable {
    /// The rows read, in order: rows `windowStart ..< windowStart + rows.count` of the list.
    public var rows: [StaffMember] = []
    public var windowStart = 0
    /// How many match in all (from the store's count).
    public var total = 0
    /// A page has been asked for and not yet arrived.
    public var loading = false
    public var position = ListPosition()
    public var filter = ""
    public var editingFilter = false
    public var pendingDelete: StaffMember?
    /// Departments, for the form's choice and the list's column.
    public var departments: [Department] = []

    /// The most rows kept: pages beyond this are dropped from the far end of the window.
    public static let maxRows = 4 * StaffPageRequest.limit

    public init() {}

    public var windowEnd: Int { windowStart + rows.count }

    /// The member at a position of the whole list, if it is in the window.
    public func member(at index: Int) -> StaffMember? {
        rows.indices.contains(index - windowStart) ? rows[index - windowStart] : nil
    }

    public var selected: StaffMember? { member(at: position.selected) }

    /// Reading the list afresh keeps the window where it is: from the top when it starts
    /// there (so a member added before the first row shows), else from its first row.
    func refreshRequest(professionId: RowID) -> StaffPageRequest {
        let anchor: StaffPageAnchor = windowStart == 0 ? .first : rows.first.map { .startingAt($0) } ?? .first
        return StaffPageRequest(professionId: professionId, filter: filter, anchor: anchor)
    }
}

extension Reducer {
    static func staffCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .showStaffList:
            guard state.profession?.dashboard != nil else { return [] }
            state.staffList = StaffListState()
            state.screen = .staff
            return reloadStaff(&state)
        case .newRecord:
            guard let data = state.profession?.dashboard?.data else { return [] }
            state.form = StaffForm.makeNew(professionId: data.profession.id, grades: data.grades,
                                           departments: state.staffList.departments)
        case .deleteSelected:
            state.staffList.pendingDelete = state.staffList.selected
        case .confirmDelete:
            guard let member = state.staffList.pendingDelete else { return [] }
            state.staffList.pendingDelete = nil
            return [.apply(.deleteStaff(member), before: .staff(member), origin: .quick)]
        case .cancelDelete:
            state.staffList.pendingDelete = nil
        case .editSelected:
            guard let member = state.staffList.selected, let grades = state.profession?.dashboard?.data.grades else { return [] }
            state.form = StaffForm.make(member, grades: grades, departments: state.staffList.departments)
        default:
            break
        }
        return []
    }

    /// Reads the list again: from the top after a filter change, else where the window is.
    static func reloadStaff(_ state: inout AppState, fromTop: Bool = true) -> [Effect] {
        guard let professionId = state.profession?.professionId else { return [] }
        if fromTop {
            state.staffList.rows = []
            state.staffList.windowStart = 0
            state.staffList.position = ListPosition()
        }
        state.staffList.loading = true
        return [.loadStaffPage(state.staffList.refreshRequest(professionId: professionId))]
    }

    /// Reads the page the selection needs next: the first or last page after a jump out of the
    /// window, else the next page once the selection comes within two screens of either edge.
    static func staffPageIfNeeded(_ state: inout AppState) -> [Effect] {
        let list = state.staffList
        guard state.screen == .staff, !list.loading, let professionId = state.profession?.professionId,
              let first = list.rows.first, let last = list.rows.last else { return [] }
        let margin = 2 * StaffListScreen.visibleRows(state.size)
        let selected = list.position.selected
        let anchor: StaffPageAnchor
        if selected >= list.windowEnd + StaffPageRequest.limit {
            anchor = .last
        } else if selected + StaffPageRequest.limit < list.windowStart {
            anchor = .first
        } else if selected + margin >= list.windowEnd, list.windowEnd < list.total {
            anchor = .after(last)
        } else if selected < list.windowStart + margin, list.windowStart > 0 {
            anchor = .before(first)
        } else {
            return []
        }
        state.staffList.loading = true
        return [.loadStaffPage(StaffPageRequest(professionId: professionId, filter: list.filter, anchor: anchor))]
    }

    static func staffPageLoaded(_ request: StaffPageRequest, rows: [StaffMember], total: Int, departments: [Department],
                                _ state: inout AppState) -> [Effect] {
        guard state.screen == .staff, request.professionId == state.profession?.professionId,
              request.filter == state.staffList.filter else { return [] }
        var list = state.staffList
        let full = rows.count == StaffPageRequest.limit
        switch request.anchor {
        case .first:
            list.rows = rows
            list.windowStart = 0
        case .last:
            list.rows = rows
            list.windowStart = max(0, total - rows.count)
        case .startingAt:
            list.rows = rows
            // Rows before the window may have come or gone meanwhile; the ends are exact.
            if !full { list.windowStart = max(0, total - rows.count) }
        case .after(let row):
            guard row == list.rows.last else { return [] }
            list.rows += rows
            if !full { list.windowStart = max(0, total - list.rows.count) }
            let excess = list.rows.count - StaffListState.maxRows
            if excess > 0 {
                list.rows.removeFirst(excess)
                list.windowStart += excess
            }
        case .before(let row):
            guard row == list.rows.first else { return [] }
            list.rows = rows + list.rows
            list.windowStart = full ? max(0, list.windowStart - rows.count) : 0
            let excess = list.rows.count - StaffListState.maxRows
            if excess > 0 { list.rows.removeLast(excess) }
        }
        list.total = total
        list.departments = departments
        list.loading = false
        list.position.clamp(count: total, visible: StaffListScreen.visibleRows(state.size))
        state.staffList = list
        // Everything from the window's first row went meanwhile: read the end instead.
        if rows.isEmpty, total > 0, case .startingAt = request.anchor {
            state.staffList.loading = true
            return [.loadStaffPage(StaffPageRequest(professionId: request.professionId, filter: list.filter, anchor: .last))]
        }
        return staffPageIfNeeded(&state)
    }

    static func staffDeleteQuestion(_ member: StaffMember) -> String {
        "Delete \(member.name) (\(member.staffNumber)) with their professions, skill assessments, CPD activities and "
            + "qualifications? u cannot bring them back. y deletes, n keeps them."
    }
}
