import HopModel
import TerminalUI

/// The seminar planner's groups for the room: profession names and maturity levels only,
/// each group with the line explaining its mix.
enum KioskSeminarSlide {
    static let legend = "L = latest self-assessed maturity, 1 Initial to 5 Embedded."

    static func render(_ plan: SeminarPlan, state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let area = body.inset(by: 1)
        guard area.height >= 3 else { return }
        // The groups get every row but the legend's.
        let rows = area.height - 1
        var out = LineWriter(Rect(x: area.x, y: area.y, width: area.width, height: rows))
        let blocks = plan.groups.enumerated().map { i, group in
            (TextFitting.wrap("Group \(i + 1): " + group.professions.map { "\($0.name) \($0.levelLabel)" }.joined(separator: " · "),
                              width: area.width),
             TextFitting.wrap(group.explanation, width: area.width - 2).map { "  " + $0 })
        }
        // Each group: its members (bold), why they mix (muted), a blank line while there is room;
        // where even that does not fit, the explanations go first, then the groups that do not fit
        // are counted on the last row rather than dropped unsaid.
        let full = blocks.reduce(0) { $0 + $1.0.count + $1.1.count }
        let explain = full <= rows
        let spaced = explain && full + blocks.count <= rows
        for (index, (members, why)) in blocks.enumerated() {
            let later = blocks.count - index - 1
            let height = members.count + (explain ? why.count : 0)
            // A group that does not fit (keeping a row to count any after it) is counted, with the rest.
            if height + (later > 0 ? 1 : 0) > out.remaining {
                let left = later + 1
                out.line("… and \(left) more group\(left == 1 ? "" : "s") (hopdash seminar lists them all)", theme.muted,
                         buffer: &buffer)
                break
            }
            for line in members { out.line(line, theme.text.bolded(), buffer: &buffer) }
            if explain { for line in why { out.line(line, theme.muted, buffer: &buffer) } }
            if spaced { out.skip() }
        }
        buffer.write(legend, x: area.x, y: area.maxY - 1, style: theme.muted, clip: area)
    }
}
