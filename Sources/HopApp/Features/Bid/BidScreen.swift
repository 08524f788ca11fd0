import HopModel
import TerminalUI

/// The funding bid: what it is built from (the plan kept, or the proposal, said first), its
/// total, then one table: each skill in priority order with the offers under it, the gap it
/// closes, places, cost and the cost in each quarter as columns, and the total.
enum BidScreen {
    /// Above the table: what the bid is built from (two lines), the total, the quarters, the header.
    static let above = 5
    /// Below it: the selected row's cut cells whole, and the legend.
    static let below = 2
    /// From this inner width the table has a provider column, full money in the quarters and
    /// the quarters' months in their headers.
    static let wide = 140

    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: above, below: below) }

    struct Row {
        var cells: [String]
        var isSkill: Bool
    }

    /// "£950", "£12.4k", "£124k", "£1.24m": a quarter's money where the table is narrow.
    static func compact(_ pence: Int?) -> String {
        guard let pence else { return Suppression.withheldLabel }
        let pounds = Double(pence) / 100
        switch pounds {
        case ..<1_000: return "£" + FigureText.count(Int(pounds.rounded()))
        case ..<100_000: return "£" + FigureText.decimal(pounds / 1_000) + "k"
        case ..<1_000_000: return "£" + FigureText.count(Int((pounds / 1_000).rounded())) + "k"
        default: return "£" + FigureText.decimal(pounds / 1_000_000, places: 2) + "m"
        }
    }

    static func rows(_ bid: FundingBid, width: Int) -> [Row] {
        let isWide = width >= wide
        func quarter(_ sum: FundingBid.Sum) -> String {
            sum.costPence == 0 && sum.places == 0 ? "" : isWide ? BidWording.money(sum.costPence) : compact(sum.costPence)
        }
        var rows: [Row] = []
        for skill in bid.skills {
            let sum = bid.sum(of: skill)
            let gap = BidWording.gap(skill.gap, bid.rule)
            var head: [String] = [String(skill.priority), skill.name]
            if isWide { head.append("") }
            head.append(gap)
            if isWide { head.append("") }
            head += [skill.note ?? "", BidWording.places(sum), BidWording.money(sum.costPence)]
            head += bid.quarters(of: skill).map(quarter)
            rows.append(Row(cells: head, isSkill: true))
            for line in skill.lines {
                let own = FundingBid.Sum([line])
                let level: String = line.level.map { "L\($0)" } ?? "-"
                var cells: [String] = ["", "  " + line.offer]
                if isWide { cells.append(line.provider) }
                cells.append("")
                if isWide { cells.append(level) }
                // Narrow: "<5" alone, the legend saying what it is bid at.
                let places = !isWide && line.places == .suppressed ? bid.rule.label : BidWording.places(line, bid.rule)
                cells += [line.closes, places, BidWording.money(line.costPence)]
                cells += (1...4).map { $0 == line.quarter ? quarter(own) : "" }
                rows.append(Row(cells: cells, isSkill: false))
            }
        }
        var total: [String] = ["", "Total"]
        if isWide { total.append("") }
        total.append(BidWording.gap(bid.gap, bid.rule))
        if isWide { total.append("") }
        total += ["", BidWording.places(bid.total), BidWording.money(bid.total.costPence)]
        total += bid.quarters.map(quarter)
        rows.append(Row(cells: total, isSkill: true))
        return rows
    }

    static func columns(_ width: Int, rows: [[String]]) -> [Column] {
        let isWide = width >= wide
        func values(_ i: Int) -> [String] { rows.map { $0.indices.contains(i) ? $0[i] : "" } }
        let quarters = (isWide ? DevelopmentPlan.quarterLabels : ["Q1", "Q2", "Q3", "Q4"]).map {
            ColumnSpec.fixed($0, isWide ? 11 : 6)
        }
        if isWide {
            return ColumnLayout.columns([
                .fixed("#", 3),
                .text("Skill and offer", min: 16, preferred: 40, share: 3, values: values(1)),
                .text("Provider", min: 8, preferred: 20, share: 1, values: values(2)),
                .fixed("Gap", 8),
                .fixed("Reaches", 7),
                .text("Closes", min: 8, preferred: 20, share: 1, values: values(5)),
                .fixed("Places", 11),
                .fixed("Cost", 12),
            ] + quarters, width: width)
        }
        return ColumnLayout.columns([
            .fixed("#", 2),
            .text("Skill, offer", min: 12, preferred: 24, share: 2, values: values(1)),
            .fixed("Gap", 5),
            .text("Closes", min: 6, preferred: 14, share: 1, values: values(3)),
            .fixed("Places", 9),
            .fixed("Cost", 10),
        ] + quarters, width: width)
    }

    /// What the bid is built from, short enough for two lines at 80 columns.
    static func basis(_ bid: FundingBid) -> String {
        switch bid.basis {
        case .plan(let version): "From the plan kept for \(DevelopmentPlan.yearLabel(bid.year)), version \(version)."
        case .proposal:
            "PROPOSAL, NOT ACCEPTED: no plan is kept for \(DevelopmentPlan.yearLabel(bid.year)). Esc, then a on the plan "
                + "accepts it."
        }
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let name = state.profession?.dashboard?.profession.name ?? ""
        let inner = Block(title: "Funding bid \(DevelopmentPlan.yearLabel(state.plan.year)) · \(name)", focused: true,
                          footer: Keymap.footer(.bid, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        guard let bid = state.fundingBid else {
            out.line("Reading…", theme.muted, buffer: &buffer)
            return
        }
        let basis = TextFitting.wrap(basis(bid), width: inner.width, lines: 2)
        for line in basis { out.line(line, bid.basis == .proposal ? theme.warning : theme.title, buffer: &buffer) }
        out.skip(2 - basis.count)
        let total = "Total bid \(BidWording.money(bid.total.costPence)) for \(BidWording.places(bid.total)) places · "
            + "people below requirement \(BidWording.gap(bid.gap, bid.rule))"
        let labels = inner.width >= wide ? DevelopmentPlan.quarterLabels : ["Q1", "Q2", "Q3", "Q4"]
        let quarters = zip(labels, bid.quarters).map { "\($0) \(BidWording.money($1.costPence))" }.joined(separator: " · ")
        for text in [total, quarters] {
            out.line(TextFitting.wrap(text, width: inner.width, lines: 1).first ?? "", theme.text, buffer: &buffer)
        }
        let ascii = !theme.unicode
        let rows = rows(bid, width: inner.width)
        let columns = columns(inner.width, rows: rows.map(\.cells))
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        let position = state.bid.position
        for (i, row) in rows.enumerated().dropFirst(position.offset).prefix(visibleRows(state.size)) {
            let selected = i == position.selected
            out.declareRow(i, selected: selected, buffer: &buffer)
            out.line(ColumnLayout.line(row.cells, columns, ascii: ascii),
                     selected ? theme.selection : row.isSkill ? theme.title : theme.text, buffer: &buffer)
        }
        var lower = LineWriter(Rect(x: inner.x, y: inner.maxY - below, width: inner.width, height: below))
        if rows.indices.contains(position.selected), let detail = ColumnLayout.detail(rows[position.selected].cells, columns) {
            lower.line(TextFitting.wrap(detail, width: inner.width, lines: 1).first ?? "", theme.text, buffer: &buffer)
        } else {
            lower.skip()
        }
        let legend = inner.width >= wide
            ? "Gap: people below requirement. Priority by gap. \(bid.rule.label): under \(bid.rule.threshold) people, bid at "
                + "\(FundingBid.smallBid(bid.rule)) places. [c]: withheld so none can be worked out. Names never shown."
            : "Gap: people below. \(bid.rule.label): under \(bid.rule.threshold), bid at \(FundingBid.smallBid(bid.rule)). "
                + "[c]: withheld. Quarters in £k."
        lower.line(TextFitting.wrap(legend, width: inner.width, lines: 1).first ?? "", theme.muted, buffer: &buffer)
    }
}
