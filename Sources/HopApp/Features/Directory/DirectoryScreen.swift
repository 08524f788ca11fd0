import HopModel
import TerminalUI

/// Every profession's head and departmental leads with contact details, filterable.
enum DirectoryScreen {
    /// Role and name take a share each of the room past their preferred widths, the e-mail
    /// two shares, each up to its longest value in `rows`; the phone keeps 13. Where every
    /// value shows whole with room to spare, a role column joins ("Head of profession" or
    /// "Departmental lead", which the indent alone says on a narrow screen) and what is still
    /// spare is shared among the text columns, so a wide terminal spreads the table over its
    /// width rather than leaving half of it blank.
    static func columns(_ width: Int, rows: [[String]]) -> [Column] {
        let text: [ColumnSpec] = [
            .text("Profession / dept.", min: 10, preferred: 19, values: rows.map { $0[0] }),
            .text("Name", min: 4, preferred: 18, values: rows.map { $0[1] }),
            .text("Email", min: 5, preferred: 20, share: 2, values: rows.map { $0[2] }), .fixed("Phone", 13, alignRight: false),
        ]
        let role = ColumnSpec.fixed("Role", roles.map(DisplayWidth.of).max()!, alignRight: false)
        let natural = (text + [role]).map { $0.max ?? $0.min }.reduce(0, +) + text.count
        guard natural <= width else { return ColumnLayout.columns(text, width: width) }
        return ColumnLayout.columns([text[0], role] + text[1...], width: width, fill: true)
    }

    /// The role column's values: a head's row, a lead's row.
    static let roles = ["Head of profession", "Departmental lead"]

    /// The row's cells for `columns`: with the role where the table has a role column.
    static func cells(_ row: DirectoryRow, _ columns: [Column]) -> [String] {
        var cells = cells(row)
        if columns.count == 5 {
            if case .head = row { cells.insert(roles[0], at: 1) } else { cells.insert(roles[1], at: 1) }
        }
        return cells
    }

    /// Rows visible at this size (inside the border, under the header, above the selected
    /// row's detail line and two lines).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 3) }

    static func cells(_ row: DirectoryRow) -> [String] {
        switch row {
        case .head(let p): [p.name, p.headName.isEmpty ? "(no head recorded)" : p.headName, p.headEmail, p.headPhone]
        case .lead(let lead, _): ["  " + lead.department, lead.lead.name, lead.lead.email, lead.lead.phone]
        }
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let view = state.directory
        let inner = Block(title: "Directory · heads of profession and departmental leads", focused: true,
                          footer: Keymap.footer(.directory, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let ascii = !theme.unicode
        let columns = columns(inner.width, rows: view.rows.map(cells))
        var out = LineWriter(inner)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        let rows = view.rows
        if view.directory == nil {
            out.line("Reading…", theme.muted, buffer: &buffer)
        } else if rows.isEmpty {
            out.line(view.filter.isEmpty ? "No professions yet." : "Nobody matches the filter.", theme.muted, buffer: &buffer)
        }
        for (i, row) in rows.enumerated().dropFirst(view.position.offset).prefix(visibleRows(state.size)) {
            let selected = i == view.position.selected
            out.declareRow(i, selected: selected, buffer: &buffer)
            let style: Style
            if case .head = row { style = selected ? theme.selection : theme.text.bolded() } else { style = selected ? theme.selection : theme.text }
            out.line(ColumnLayout.line(cells(row, columns), columns, ascii: ascii), style, buffer: &buffer)
        }
        // A value cut in its column is shown whole for the selected row.
        if rows.indices.contains(view.position.selected), view.pendingDelete == nil,
           let detail = ColumnLayout.detail(cells(rows[view.position.selected], columns), columns) {
            var line = LineWriter(Rect(x: inner.x, y: inner.maxY - 3, width: inner.width, height: 1))
            line.line(detail, theme.text, buffer: &buffer)
        }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        if let lead = view.pendingDelete {
            for text in TextFitting.wrap(DirectoryFeature.deleteQuestion(lead, state), width: inner.width, lines: 2) {
                bottom.line(text, theme.warning, buffer: &buffer)
            }
        } else if view.editingFilter || !view.filter.isEmpty {
            bottom.line([("Filter: ", theme.title), (view.filter + (view.editingFilter ? "_" : ""), theme.text),
                         ("  \(rows.count) rows", theme.muted)], buffer: &buffer)
        } else {
            bottom.line("Heads first, their departmental leads indented; hopdash directory exports it.",
                        theme.muted, buffer: &buffer)
        }
    }
}
