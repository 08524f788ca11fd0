import HopModel
import TerminalUI

extension Screen {
    /// The people behind a figure of the open profession's dashboard.
    public static let people = Screen("people")
}

extension KeyScope {
    public static let peopleList = KeyScope("peopleList", "People behind a figure (Enter on a figure)")
    public static let bookingList = KeyScope("bookingList", "The people a plan line is for (Enter on a line of the plan)")
    public static let followUpListPrompt = KeyScope("followUpListPrompt", "Asked to confirm a follow-up of everyone on a list",
                                                    modal: true)
    public static let bookListPrompt = KeyScope("bookListPrompt", "Asked to confirm booking everyone on a plan line's list",
                                                 modal: true)
}

/// The people behind a figure about people on a dashboard (never assessed, below a skill's
/// requirement overall or at one grade, a CPD category): name, staff number, grade,
/// department, post and the value that put them there, sorted and filtered by the store a
/// page at a time; Enter opens a person's records.
enum PeopleFeature: Feature {
    static let screen = Screen.people
    static let showsNames = true

    static let bindings = [
        Binding([.enter], .show(.people), scope: .figures, "The people behind the selected figure: who, their grade, post and value",
                hint: "People"),
        Binding([.down, .char("j")], .down, scope: .peopleList, "Next person"),
        Binding([.up, .char("k")], .up, scope: .peopleList, "Previous person"),
        Binding([.pageDown], .pageDown, scope: .peopleList, "Page down"),
        Binding([.pageUp], .pageUp, scope: .peopleList, "Page up"),
        Binding([.home, .char("g")], .top, scope: .peopleList, "First person"),
        Binding([.end, .char("G")], .bottom, scope: .peopleList, "Last person"),
        Binding([.char("/")], .startFilter, scope: .peopleList, "Filter by name or staff number", hint: "Filter"),
        Binding([.char("s")], .nextSortColumn, scope: .peopleList, "Sort by the next column", hint: "Sort"),
        Binding([.char("S")], .previousSortColumn, scope: .peopleList, "Sort by the previous column"),
        Binding([.char("-")], .reverseSort, scope: .peopleList, "Reverse the sort order"),
        Binding([.enter, .char("r")], .show(.member), scope: .peopleList,
                "The selected person's assessments, CPD, qualifications and movements", hint: "Records"),
        // Names leave the tool and the access log is written: neither in the kiosk.
        Binding([.char("x")], .exportList, scope: .peopleList,
                "Export the list as shown to a CSV file in the folder hopdash started in, readable by you only; "
                + "recorded in the access log", hint: "Export", rank: HintRank.editing, mutates: true, showsNames: true),
        Binding([.char("f")], .followUpSelected, scope: .peopleList,
                "Record that the selected person was followed up: reason, date and note", hint: "Follow up",
                rank: HintRank.editing, mutates: true, showsNames: true),
        Binding([.char("F")], .followUpList, scope: .peopleList,
                "Record that everyone on the list as shown was followed up (asks first, saying how many)",
                rank: HintRank.editing, mutates: true, showsNames: true),
        Binding([.char("b")], .bookSelected, scope: .bookingList,
                "Book the selected person on the plan line (refused when its places are taken)", hint: "Book",
                rank: HintRank.editing, mutates: true, showsNames: true),
        Binding([.char("e")], .editSelected, scope: .bookingList,
                "Change the selected person's booking: completed (logs the CPD activity, then offers a re-assessment), "
                + "cancelled, or booked again", hint: "Booking", rank: HintRank.editing, mutates: true, showsNames: true),
        Binding([.char("B")], .bookList, scope: .bookingList,
                "Book everyone on the list as shown, in its order, until the line's places run out "
                + "(asks first, saying how many; those on the line already, even cancelled, are passed over)",
                hint: "Book all", rank: HintRank.editing, mutates: true, showsNames: true),
        Binding([.char("y")], .confirmBookList, scope: .bookListPrompt,
                "Yes: book them (u undoes the whole booking)", hint: "Yes", mutates: true, showsNames: true),
        Binding([.char("n"), .escape], .cancelBookList, scope: .bookListPrompt, "No: book nobody", hint: "No"),
        Binding([.char("y")], .confirmFollowUpList, scope: .followUpListPrompt,
                "Yes: a follow-up for everyone on the list (reason, date and note next)", hint: "Yes", mutates: true,
                showsNames: true),
        Binding([.char("n"), .escape], .cancelFollowUpList, scope: .followUpListPrompt, "No: record nothing", hint: "No"),
        Binding([.escape], .back, scope: .peopleList, "Back to the dashboard", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] {
        if state.peopleList.confirmingFollowUpList { return [.followUpListPrompt] }
        if state.peopleList.confirmingBookList != nil { return [.bookListPrompt] }
        return state.peopleList.list.promptScopes ?? (state.peopleList.bookingLine == nil ? [.peopleList] : [.bookingList, .peopleList])
    }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        PeopleScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    /// From the dashboard: the list behind the figure under the cursor of a full-screen pane.
    static func open(_ state: inout AppState) -> [Effect]? {
        if state.screen == .plan { return openForBooking(&state) }
        guard state.screen == .profession, let profession = state.profession, profession.dashboard != nil else { return nil }
        guard let figure = DashboardFigures.selected(profession) else {
            state.status = DashboardFigures.noFigure(profession, screenReader: state.screenReader)
            return []
        }
        var list = PeopleListState()
        list.figure = figure
        list.professionId = profession.professionId
        list.window.total = figure.count
        state.peopleList = list
        state.screen = screen
        return readList(&state)
    }

    /// After a change of data: the count again, and the rows in view read again (a follow-up
    /// just saved shows in its column): the window from the top when it starts there, else
    /// from the first row in view, in place; with the plan's progress when booking on a line.
    static func reload(_ state: AppState) -> [Effect] {
        guard let query = state.peopleList.query(today: state.today) else { return [] }
        var effects: [Effect] = [.loadProfession(state.peopleList.professionId), count(query)]
        let list = state.peopleList
        if list.window.start == 0 {
            effects.append(read(query, .first))
        } else if let top = list.window.row(at: max(list.position.offset, list.window.start)) {
            effects.append(read(query, .from(top)))
        }
        if list.bookingLine != nil { effects.append(PlanFeature.read(state.plan.professionId, year: state.plan.year)) }
        return effects
    }

    static func clamp(_ state: inout AppState) {
        state.peopleList.position.clamp(count: state.peopleList.total, visible: PeopleScreen.visibleRows(state.size))
    }

    /// The filter is applied by the store: a changed filter reads the list again from the top.
    static func type(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.peopleList.list.type(key) ? readList(&state) : []
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            if state.peopleList.list.clearFilter() { return readList(&state) }
            guard state.peopleList.bookingLine == nil else {
                state.screen = .plan
                return PlanFeature.reload(state)
            }
            state.screen = .profession
        case .bookSelected, .bookList, .confirmBookList, .cancelBookList, .editSelected:
            return reduceBooking(command, &state)
        case .nextSortColumn, .previousSortColumn:
            let all = PeopleSortColumn.allCases
            let index = all.firstIndex(of: state.peopleList.sort) ?? 0
            let step = command == .nextSortColumn ? 1 : all.count - 1
            state.peopleList.sort = all[(index + step) % all.count]
            state.peopleList.descending = false
            return readList(&state)
        case .reverseSort:
            state.peopleList.descending.toggle()
            return readList(&state)
        case .exportList:
            guard let query = state.peopleList.query(today: state.today) else { return [] }
            guard state.peopleList.total > 0 else {
                state.status = "Nobody is on the list: nothing to export."
                return []
            }
            state.notice = "Writing the list…"
            return [export(query)]
        case .followUpSelected:
            guard let query = state.peopleList.query(today: state.today), let person = state.peopleList.selected else {
                state.status = "Nobody is selected: nothing to record."
                return []
            }
            state.form = FollowUpForm.make(for: person, on: query)
        case .followUpList:
            guard state.peopleList.total > 0 else {
                state.status = "Nobody is on the list: nothing to record."
                return []
            }
            state.peopleList.confirmingFollowUpList = true
        case .confirmFollowUpList:
            state.peopleList.confirmingFollowUpList = false
            guard let query = state.peopleList.query(today: state.today) else { return [] }
            state.form = FollowUpForm.make(everyoneOn: query, people: state.peopleList.total)
        case .cancelFollowUpList:
            state.peopleList.confirmingFollowUpList = false
            state.status = "Nothing recorded."
        case .show(.member):
            guard let person = state.peopleList.selected else { return [] }
            return MemberRecordsFeature.open(person, from: screen, &state)
        default:
            var list = state.peopleList
            guard list.list.reduce(command, count: list.total, visible: PeopleScreen.visibleRows(state.size),
                                   selected: list.selected) else { return nil }
            state.peopleList = list
            return pageIfNeeded(&state)
        }
        return []
    }

    /// Reads the list from the top (opened, filtered, sorted afresh): its first page, then its count.
    static func readList(_ state: inout AppState) -> [Effect] {
        guard let query = state.peopleList.query(today: state.today) else { return [] }
        state.peopleList.window.reset()
        state.peopleList.position = ListPosition()
        state.peopleList.window.loading = true
        return [read(query, .first), count(query)]
    }

    static func read(_ query: PeopleQuery, _ anchor: PeoplePageAnchor) -> Effect {
        .read(FeatureRead(screen: screen, name: "people \(query) from \(anchor)") { client, _ in
            PeoplePage(query: query, anchor: anchor,
                       rows: try EditingRead.editor(client).peoplePage(query, anchor: anchor, limit: PeopleListState.pageSize))
        })
    }

    /// Writes the list as shown (its filter and order) to a file, through the same code as
    /// `hopdash people`; what happened comes back as a sentence for the status line.
    static func export(_ query: PeopleQuery) -> Effect {
        .read(FeatureRead(screen: screen, name: "export \(query)") { client, _ in
            do {
                let written = try EditingRead.editor(client).exportPeople(query)
                let people = written.people == 1 ? "1 person" : "\(written.people) people"
                return PeopleExported(message: "Wrote \(people) to \(written.path), readable by you only; in the access log (a).",
                                      failed: false)
            } catch {
                return PeopleExported(message: "Could not export the list: \(error)", failed: true)
            }
        })
    }

    static func count(_ query: PeopleQuery) -> Effect {
        .read(FeatureRead(screen: screen, name: "count of people \(query)") { client, _ in
            PeopleCount(query: query, count: try EditingRead.editor(client).peopleCount(query))
        })
    }

    /// Reads the page the selection needs next, if any.
    static func pageIfNeeded(_ state: inout AppState) -> [Effect] {
        let list = state.peopleList
        guard state.screen == screen, let query = list.query(today: state.today),
              let anchor = list.window.anchorNeeded(selected: list.position.selected,
                                                     margin: 2 * PeopleScreen.visibleRows(state.size)) else { return [] }
        state.peopleList.window.loading = true
        return [read(query, storeAnchor(anchor))]
    }

    static func storeAnchor(_ anchor: PagedWindow<PersonRow>.Anchor) -> PeoplePageAnchor {
        switch anchor {
        case .first: .first
        case .last: .last
        case .after(let row): .after(row)
        case .before(let row): .before(row)
        case .from(let row): .from(row)
        }
    }

    static func windowAnchor(_ anchor: PeoplePageAnchor) -> PagedWindow<PersonRow>.Anchor {
        switch anchor {
        case .first: .first
        case .last: .last
        case .after(let row): .after(row)
        case .before(let row): .before(row)
        case .from(let row): .from(row)
        }
    }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        if let exported = data as? PeopleExported {
            if exported.failed { state.notice = nil; state.status = exported.message } else { state.notice = exported.message }
            return []
        }
        guard state.screen == screen || state.screen == .member else { return [] }
        let current = state.peopleList.query(today: state.today)
        if let counted = data as? BookingListCounted {
            receive(counted, asked: current, &state)
            return []
        }
        if let counted = data as? PeopleCount {
            guard counted.query == current else { return [] }
            state.peopleList.window.total = counted.count
            clamp(&state)
            return pageIfNeeded(&state)
        }
        guard let page = data as? PeoplePage, page.query == current else { return [] }
        var window = state.peopleList.window
        guard window.receive(page.rows, from: windowAnchor(page.anchor)) else { return [] }
        // A short first page is the whole list, whatever the count said.
        if case .first = page.anchor, page.rows.count < PeopleListState.pageSize { window.total = page.rows.count }
        state.peopleList.window = window
        clamp(&state)
        return pageIfNeeded(&state)
    }
}
