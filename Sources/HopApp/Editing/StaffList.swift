import HopModel
import TerminalUI

/// Which page of staff to read: members of a profession whose name or staff number contains
/// `filter`, by name then id, after `after` (keyset pagination: never every row).
public struct StaffPageRequest: Hashable, Sendable {
    public var professionId: RowID
    public var filter: String
    public var after: StaffMember?

    public init(professionId: RowID, filter: String, after: StaffMember?) {
        self.professionId = professionId; self.filter = filter; self.after = after
    }

    /// Rows per read: a few screens' worth.
    public static let limit = 100
}

/// The members of the open profession, read a page at a time as the selection moves down.
public struct StaffListState: Hashable, Sendable {
    /// The rows read so far, in order.
    public var rows: [StaffMember] = []
    /// How many match in all (from the store's count).
    public var total = 0
    /// The store has no rows after the last one read.
    public var reachedEnd = false
    /// A page has been asked for and not yet arrived.
    public var loading = false
    public var position = ListPosition()
    public var filter = ""
    public var editingFilter = false
    public var pendingDelete: StaffMember?
    /// After a reload from the top, the row to select again once enough pages have arrived
    /// (so that a save deep in the list does not move the selection).
    public var wantedSelection: Int?
    /// Departments, for the form's choice and the list's column.
    public var departments: [Department] = []

    public init() {}

    public var selected: StaffMember? { rows.indices.contains(position.selected) ? rows[position.selected] : nil }
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

    /// Starts the list again from the top (after a filter change or a save).
    static func reloadStaff(_ state: inout AppState) -> [Effect] {
        guard let professionId = state.profession?.professionId else { return [] }
        state.staffList.loading = true
        return [.loadStaffPage(StaffPageRequest(professionId: professionId, filter: state.staffList.filter, after: nil))]
    }

    /// When the selection comes within a screen of the last row read, read the next page.
    static func staffPageIfNeeded(_ state: inout AppState) -> [Effect] {
        let list = state.staffList
        let target = max(list.position.selected, list.wantedSelection ?? 0)
        guard state.screen == .staff, !list.loading, !list.reachedEnd, let last = list.rows.last,
              let professionId = state.profession?.professionId,
              target + 2 * StaffListScreen.visibleRows(state.size) >= list.rows.count else { return [] }
        state.staffList.loading = true
        return [.loadStaffPage(StaffPageRequest(professionId: professionId, filter: list.filter, after: last))]
    }

    static func staffPageLoaded(_ request: StaffPageRequest, rows: [StaffMember], total: Int, departments: [Department],
                                _ state: inout AppState) -> [Effect] {
        guard state.screen == .staff, request.professionId == state.profession?.professionId,
              request.filter == state.staffList.filter else { return [] }
        if request.after == nil {
            // A fresh start selects the same row number again, reading on until it is there.
            state.staffList.wantedSelection = state.staffList.position.selected
            state.staffList.rows = rows
        } else if request.after == state.staffList.rows.last {
            state.staffList.rows += rows
        } else {
            return []
        }
        state.staffList.total = total
        state.staffList.departments = departments
        state.staffList.reachedEnd = rows.count < StaffPageRequest.limit
        state.staffList.loading = false
        if let wanted = state.staffList.wantedSelection,
           wanted < state.staffList.rows.count || state.staffList.reachedEnd {
            state.staffList.position.selected = wanted
            state.staffList.wantedSelection = nil
        }
        state.staffList.position.clamp(count: state.staffList.rows.count, visible: StaffListScreen.visibleRows(state.size))
        return staffPageIfNeeded(&state)
    }

    static func staffDeleteQuestion(_ member: StaffMember) -> String {
        "Delete \(member.name) (\(member.staffNumber)) with their professions, skill assessments, CPD activities and "
            + "qualifications? u cannot bring them back. y deletes, n keeps them."
    }
}
