import HopModel
import TerminalUI

/// The members of a profession by name, read from the store a page at a time: staff number,
/// name, grade, department, post; the filter; the delete question.
enum StaffListScreen {
    /// Rows visible at this size (inside the border, under the header, above two lines).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 2) }

    /// The name takes two shares of the room past the preferred widths (up to 40), the post
    /// one; staff number, grade and department code keep theirs.
    static func columns(_ width: Int) -> [Column] {
        ColumnLayout.columns([
            ColumnSpec.fixed("Staff no.", 9, alignRight: false), ColumnSpec("Name", min: 10, preferred: 20, share: 2, max: 40),
            ColumnSpec.fixed("Grade", 5, alignRight: false), ColumnSpec.fixed("Department", 10, alignRight: false),
            ColumnSpec("Post", min: 4, preferred: 16, share: 1),
        ], width: width)
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let list = state.staffList
        let name = state.profession?.dashboard?.profession.name ?? ""
        let inner = Block(title: "Members of \(name)", focused: true, footer: Keymap.footer(.staffList, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let grades = state.profession?.dashboard?.data.grades ?? []
        var out = LineWriter(inner)
        let columns = columns(inner.width)
        let ascii = !theme.unicode
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        if list.rows.isEmpty {
            out.line(list.loading ? "Reading…" : (list.filter.isEmpty ? "No members." : "Nobody matches the filter."),
                     theme.muted, buffer: &buffer)
        }
        func cells(_ member: StaffMember) -> [String] {
            [member.staffNumber, member.name, grades.first { $0.id == member.gradeId }?.code ?? "?",
             list.departments.first { $0.id == member.departmentId }?.code ?? "", member.post]
        }
        let first = list.position.offset
        for i in first..<min(list.total, first + visibleRows(state.size)) {
            let style = i == list.position.selected ? theme.selection : theme.text
            out.declareRow(i, selected: i == list.position.selected, buffer: &buffer)
            guard let member = list.member(at: i) else {
                out.line(TextFitting.pad("", to: columns[0].width + 1) + (ascii ? "..." : "…"), theme.muted, buffer: &buffer)
                continue
            }
            out.line(ColumnLayout.line(cells(member), columns, ascii: ascii), style, buffer: &buffer)
        }
        // A name or post cut in its column is shown whole for the selected member.
        let detail = list.member(at: list.position.selected).flatMap { ColumnLayout.detail(cells($0), columns) }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        if let member = list.pendingDelete {
            for line in TextFitting.wrap(MembersFeature.deleteQuestion(member), width: inner.width, lines: 2) {
                bottom.line(line, theme.warning, buffer: &buffer)
            }
        } else {
            let position = list.total == 0 ? 0 : list.position.selected + 1
            var segments: [(String, Style)] = [("\(position) of \(list.total)", theme.muted)]
            if list.editingFilter || !list.filter.isEmpty {
                segments.insert(("Filter: ", theme.title), at: 0)
                segments.insert((list.filter + (list.editingFilter ? "_" : "") + "  ", theme.text), at: 1)
            }
            bottom.line(segments, buffer: &buffer)
            if let detail { bottom.line(detail, theme.text, buffer: &buffer) }
        }
    }
}
