import HopModel
import TerminalUI

/// The members of a profession by name, read from the store a page at a time: staff number,
/// name, grade, department, post; the filter; the delete question.
enum StaffListScreen {
    /// Rows visible at this size (inside the border, under the header, above two lines).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 2) }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let list = state.staffList
        let name = state.profession?.dashboard?.profession.name ?? ""
        let inner = Block(title: "Members of \(name)", focused: true, footer: Keymap.footer(.staffList, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let grades = state.profession?.dashboard?.data.grades ?? []
        var out = LineWriter(inner)
        let numberWidth = 10, gradeWidth = 6, departmentWidth = 12
        // The name takes half the room left, up to 40 columns; the post takes the rest.
        let nameWidth = max(10, min(40, (inner.width - numberWidth - gradeWidth - departmentWidth) / 2))
        out.line(TextFitting.pad("Staff no.", to: numberWidth) + TextFitting.pad("Name", to: nameWidth)
                 + TextFitting.pad("Grade", to: gradeWidth) + TextFitting.pad("Department", to: departmentWidth) + "Post",
                 theme.title, buffer: &buffer)
        if list.rows.isEmpty {
            out.line(list.loading ? "Reading…" : (list.filter.isEmpty ? "No members." : "Nobody matches the filter."),
                     theme.muted, buffer: &buffer)
        }
        let ascii = !theme.unicode
        let first = list.position.offset
        for i in first..<min(list.total, first + visibleRows(state.size)) {
            let style = i == list.position.selected ? theme.selection : theme.text
            guard let member = list.member(at: i) else {
                out.line(TextFitting.pad("", to: numberWidth) + (ascii ? "..." : "…"), theme.muted, buffer: &buffer)
                continue
            }
            let grade = grades.first { $0.id == member.gradeId }?.code ?? "?"
            let department = list.departments.first { $0.id == member.departmentId }?.code ?? ""
            out.line(TextFitting.pad(member.staffNumber, to: numberWidth - 1, ascii: ascii) + " "
                     + TextFitting.pad(member.name, to: nameWidth - 1, ascii: ascii) + " "
                     + TextFitting.pad(grade, to: gradeWidth) + TextFitting.pad(department, to: departmentWidth - 1, ascii: ascii) + " "
                     + member.post, style, buffer: &buffer)
        }
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
        }
    }
}
