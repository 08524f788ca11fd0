import HopModel
import TerminalUI

/// The seminar planner: the proposed groups, why each mixes as it does, and the pins.
enum SeminarScreen {
    /// Rows of groups visible at this size (inside the border, under one line, above one).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 1) }

    /// The plan as lines; a profession's line carries its id (for the selection).
    static func lines(_ plan: SeminarPlan, framework: Framework, width: Int, unicode: Bool) -> [(text: String, id: RowID?, isGroup: Bool)] {
        var lines: [(text: String, id: RowID?, isGroup: Bool)] = []
        for (i, group) in plan.groups.enumerated() {
            let levels = group.professions.filter { !$0.levels.isEmpty }.map(\.level)
            let span = levels.isEmpty ? "" : " · L\(levels.min()!)" + (levels.min() == levels.max() ? "" : "-L\(levels.max()!)")
            lines.append(("Group \(i + 1) · \(group.professions.count) profession\(group.professions.count == 1 ? "" : "s")\(span)",
                          nil, true))
            for text in TextFitting.wrap(group.explanation, width: max(10, width - 2)) { lines.append(("  " + text, nil, false)) }
            for p in group.professions {
                let areas = framework.areas.map { area in p.levels[area.id].map(String.init) ?? "-" }.joined(separator: "  ")
                lines.append(("    " + TextFitting.pad(p.name, to: 34, ascii: !unicode) + TextFitting.pad(p.levels.isEmpty ? "-" : "L\(p.level)", to: 5)
                              + TextFitting.pad(areas, to: 16) + (plan.locked.contains(p.id) ? "pinned" : ""), p.id, false))
            }
        }
        return lines
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let plan = state.seminarPlan
        let inner = Block(title: "Seminar working groups · \(plan.groups.count) groups", focused: true,
                          footer: Keymap.footer(.seminar, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        let shortNames = state.framework.areas.map { String($0.shortName.prefix(2)) }.joined(separator: " ")
        out.line(TextFitting.pad("\(plan.professionCount) professions · L = latest maturity", to: 43)
                 + shortNames, theme.title, buffer: &buffer)
        guard state.overview.loaded, state.seminar.loaded else {
            out.line("Reading…", theme.muted, buffer: &buffer)
            return
        }
        let all = lines(plan, framework: state.framework, width: inner.width, unicode: theme.unicode)
        let selected = state.seminar.selected ?? plan.groups.first?.professions.first?.id
        let selectedLine = all.firstIndex { $0.id != nil && $0.id == selected } ?? 0
        let height = visibleRows(state.size)
        let offset = Table.visibleOffset(selected: selectedLine, offset: 0, bodyHeight: height, count: all.count)
        let marker = theme.unicode ? "›" : ">"
        // A profession's place in the list the keys move through: its line among those with an id.
        var listIndex = all.prefix(offset).filter { $0.id != nil }.count
        for line in all.dropFirst(offset).prefix(height) {
            if line.id != nil {
                out.declareRow(listIndex, selected: line.id == selected, buffer: &buffer)
                listIndex += 1
            }
            if line.id != nil, line.id == selected {
                out.line("  " + marker + String(line.text.dropFirst(3)), theme.selection, buffer: &buffer)
            } else {
                out.line(line.text, line.isGroup ? theme.title : line.id == nil ? theme.muted : theme.text, buffer: &buffer)
            }
        }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1))
        bottom.line("A move pins the profession to its group. hopdash seminar prints the plan.",
                    theme.muted, buffer: &buffer)
    }
}
