import HopModel
import TerminalUI

/// Departments and the grade ladder, a section at a time.
enum SetupScreen {
    /// Rows visible under the section tabs and the column header.
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 2, below: 1) }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let setup = state.setup
        let inner = Block(title: "Departments and grades", focused: true, footer: Keymap.footer(.setup, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        out.line(SetupSection.allCases.flatMap { [("\($0.rawValue + 1) \($0.title)", $0 == setup.section ? theme.selection : theme.muted),
                                                  ("  ", theme.text)] }, buffer: &buffer)
        let rows: [String]
        switch setup.section {
        case .departments:
            out.line("Code        Name", theme.title, buffer: &buffer)
            rows = setup.departments.map { TextFitting.pad($0.code, to: 12) + $0.name + ($0.isDevolved ? " (devolved)" : "") }
        case .grades:
            out.line("Rank  Code    Name", theme.title, buffer: &buffer)
            rows = setup.grades.map { TextFitting.pad(String($0.rank), to: 6) + TextFitting.pad($0.code, to: 8) + $0.name }
        }
        if rows.isEmpty { out.line(setup.loaded ? "None yet. Press n to add one." : "Reading…", theme.muted, buffer: &buffer) }
        for (i, row) in rows.enumerated().dropFirst(setup.position.offset).prefix(visibleRows(state.size)) {
            out.declareRow(i, selected: i == setup.position.selected, buffer: &buffer)
            out.line(row, i == setup.position.selected ? theme.selection : theme.text, buffer: &buffer)
        }
        if let record = setup.pendingDelete {
            var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
            for line in TextFitting.wrap(SetupFeature.deleteQuestion(record), width: inner.width, lines: 2) {
                bottom.line(line, theme.warning, buffer: &buffer)
            }
        }
    }
}
