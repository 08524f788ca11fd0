import HopModel
import TerminalUI

/// The seminar planner's groups for the room: profession names and maturity levels only,
/// each group with the line explaining its mix.
enum KioskSeminarSlide {
    static func render(_ plan: SeminarPlan, state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let area = body.inset(by: 1)
        guard area.height >= 3 else { return }
        var out = LineWriter(area)
        // Each group: its members (bold), why they mix (muted), a blank line while there is room.
        let blocks = plan.groups.enumerated().map { i, group in
            (TextFitting.wrap("Group \(i + 1): " + group.professions.map { "\($0.name) L\($0.level)" }.joined(separator: " · "),
                              width: area.width),
             TextFitting.wrap(group.explanation, width: area.width - 2).map { "  " + $0 })
        }
        let needed = blocks.reduce(0) { $0 + $1.0.count + $1.1.count }
        let spaced = needed + blocks.count <= area.height - 1
        for (members, why) in blocks {
            for line in members { out.line(line, theme.text.bolded(), buffer: &buffer) }
            for line in why { out.line(line, theme.muted, buffer: &buffer) }
            if spaced { out.skip() }
        }
        buffer.write("L = latest self-assessed maturity, 1 Initial to 5 Embedded.",
                     x: area.x, y: area.maxY - 1, style: theme.muted, clip: area)
    }
}
