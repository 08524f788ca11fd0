import HopModel
import TerminalUI

/// A profession's register of business-critical posts: coverage in words above, one line per
/// post (title, department, grade, holder or "vacant", risk of loss, whether the Head of
/// Profession is involved in recruitment, how many successors, the readiest), and the selected
/// post's successors below.
enum SuccessionScreen {
    /// Lines kept inside the border above the table (coverage, two lines, and the header).
    static let above = 3
    /// Successors of the selected post shown below the table, before "and N more".
    static let successorLines = 3
    /// Below the table: the selected post's cut cells whole, the successors' heading and
    /// lines, and two lines for the legend or a question.
    static let below = 1 + 1 + successorLines + 2

    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: above, below: below) }

    static func cells(_ post: CriticalPost, _ register: SuccessionRegister) -> [String] {
        [post.title,
         register.departments.first { $0.id == post.departmentId }?.code ?? "-",
         register.grades.first { $0.id == post.gradeId }?.code ?? "-",
         post.holderId.map(register.name) ?? "vacant",
         post.risk.label,
         post.headInvolved ? "yes" : "no",
         String(post.successors.count),
         post.bestReadiness?.label ?? "none"]
    }

    /// The title and holder share the room past their preferred widths (the title two shares),
    /// each up to its longest value; codes and figures keep their widths.
    static func columns(_ width: Int, rows: [[String]]) -> [Column] {
        func longest(_ i: Int, _ header: String) -> Int { max(DisplayWidth.of(header), rows.map { DisplayWidth.of($0[i]) }.max() ?? 0) }
        return ColumnLayout.columns([
            .text("Critical post", min: 10, preferred: 28, share: 2, values: rows.map { $0[0] }),
            .fixed("Dept", min(longest(1, "Dept"), 8), alignRight: false),
            .fixed("Grade", min(longest(2, "Grade"), 6), alignRight: false),
            .text("Holder", min: 8, preferred: 20, values: rows.map { $0[3] }),
            .fixed("Risk", 6, alignRight: false),
            .fixed("HoP", 3, alignRight: false),
            .fixed("Succ", 4),
            .fixed("Readiest", 9, alignRight: false),
        ], width: width)
    }

    /// "1. Ann Example (S0001) · Ready now · Acting up as deputy".
    static func successorLine(_ index: Int, _ successor: Successor, _ register: SuccessionRegister) -> String {
        let number = register.people[successor.staffId].map { " (\($0.staffNumber))" } ?? ""
        return "\(index + 1). \(register.name(successor.staffId))\(number) · \(successor.readiness.label)"
            + (successor.action.isEmpty ? "" : " · \(successor.action)")
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let view = state.succession
        let name = state.profession?.dashboard?.profession.name ?? ""
        let inner = Block(title: "Succession · \(name) · business-critical posts", focused: true,
                          footer: Keymap.footer(view.successor == nil ? .succession : .successors, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        guard let register = view.register else {
            out.line("Reading…", theme.muted, buffer: &buffer)
            return
        }
        let coverage = TextFitting.wrap(MaturityPane.succession(register.coverage), width: inner.width, lines: 2)
        for text in coverage { out.line(text, theme.text, buffer: &buffer) }
        out.skip(2 - coverage.count)
        let ascii = !theme.unicode
        let rows = register.posts.map { cells($0, register) }
        let columns = columns(inner.width, rows: rows)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        if rows.isEmpty {
            out.line("No critical posts on the register yet.", theme.muted, buffer: &buffer)
        }
        for (i, cells) in rows.enumerated().dropFirst(view.position.offset).prefix(visibleRows(state.size)) {
            let selected = i == view.position.selected
            out.declareRow(i, selected: selected, buffer: &buffer)
            let style = !selected ? theme.text : view.successor == nil ? theme.selection : theme.text.bolded()
            out.line(ColumnLayout.line(cells, columns, ascii: ascii), style, buffer: &buffer)
        }
        var lower = LineWriter(Rect(x: inner.x, y: inner.maxY - below, width: inner.width, height: below))
        // A value cut in its column is shown whole for the selected post.
        if rows.indices.contains(view.position.selected), let detail = ColumnLayout.detail(rows[view.position.selected], columns) {
            lower.line(detail, theme.text, buffer: &buffer)
        } else {
            lower.skip()
        }
        if let post = view.selected {
            lower.line([("Successors · ", theme.title), (post.title, theme.title)], buffer: &buffer)
            if post.successors.isEmpty {
                lower.line(post.isVacant ? "None named, and the post is vacant." : "None named.", theme.muted, buffer: &buffer)
            }
            // The window of successors keeps the one selected in view.
            let first = max(0, (view.successor ?? 0) - successorLines + 1)
            for (i, successor) in post.successors.enumerated().dropFirst(first).prefix(successorLines) {
                let selected = i == view.successor
                lower.line((selected ? "▶ " : "  ") + successorLine(i, successor, register), selected ? theme.selection : theme.text,
                           buffer: &buffer)
            }
        }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        if let question = SuccessionFeature.deleteQuestion(state) {
            for text in TextFitting.wrap(question, width: inner.width, lines: 2) { bottom.line(text, theme.warning, buffer: &buffer) }
        } else {
            let more = view.selected.map { $0.successors.count > successorLines ? "Tab, then \(Symbols(theme).upDownKeys): all \($0.successors.count) successors. " : "" } ?? ""
            for text in TextFitting.wrap(more + "Risk: of losing the holder · HoP: the Head of Profession recruits to it",
                                         width: inner.width, lines: 2) {
                bottom.line(text, theme.muted, buffer: &buffer)
            }
        }
    }
}
