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
    static let successorLines = 4
    /// Below the table: the selected post's cut cells whole, the successors' heading and
    /// lines, and the bottom line.
    static let below = 1 + 1 + successorLines + 1

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
                          footer: Keymap.footer(.succession, state: state))
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
            out.line(ColumnLayout.line(cells, columns, ascii: ascii), selected ? theme.selection : theme.text, buffer: &buffer)
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
            let shown = post.successors.count > successorLines ? successorLines - 1 : successorLines
            for (i, successor) in post.successors.enumerated().prefix(shown) {
                lower.line(successorLine(i, successor, register), theme.text, buffer: &buffer)
            }
            if post.successors.count > shown {
                lower.line("and \(post.successors.count - shown) more", theme.muted, buffer: &buffer)
            }
        }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1))
        bottom.line("Risk: of losing the holder · HoP: the Head of Profession recruits to it", theme.muted,
                    buffer: &buffer)
    }
}
