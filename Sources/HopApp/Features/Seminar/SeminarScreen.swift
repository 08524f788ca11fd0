import HopModel
import TerminalUI

/// The seminar planner: the proposed groups, why each mixes as it does, and the pins.
enum SeminarScreen {
    /// Rows of groups visible at this size (inside the border, under the column header, above
    /// the legend or detail line and the closing line).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 2) }

    /// Cells of a profession's row are indented under their group's heading by this much.
    static let indent = 4

    /// Whether the areas' columns carry their whole short names ("Planning") at `width`: only
    /// where every profession's name still shows whole beside them; else their first two
    /// letters, which the legend line spells out.
    static func wholeAreaNames(_ plan: SeminarPlan, framework: Framework, width: Int) -> Bool {
        let longest = plan.groups.flatMap(\.professions).map { DisplayWidth.of($0.name) }.max() ?? 0
        let areas = framework.areas.map { DisplayWidth.of($0.shortName) + 1 }.reduce(0, +)
        return indent + max(longest, 10) + 6 + areas + 7 <= width
    }

    /// The table's columns at `width` (the row's indent taken off): the name takes the room,
    /// "Level" (the latest maturity) and each area's level keep their header's width, a pin's mark last.
    static func columns(_ plan: SeminarPlan, framework: Framework, width: Int) -> [Column] {
        let whole = wholeAreaNames(plan, framework: framework, width: width)
        let names = plan.groups.flatMap(\.professions).map(\.name)
        let areas = framework.areas.map { ColumnSpec(whole ? $0.shortName : String($0.shortName.prefix(2)), min: 2, alignRight: true) }
        return ColumnLayout.columns([.text("Profession", min: 10, preferred: 28, values: names), ColumnSpec("Level", min: 5)]
                                    + areas + [ColumnSpec("", min: 6)], width: max(0, width - indent))
    }

    /// A profession's cells: name, latest level ("-" with none), each area's level, "pinned".
    static func cells(_ p: SeminarProfession, plan: SeminarPlan, framework: Framework) -> [String] {
        [p.name, p.levels.isEmpty ? "-" : "L\(p.level)"] + framework.areas.map { area in p.levels[area.id].map(String.init) ?? "-" }
            + [plan.locked.contains(p.id) ? "pinned" : ""]
    }

    /// The plan as lines; a profession's line carries its id (for the selection).
    static func lines(_ plan: SeminarPlan, framework: Framework, width: Int, unicode: Bool) -> [(text: String, id: RowID?, isGroup: Bool)] {
        let columns = columns(plan, framework: framework, width: width)
        let pad = String(repeating: " ", count: indent)
        var lines: [(text: String, id: RowID?, isGroup: Bool)] = []
        for (i, group) in plan.groups.enumerated() {
            let levels = group.professions.filter { !$0.levels.isEmpty }.map(\.level)
            let span = levels.isEmpty ? "" : " · L\(levels.min()!)" + (levels.min() == levels.max() ? "" : "-L\(levels.max()!)")
            lines.append(("Group \(i + 1) · \(group.professions.count) profession\(group.professions.count == 1 ? "" : "s")\(span)",
                          nil, true))
            for text in TextFitting.wrap(group.explanation, width: max(10, width - 2)) { lines.append(("  " + text, nil, false)) }
            for p in group.professions {
                lines.append((pad + ColumnLayout.line(cells(p, plan: plan, framework: framework), columns, ascii: !unicode), p.id, false))
            }
        }
        return lines
    }

    /// The line above the closing one: the selected profession's cut cells whole, else the
    /// areas' two-letter headers spelt out, else nothing.
    static func legend(_ plan: SeminarPlan, selected: RowID?, framework: Framework, width: Int) -> String? {
        let columns = columns(plan, framework: framework, width: width)
        if let p = plan.groups.flatMap(\.professions).first(where: { $0.id == selected }),
           let detail = ColumnLayout.detail(cells(p, plan: plan, framework: framework), columns) {
            return detail
        }
        guard !wholeAreaNames(plan, framework: framework, width: width) else { return nil }
        return framework.areas.map { "\($0.shortName.prefix(2)) \($0.shortName)" }.joined(separator: " · ")
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let plan = state.seminarPlan
        let inner = Block(title: "Seminar working groups · \(plan.groups.count) groups of \(plan.professionCount) professions",
                          focused: true, footer: Keymap.footer(.seminar, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        let columns = columns(plan, framework: state.framework, width: inner.width)
        out.line(String(repeating: " ", count: indent) + ColumnLayout.line(columns.map(\.header), columns, ascii: !theme.unicode),
                 theme.title, buffer: &buffer)
        guard state.overview.loaded, state.seminar.loaded else {
            out.line("Reading…", theme.muted, buffer: &buffer)
            return
        }
        let all = lines(plan, framework: state.framework, width: inner.width, unicode: theme.unicode)
        let selected = state.seminar.selected ?? plan.groups.first?.professions.first?.id
        let selectedLine = all.firstIndex { $0.id != nil && $0.id == selected } ?? 0
        let height = visibleRows(state.size)
        let offset = Table.visibleOffset(selected: selectedLine, offset: 0, bodyHeight: height, count: all.count)
        let marker = theme.unicode && !theme.screenReader ? "›" : ">"
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
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        if let legend = legend(plan, selected: selected, framework: state.framework, width: inner.width) {
            bottom.line(legend, theme.muted, buffer: &buffer)
        } else {
            bottom.skip()
        }
        bottom.line("A move pins the profession to its group. hopdash seminar prints the plan.",
                    theme.muted, buffer: &buffer)
    }
}
