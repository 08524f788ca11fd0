import HopModel
import TerminalUI

/// The people behind a figure: a title saying which list and how many, then name, staff
/// number, grade, department, post and the value that put each there, read a page at a time.
enum PeopleScreen {
    /// Rows visible at this size (inside the border, under the header, above two lines).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 2) }

    /// One column of the list: how it asks for width, what it shows of a person, and the
    /// order it sorts by (nil: not sortable). A new column is one line in `columns`.
    struct PeopleColumn {
        var spec: ColumnSpec
        var sort: PeopleSortColumn?
        var cell: (PersonRow) -> String
    }

    /// The columns, sized for the rows in view (`rows`) and the figure's value heading.
    static func columns(_ figure: PeopleFigure?, rows: [PersonRow], booking: Bool = false) -> [PeopleColumn] {
        let heading = figure?.criterion.valueHeading ?? "Value"
        // On a plan line's list: each person's booking on it, before the rest.
        let bookings = booking ? [PeopleColumn(spec: .text("Booking", min: 10, preferred: 22, values: rows.map { $0.booking?.text ?? "-" }),
                                               sort: nil, cell: { $0.booking?.text ?? "-" })] : []
        return bookings + [
            PeopleColumn(spec: ColumnSpec("Name", min: 10, preferred: 20, share: 2, max: 40), sort: .name, cell: \.name),
            PeopleColumn(spec: .fixed("Staff no.", 9, alignRight: false), sort: .staffNumber, cell: \.staffNumber),
            PeopleColumn(spec: .fixed("Grade", 5, alignRight: false), sort: .grade, cell: \.grade),
            PeopleColumn(spec: .text("Department", min: 10, preferred: 14, values: rows.map(\.department)), sort: .department,
                         cell: \.department),
            PeopleColumn(spec: .text("Post", min: 4, preferred: 14, values: rows.map(\.post)), sort: nil, cell: \.post),
            PeopleColumn(spec: .fixed(heading, max(DisplayWidth.of(heading) + 1, rows.map { DisplayWidth.of($0.value) }.max() ?? 0)),
                         sort: .value, cell: \.value),
            // The latest follow-up ("YYYY-MM-DD reason"), narrow until someone in view has one.
            PeopleColumn(spec: .text("Followed up", min: 11, preferred: 28, values: rows.map(\.latestFollowUp)),
                         sort: nil, cell: \.latestFollowUp),
        ]
    }

    /// "Never assessed, grade HEO: 57 people".
    static func heading(_ list: PeopleListState) -> String {
        let count = list.total == 1 ? "1 person" : "\(Format.count(list.total)) people"
        return "\(list.figure?.title ?? "People"): \(count)\(list.filter.isEmpty ? "" : " matching the filter")"
    }

    /// On a plan line's list: what it books on ("Booking on Drafting course (L3)") and its places
    /// ("places 2 of 3 taken, 1 left, 1 completed").
    static func lineText(_ state: AppState) -> (offer: String, places: String)? {
        guard let key = state.peopleList.bookingLine, let workbench = state.plan.workbench,
              let line = workbench.lines.first(where: { $0.skillId == key.skillId && $0.offerId == key.offerId }) else { return nil }
        let offer = workbench.offer(key.offerId)
        let p = workbench.progress(of: line)
        return ("Booking on \(offer?.title ?? "offer \(key.offerId)")\(offer?.level(of: key.skillId).map { " (L\($0))" } ?? "")",
                "places \(Format.count(p.taken)) of \(Format.count(line.places)) taken, "
                    + "\(Format.count(p.placesLeft(of: line.places))) left, \(Format.count(p.completed)) completed")
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let list = state.peopleList
        let booking = lineText(state)
        // The booking keys first when booking on a line; the list's keys fit what is left.
        let bookingKeys = booking == nil ? nil : Keymap.footer(.bookingList, state: state)
        let listKeys = Keymap.footer(.peopleList, state: state,
                                     width: max(12, rect.width - 4 - (bookingKeys.map { DisplayWidth.of($0) + 3 } ?? 0)))
        let inner = Block(title: (booking.map { $0.offer + " · " } ?? "") + heading(list), focused: true,
                          footer: [bookingKeys, listKeys].compactMap { $0 }.joined(separator: " · "))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let ascii = !theme.unicode
        let first = list.position.offset
        let shown = (first..<min(list.total, first + visibleRows(state.size))).compactMap { list.window.row(at: $0) }
        let table = columns(list.figure, rows: shown, booking: list.bookingLine != nil)
        var columns = ColumnLayout.columns(table.map(\.spec), width: inner.width)
        // The sort column's header ends in an arrow: the order is named in text, not colour.
        if let i = table.firstIndex(where: { $0.sort == list.sort }) {
            let symbols = Symbols(theme)
            let arrow = list.descending ? symbols.down : symbols.up
            let header = columns[i].header
            columns[i].header = (DisplayWidth.of(header) < columns[i].width ? header
                                 : String(header.prefix(max(1, columns[i].width - 1)))) + arrow
        }
        var out = LineWriter(inner)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        if list.total == 0 || (list.window.rows.isEmpty && !list.window.loading) {
            out.line(list.window.loading ? "Reading…" : (list.filter.isEmpty ? "Nobody." : "Nobody matches the filter."),
                     theme.muted, buffer: &buffer)
        }
        func cells(_ person: PersonRow) -> [String] { table.map { $0.cell(person) } }
        for i in first..<min(list.total, first + visibleRows(state.size)) {
            let style = i == list.position.selected ? theme.selection : theme.text
            out.declareRow(i, selected: i == list.position.selected, buffer: &buffer)
            guard let person = list.window.row(at: i) else {
                out.line(ascii ? "..." : "…", theme.muted, buffer: &buffer)
                continue
            }
            out.line(ColumnLayout.line(cells(person), columns, ascii: ascii), style, buffer: &buffer)
        }
        // A name or post cut in its column is shown whole for the selected person.
        let detail = list.selected.flatMap { ColumnLayout.detail(cells($0), columns) }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        let position = list.total == 0 ? 0 : list.position.selected + 1
        var segments: [(String, Style)] = [("\(Format.count(position)) of \(Format.count(list.total))", theme.muted),
                                           ("  sorted by \(list.sort.label)\(list.descending ? ", reversed" : "")", theme.muted)]
        if let booking { segments.append(("  " + booking.places, theme.title)) }
        if list.editingFilter || !list.filter.isEmpty {
            segments.insert(("Filter: ", theme.title), at: 0)
            segments.insert((list.filter + (list.editingFilter ? "_" : "") + "  ", theme.text), at: 1)
        }
        // The question before booking a whole list takes both lines: its numbers are the point.
        if let count = list.confirmingBookList {
            for line in TextFitting.wrap(count.question + " y: yes, n: no", width: inner.width, lines: 2) {
                bottom.line(line, theme.title, buffer: &buffer)
            }
            return
        }
        bottom.line(segments, buffer: &buffer)
        if list.confirmingFollowUpList {
            let people = list.total == 1 ? "the 1 person" : "all \(Format.count(list.total)) people"
            bottom.line("Follow up \(people) on this list\(list.filter.isEmpty ? "" : " (as filtered)")? "
                        + "y: yes (a form next), n: no", theme.title, buffer: &buffer)
        } else if let detail { bottom.line(detail, theme.text, buffer: &buffer) }
    }
}
