import HopModel
import TerminalUI

/// A profession's movements, counted in people: joiners and leavers over the last twelve
/// months, who is away on secondment or loan, returns due this quarter, and the flows to and
/// from other professions. Figures only: no one is named.
enum MovementsScreen {
    static func professionName(_ id: RowID, _ state: AppState) -> String {
        state.overview.rows.first { $0.professionId == id }?.name ?? "profession \(id)"
    }

    /// The flows as "Policy 2 · HR 1", largest first.
    static func flowText(_ flows: [ProfessionFlow], other: (ProfessionFlow) -> RowID, _ state: AppState) -> String {
        flows.isEmpty ? "none" : flows.map { "\(professionName(other($0), state)) \($0.people)" }.joined(separator: " · ")
    }

    /// Which placements the CPD requirement counts, in words.
    static func cpdText(_ requirement: CPDRequirement?) -> String {
        guard let requirement else { return "No CPD requirement is set, so placements count towards nothing yet." }
        let counted = [CPDActivityType.secondment, .jobShadowing].filter(requirement.countedTypes.contains)
        guard !counted.isEmpty else { return "This profession's CPD requirement counts neither secondment nor job shadowing." }
        return "Counted as CPD here: " + counted.map(\.label).joined(separator: " and ").lowercased()
            + ". Log a placement's learning as a CPD activity of that type; its hours count."
    }

    /// Two figures to a line, each after its label: the labels take the room up to their
    /// longest (a label cut ends in "…"), the figures keep five cells, three cells part the pairs.
    static func figureColumns(left: [String], right: [String], width: Int) -> [Column] {
        ColumnLayout.columns([.text("", min: 8, preferred: 26, values: left), .fixed("", 5), ColumnSpec("", min: 1),
                              .text("", min: 8, preferred: 22, values: right), .fixed("", 5)], width: width)
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        guard let dashboard = state.profession?.dashboard else { return }
        let report = dashboard.movements
        let inner = Block(title: "Movements · \(dashboard.profession.name) · people", focused: true, footer: Keymap.footer(.movements, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        // The closing note keeps the last lines whole; the figures take the rest.
        let note = TextFitting.wrap("Record movements on a member's records (m, then r, then Tab to Movements). A person counts "
                                    + "once per figure; members' placements count for each of their professions.",
                                    width: inner.width, lines: 3)
        var closing = LineWriter(Rect(x: inner.x, y: inner.maxY - note.count, width: inner.width, height: note.count))
        for text in note { closing.line(text, theme.muted, buffer: &buffer) }
        var out = LineWriter(Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - note.count)))
        let pairs = [("Joined the profession", report.joiners, "Left the profession", report.leavers),
                     ("On secondment out", report.secondedNow, "On loan out", report.onLoanNow),
                     ("On job shadowing placement", report.shadowingNow, "Returning this quarter", report.returningThisQuarter)]
        let columns = figureColumns(left: pairs.map(\.0), right: pairs.map(\.2), width: inner.width)
        func pair(_ i: Int) {
            let (a, x, b, y) = pairs[i]
            out.line(ColumnLayout.line([a, String(x), "", b, String(y)], columns, ascii: !theme.unicode), theme.text, buffer: &buffer)
        }
        out.line("Last 12 months (\(Format.date(MovementReport.lastYear(state.today).lowerBound)) to today)", theme.title, buffer: &buffer)
        pair(0)
        out.skip()
        out.line("Now", theme.title, buffer: &buffer)
        pair(1)
        pair(2)
        out.skip()
        out.line("Flows between professions, last 12 months", theme.title, buffer: &buffer)
        for text in TextFitting.wrap("In, from: " + flowText(report.flowsIn, other: \.from, state), width: inner.width, lines: 2) {
            out.line(text, theme.text, buffer: &buffer)
        }
        for text in TextFitting.wrap("Out, to: " + flowText(report.flowsOut, other: \.to, state), width: inner.width, lines: 2) {
            out.line(text, theme.text, buffer: &buffer)
        }
        out.skip()
        out.line("Placements and CPD", theme.title, buffer: &buffer)
        let placements = "\(report.placementsLastYear) placement\(report.placementsLastYear == 1 ? "" : "s") started in the last "
            + "12 months; \(report.placementsCountingAsCPD) of a type this profession counts as CPD."
        for text in TextFitting.wrap(placements, width: inner.width, lines: 2) { out.line(text, theme.text, buffer: &buffer) }
        for text in TextFitting.wrap(cpdText(dashboard.data.cpdRequirement), width: inner.width, lines: 2) {
            out.line(text, theme.muted, buffer: &buffer)
        }
    }
}
