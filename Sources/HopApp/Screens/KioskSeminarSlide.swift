import HopModel
import TerminalUI

/// The seminar planner's groups for the room: profession names and maturity levels only,
/// each group with the line explaining its mix.
enum KioskSeminarSlide {
    static func render(_ plan: SeminarPlan, state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let area = body.inset(by: 1)
        guard area.height >= 3 else { return }
        var out = LineWriter(area)
        let perGroup = max(2, min(4, (area.height - 1) / max(1, plan.groups.count)))
        for (i, group) in plan.groups.enumerated() {
            let members = group.professions.map { "\($0.name) L\($0.level)" }.joined(separator: " · ")
            let lines = TextFitting.wrap("Group \(i + 1): " + members, width: area.width)
            for line in lines.prefix(perGroup - 1) { out.line(line, theme.text.bolded(), buffer: &buffer) }
            out.line("  " + group.explanation, theme.muted, buffer: &buffer)
            if perGroup > 2 + (lines.count > 1 ? 1 : 0) { out.skip() }
        }
        buffer.write("L = latest self-assessed maturity, 1 Initial to 5 Embedded. Each group mixes more and less mature professions.",
                     x: area.x, y: area.maxY - 1, style: theme.muted, clip: area)
    }
}
