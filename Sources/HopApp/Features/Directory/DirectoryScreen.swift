import HopModel
import TerminalUI

/// Every profession's head and departmental leads with contact details, filterable.
enum DirectoryScreen {
    static let phoneWidth = 13

    /// The role, name and e-mail columns: 19, 18 and the rest at 80 wide; on a wider terminal
    /// the room beyond 80 columns goes a third each to role and name (up to 44 and 32) and the
    /// rest to the e-mail.
    static func widths(_ inner: Int) -> (role: Int, name: Int, email: Int) {
        let extra = max(0, inner - 78)
        let role = 19 + min(25, extra / 3), name = 18 + min(14, extra / 3)
        return (role, name, max(10, inner - role - name - phoneWidth - 3))
    }

    /// Rows visible at this size (inside the border, under the header, above two lines).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 2) }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let view = state.directory
        let inner = Block(title: "Directory · heads of profession and departmental leads", focused: true,
                          footer: Keymap.footer(.directory, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let ascii = !theme.unicode
        let (roleWidth, nameWidth, emailWidth) = widths(inner.width)
        func line(_ role: String, _ name: String, _ email: String, _ phone: String) -> String {
            TextFitting.pad(role, to: roleWidth, ascii: ascii) + " " + TextFitting.pad(name, to: nameWidth, ascii: ascii) + " "
                + TextFitting.pad(email, to: emailWidth, ascii: ascii) + " " + TextFitting.truncate(phone, to: phoneWidth, ascii: ascii)
        }
        var out = LineWriter(inner)
        out.line(line("Profession / dept.", "Name", "Email", "Phone"), theme.title, buffer: &buffer)
        let rows = view.rows
        if view.directory == nil {
            out.line("Reading…", theme.muted, buffer: &buffer)
        } else if rows.isEmpty {
            out.line(view.filter.isEmpty ? "No professions yet." : "Nobody matches the filter.", theme.muted, buffer: &buffer)
        }
        for (i, row) in rows.enumerated().dropFirst(view.position.offset).prefix(visibleRows(state.size)) {
            let selected = i == view.position.selected
            switch row {
            case .head(let p):
                out.line(line(p.name, p.headName.isEmpty ? "(no head recorded)" : p.headName, p.headEmail, p.headPhone),
                         selected ? theme.selection : theme.text.bolded(), buffer: &buffer)
            case .lead(let lead, _):
                out.line(line("  " + lead.department, lead.lead.name, lead.lead.email, lead.lead.phone),
                         selected ? theme.selection : theme.text, buffer: &buffer)
            }
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
