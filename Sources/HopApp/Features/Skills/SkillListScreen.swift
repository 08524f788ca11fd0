import HopModel
import TerminalUI

/// A profession's skills with the level each requires per grade ("-": not required), the
/// filter, and the delete question.
enum SkillListScreen {
    /// Rows of skills visible at this size (inside the border, under the header, above the
    /// selected skill's detail line and two lines).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 3) }

    /// The skill's name takes what the grades (four cells each) leave, up to its longest, so
    /// on a wide terminal the levels stay beside the names instead of across a gap.
    static func columns(_ grades: [Grade], names: [String], width: Int) -> [Column] {
        ColumnLayout.columns([.text("Skill", min: 10, preferred: 24, values: names)] + grades.map { .fixed($0.code, 4) },
                             width: width)
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let name = state.profession?.dashboard?.profession.name ?? ""
        let inner = Block(title: "Skills of \(name) · level required per grade", focused: true,
                          footer: Keymap.footer(.skillList, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard let data = state.profession?.dashboard?.data, !inner.isEmpty else { return }
        var out = LineWriter(inner)
        let columns = columns(data.grades, names: data.skills.map(\.name), width: inner.width)
        let ascii = !theme.unicode
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        let rows = state.skillRows
        let height = visibleRows(state.size)
        if rows.isEmpty {
            out.line(state.skillList.filter.isEmpty ? "No skills yet. Press n to add one." : "No skill matches the filter.",
                     theme.muted, buffer: &buffer)
        }
        func cells(_ skill: Skill) -> [String] {
            [skill.name] + data.grades.map { grade in
                let level = data.requirements.first { $0.skillId == skill.id && $0.gradeId == grade.id }?.level ?? 0
                return level > 0 ? "L\(level)" : "-"
            }
        }
        for (i, skill) in rows.enumerated().dropFirst(state.skillList.position.offset).prefix(height) {
            let style = i == state.skillList.position.selected ? theme.selection : theme.text
            out.declareRow(i, selected: i == state.skillList.position.selected, buffer: &buffer)
            out.line(ColumnLayout.line(cells(skill), columns, ascii: ascii), style, buffer: &buffer)
        }
        let selected = state.skillList.position.selected
        if rows.indices.contains(selected), state.skillList.pendingDelete == nil,
           let detail = ColumnLayout.detail(cells(rows[selected]), columns) {
            var line = LineWriter(Rect(x: inner.x, y: inner.maxY - 3, width: inner.width, height: 1))
            line.line(detail, theme.text, buffer: &buffer)
        }
        if let skill = state.skillList.pendingDelete {
            // The question takes the legend's two lines and up to two more, so that it is read whole.
            let lines = TextFitting.wrap(SkillsFeature.deleteQuestion(skill, state), width: inner.width, lines: 4)
            var question = LineWriter(Rect(x: inner.x, y: inner.maxY - lines.count, width: inner.width, height: lines.count))
            for line in lines { question.line(TextFitting.pad(line, to: inner.width), theme.warning, buffer: &buffer) }
            return
        }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        if state.skillList.editingFilter || !state.skillList.filter.isEmpty {
            bottom.line([("Filter: ", theme.title), (state.skillList.filter + (state.skillList.editingFilter ? "_" : ""), theme.text),
                         ("  \(rows.count) of \(data.skills.count)", theme.muted)], buffer: &buffer)
        } else {
            let legend = "\(data.skills.count) skills. Levels run 1-\(data.profession.scaleMax): "
                + data.profession.scaleLabels.joined(separator: ", ") + "."
            for line in TextFitting.wrap(legend, width: inner.width, lines: 2) { bottom.line(line, theme.muted, buffer: &buffer) }
        }
    }
}
