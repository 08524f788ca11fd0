import HopModel
import TerminalUI

/// One member's assessments, CPD activities and qualifications, a section at a time.
enum MemberScreen {
    static func visibleRows(_ size: Size) -> Int { max(1, Layout.frame(size).body.height - 2 - 2 - 2) }

    static func skillName(_ id: RowID, _ state: AppState) -> String {
        state.profession?.dashboard?.data.skills.first { $0.id == id }?.name ?? "skill \(id)"
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        guard let view = state.member else { return }
        let inner = Block(title: "\(view.member.name) (\(view.member.staffNumber)) · \(view.member.post)", focused: true,
                          footer: "Tab section · n new · e edit · d delete · p professions · Esc back")
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        out.line(MemberSection.allCases.map { [("\($0.rawValue + 1) \($0.title)", $0 == view.section ? theme.selection : theme.muted),
                                               ("  ", theme.text)] }.flatMap { $0 }, buffer: &buffer)
        guard let records = view.records else {
            out.line("Reading…", theme.muted, buffer: &buffer)
            return
        }
        let rows: [String]
        switch view.section {
        case .assessments:
            out.line("Date        Skill                          Level  Source", theme.title, buffer: &buffer)
            rows = records.assessments.map {
                TextFitting.pad($0.date.iso, to: 12) + TextFitting.pad(skillName($0.skillId, state), to: 30) + " "
                    + TextFitting.pad("L\($0.level)", to: 7) + $0.source.label
            }
        case .cpd:
            out.line("Date        Hours  Type                 Title", theme.title, buffer: &buffer)
            rows = records.activities.map {
                TextFitting.pad($0.date.iso, to: 12) + TextFitting.pad(Format.hours(minutes: $0.minutes), to: 7)
                    + TextFitting.pad($0.type.label, to: 21) + $0.title
            }
        case .qualifications:
            out.line("Gained on   Qualification", theme.title, buffer: &buffer)
            rows = records.qualifications.map { TextFitting.pad($0.date.iso, to: 12) + $0.qualification }
        }
        if rows.isEmpty { out.line("None recorded. Press n to add one.", theme.muted, buffer: &buffer) }
        for (i, row) in rows.enumerated().dropFirst(view.position.offset).prefix(visibleRows(state.size)) {
            out.line(row, i == view.position.selected ? theme.selection : theme.text, buffer: &buffer)
        }
        if let record = view.pendingDelete {
            var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
            for line in TextFitting.wrap(Reducer.memberDeleteQuestion(record, state), width: inner.width).prefix(2) {
                bottom.line(line, theme.warning, buffer: &buffer)
            }
        }
    }
}
