import HopModel
import TerminalUI

/// A profession's development plan for a year: whether it is kept or only proposed, the people
/// it covers and the gaps it closes, CPD hours and cost for the year and by quarter, one line
/// per skill and offer (in priority order), and the gaps left open with why.
enum PlanScreen {
    /// Above the table: status, two lines of figures, two of quarters, and the header.
    static let above = 6
    /// Below it: the selected line's cut cells whole, two lines of gaps left, one for the legend or question.
    static let below = 4

    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: above, below: below) }

    /// From this inner width the table adds the provider, the gap each line closes and the cost
    /// under its quarter (Q1 to Q4 as columns) in place of the quarter's number.
    static let wide = 140

    static func cells(_ line: PlanLine, _ index: Int, _ workbench: PlanWorkbench, width: Int = 0) -> [String] {
        let offer = workbench.offer(line.offerId)
        let level = offer?.level(of: line.skillId)
        let cost = offer.map { LearningOffer.pounds(line.places * $0.costPence) } ?? "-"
        let hours = offer.map { LearningOffer.hours(line.places * $0.minutes) } ?? "-"
        let start = [String(index + 1), workbench.skillName(line.skillId), offer?.title ?? "#\(line.offerId) (gone)"]
        guard width >= wide else {
            return start + [level.map { "L\($0)" } ?? "-", FigureText.count(line.places), "Q\(line.quarter)", hours, cost]
        }
        let required = Array(Set(workbench.gaps.filter { $0.skillId == line.skillId && $0.people > 0 }.map(\.required))).sorted()
        return start + [offer?.provider ?? "", level.map { "L\($0)" } ?? "-", FundingBid.closes(level: level, required: required),
                        FigureText.count(line.places), hours, cost] + (1...4).map { $0 == line.quarter ? cost : "" }
    }

    static func columns(_ width: Int, rows: [[String]]) -> [Column] {
        func values(_ i: Int) -> [String] { rows.map { $0.indices.contains(i) ? $0[i] : "" } }
        guard width >= wide else {
            return ColumnLayout.columns([
                .fixed("#", 3),
                .text("Skill", min: 8, preferred: 22, share: 1, values: values(1)),
                .text("Offer", min: 12, preferred: 36, share: 2, values: values(2)),
                .fixed("Lvl", 3),
                .fixed("Places", 6),
                .fixed("Qtr", 3),
                .fixed("Hours", 7),
                .fixed("Cost", 10),
            ], width: width)
        }
        return ColumnLayout.columns([
            .fixed("#", 3),
            .text("Skill", min: 12, preferred: 30, share: 2, values: values(1)),
            .text("Offer", min: 16, preferred: 48, share: 3, values: values(2)),
            .text("Provider", min: 10, preferred: 26, share: 1, values: values(3)),
            .fixed("Lvl", 3),
            .text("Closes", min: 8, preferred: 18, share: 1, values: values(5)),
            .fixed("Places", 7),
            .fixed("Hours", 8),
            .fixed("Cost", 11),
        ] + DevelopmentPlan.quarterLabels.map { ColumnSpec.fixed($0, 11) }, width: width)
    }

    /// "People below requirement 340 · covered 120 · gaps closed if all complete 110 (32%)".
    static func figuresText(_ f: PlanFigures) -> String {
        "People below requirement \(FigureText.count(f.gapPeople)) · places \(FigureText.count(f.places)) · covered "
            + "\(FigureText.count(f.covered)) · gaps closed if all complete \(FigureText.count(f.closed)) "
            + "(\(FigureText.percent(f.closedShare))) · CPD \(LearningOffer.hours(f.minutes)) hours · cost \(LearningOffer.pounds(f.costPence))"
            + (f.orphanLines > 0 ? " · \(f.orphanLines) line(s) on an offer that no longer develops the skill" : "")
    }

    static func quartersText(_ f: PlanFigures) -> String {
        zip(DevelopmentPlan.quarterLabels, f.quarters).map { label, q in
            "\(label): \(LearningOffer.pounds(q.costPence)), \(FigureText.count(q.places)) places, \(LearningOffer.hours(q.minutes)) h"
        }.joined(separator: " · ")
    }

    static func unmetText(_ workbench: PlanWorkbench) -> String {
        guard !workbench.proposal.unmet.isEmpty else { return "The proposal closes every gap the catalogue can reach." }
        return "Left open by the proposal: " + workbench.proposal.unmet.map { gap in
            "\(workbench.skillName(gap.skillId)) L\(gap.required): \(FigureText.count(gap.people)) "
                + (gap.reason == .noOffer ? "(no offer reaches the level)" : "(no places left)")
        }.joined(separator: "; ")
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let view = state.plan
        let name = state.profession?.dashboard?.profession.name ?? ""
        let inner = Block(title: "Development plan \(DevelopmentPlan.yearLabel(view.year)) · \(name)", focused: true,
                          footer: Keymap.footer(.plan, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        guard let workbench = view.workbench else {
            out.line("Reading…", theme.muted, buffer: &buffer)
            return
        }
        let status = workbench.plan.map { "Kept plan, version \($0.version): \($0.lines.count) lines. a replaces them with the proposal." }
            ?? "Proposed by hopdash, not kept yet: a accepts; n, e, d adjust and keep it."
        out.line(status, workbench.plan == nil ? theme.warning : theme.title, buffer: &buffer)
        let figures = workbench.figures
        for (text, lines) in [(figuresText(figures), 2), (quartersText(figures), 2)] {
            let wrapped = TextFitting.wrap(text, width: inner.width, lines: lines)
            for line in wrapped { out.line(line, theme.text, buffer: &buffer) }
            out.skip(lines - wrapped.count)
        }
        let ascii = !theme.unicode
        let rows = workbench.lines.enumerated().map { cells($1, $0, workbench, width: inner.width) }
        let columns = columns(inner.width, rows: rows)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        if rows.isEmpty {
            out.line("No lines: no one below requirement has an offer in the catalogue that develops their skill.", theme.muted,
                     buffer: &buffer)
        }
        for (i, cells) in rows.enumerated().dropFirst(view.position.offset).prefix(visibleRows(state.size)) {
            let selected = i == view.position.selected
            out.declareRow(i, selected: selected, buffer: &buffer)
            out.line(ColumnLayout.line(cells, columns, ascii: ascii), selected ? theme.selection : theme.text, buffer: &buffer)
        }
        var lower = LineWriter(Rect(x: inner.x, y: inner.maxY - below, width: inner.width, height: below))
        if rows.indices.contains(view.position.selected), let detail = ColumnLayout.detail(rows[view.position.selected], columns) {
            lower.line(detail, theme.text, buffer: &buffer)
        } else {
            lower.skip()
        }
        let unmet = TextFitting.wrap(unmetText(workbench), width: inner.width, lines: 2)
        for line in unmet { lower.line(line, theme.muted, buffer: &buffer) }
        lower.skip(2 - unmet.count)
        if let question = PlanFeature.deleteQuestion(state) {
            lower.line(TextFitting.wrap(question, width: inner.width, lines: 1).first ?? "", theme.warning, buffer: &buffer)
        } else {
            lower.line(inner.width >= wide
                       ? "Lvl: the level the offer brings a learner to. Closes: the required levels it reaches. Gaps count per skill. b: the funding bid."
                       : "Lvl: the level the offer brings a learner to. Gaps count per skill.", theme.muted, buffer: &buffer)
        }
    }
}
