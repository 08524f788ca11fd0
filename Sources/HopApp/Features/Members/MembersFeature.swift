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
public struct StaffListState: FeatureState, ListScreenState {
    /// The rows read, in order: rows `windowStart ..< windowStart + rows.count` of the list.
    public var rows: [StaffMember] = []
    public var windowStart = 0
    /// How many match in all (from the store's count).
    public var total = 0
    /// A page has been asked for and not yet arrived.
    public var loading = false
    public var list = ListModel<StaffMember>()
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

    public var selected: StaffMember? { member(at: list.position.selected) }

    /// Reading the list afresh keeps the window where it is: from the top when it starts
    /// there (so a member added before the first row shows), else from its first row.
    func refreshRequest(professionId: RowID) -> StaffPageRequest {
        let anchor: StaffPageAnchor = windowStart == 0 ? .first : rows.first.map { .startingAt($0) } ?? .first
        return StaffPageRequest(professionId: professionId, filter: list.filter, anchor: anchor)
    }
}


extension AppState {
    public var staffList: StaffListState {
        get { features[StaffListState.self] }
        set { features[StaffListState.self] = newValue }
    }
}

/// A page of members as read, with the request it answers.
struct StaffPage: FeatureData {
    var request: StaffPageRequest
    var rows: [StaffMember]
    var total: Int
    var departments: [Department]
}

extension Screen {
    /// The open profession's members, paged from the store, editable.
    public static let staff = Screen("staff")
}

extension KeyScope {
    public static let staffList = KeyScope("staffList", "Members list (m on a dashboard)")
}

/// The members of the open profession, read a page at a time: add, edit, delete, filter (by
/// the store), their change log and their own records.
enum MembersFeature: Feature {
    static let screen = Screen.staff
    static let showsNames = true

    static let bindings = [
        Binding([.char("m")], .show(.staff), scope: .profession, "Members of this profession: edit, delete, filter",
                hint: "Members", rank: HintRank.editing, showsNames: true),
        Binding([.down, .char("j")], .down, scope: .staffList, "Next member"),
        Binding([.up, .char("k")], .up, scope: .staffList, "Previous member"),
        Binding([.pageDown], .pageDown, scope: .staffList, "Page down"),
        Binding([.pageUp], .pageUp, scope: .staffList, "Page up"),
        Binding([.home, .char("g")], .top, scope: .staffList, "First member"),
        Binding([.end, .char("G")], .bottom, scope: .staffList, "Last member"),
        Binding([.char("n")], .newRecord, scope: .staffList, "New member of this profession", hint: "New", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .staffList, "Edit the selected member", hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .staffList, "Delete the selected member (asks first)", hint: "Delete",
                mutates: true),
        Binding([.char("/")], .startFilter, scope: .staffList, "Filter by name or staff number", hint: "Filter"),
        Binding([.char("c")], .showChangeLog, scope: .staffList, "Change log of the selected member", showsNames: true),
        Binding([.char("r")], .show(.member), scope: .staffList, "The selected member's assessments, CPD and qualifications",
                hint: "Records", showsNames: true),
        Binding([.escape], .back, scope: .staffList, "Back to the dashboard", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { state.staffList.list.promptScopes ?? [.staffList] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        StaffListScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .profession, state.profession?.dashboard != nil else { return nil }
        state.staffList = StaffListState()
        state.screen = screen
        return reloadList(&state)
    }

    static func reload(_ state: AppState) -> [Effect] {
        guard let professionId = state.profession?.professionId else { return [] }
        return [.loadProfession(professionId), read(state.staffList.refreshRequest(professionId: professionId), state)]
    }

    static func clamp(_ state: inout AppState) {
        state.staffList.position.clamp(count: state.staffList.total, visible: StaffListScreen.visibleRows(state.size))
    }

    /// The filter is applied by the store: a changed filter reads the list again from the top.
    static func type(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.staffList.list.type(key) ? reloadList(&state) : []
    }

    static func changeLogSubject(_ state: AppState) -> (title: String, subject: ChangeLogSubject)? {
        state.staffList.selected.map { ("Changes to \($0.name)", .record(.staff($0))) }
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        guard let data = state.profession?.dashboard?.data else { return nil }
        switch command {
        case .back:
            if state.staffList.list.clearFilter() { return reloadList(&state) }
            state.screen = .profession
        case .newRecord:
            state.form = StaffForm.makeNew(professionId: data.profession.id, grades: data.grades,
                                           departments: state.staffList.departments)
        case .editSelected:
            guard let member = state.staffList.selected else { return [] }
            state.form = StaffForm.make(member, grades: data.grades, departments: state.staffList.departments)
        case .confirmDelete:
            guard let member = state.staffList.list.confirmDelete() else { return [] }
            return [.apply(.deleteStaff(member), before: .staff(member), origin: .quick)]
        default:
            guard state.staffList.list.reduce(command, count: state.staffList.total,
                                              visible: StaffListScreen.visibleRows(state.size),
                                              selected: state.staffList.selected) else { return nil }
            return pageIfNeeded(&state)
        }
        return []
    }

    /// The read of one page of members; departments come with a fresh start of the list only.
    static func read(_ request: StaffPageRequest, _ state: AppState) -> Effect {
        let known: [Department]?
        switch request.anchor {
        case .after, .before: known = state.staffList.departments
        case .first, .last, .startingAt: known = nil
        }
        return .read(FeatureRead(screen: screen, name: "members \(request)") { client, _ in
            let client = try EditingRead.editor(client)
            let rows = try client.staffPage(request)
            let total = try client.staffCount(professionId: request.professionId, filter: request.filter)
            return StaffPage(request: request, rows: rows, total: total, departments: try known ?? client.departments())
        })
    }

    /// Reads the list again: from the top after a filter change, else where the window is.
    static func reloadList(_ state: inout AppState, fromTop: Bool = true) -> [Effect] {
        guard let professionId = state.profession?.professionId else { return [] }
        if fromTop {
            state.staffList.rows = []
            state.staffList.windowStart = 0
            state.staffList.position = ListPosition()
        }
        state.staffList.loading = true
        return [read(state.staffList.refreshRequest(professionId: professionId), state)]
    }

    /// Reads the page the selection needs next: the first or last page after a jump out of the
    /// window, else the next page once the selection comes within two screens of either edge.
    static func pageIfNeeded(_ state: inout AppState) -> [Effect] {
        let list = state.staffList
        guard state.screen == screen, !list.loading, let professionId = state.profession?.professionId,
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
        return [read(StaffPageRequest(professionId: professionId, filter: list.filter, anchor: anchor), state)]
    }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let page = data as? StaffPage else { return [] }
        let request = page.request, rows = page.rows, total = page.total
        guard state.screen == screen, request.professionId == state.profession?.professionId,
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
        list.departments = page.departments
        list.loading = false
        list.position.clamp(count: total, visible: StaffListScreen.visibleRows(state.size))
        state.staffList = list
        // Everything from the window's first row went meanwhile: read the end instead.
        if rows.isEmpty, total > 0, case .startingAt = request.anchor {
            state.staffList.loading = true
            return [read(StaffPageRequest(professionId: request.professionId, filter: list.filter, anchor: .last), state)]
        }
        return pageIfNeeded(&state)
    }

    static func deleteQuestion(_ member: StaffMember) -> String {
        "Delete \(member.name) (\(member.staffNumber)) with their professions, skill assessments, CPD activities and "
            + "qualifications? u cannot bring them back. y deletes, n keeps them."
    }
}
