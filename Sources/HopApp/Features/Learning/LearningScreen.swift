import HopModel
import TerminalUI

/// A profession's learning catalogue: one line per offer (title, provider, kind, hours, cost
/// per person, places a year, the skills it develops with the level it reaches, whether it is
/// shared), the selected offer's cut cells whole, and the filter, legend or delete question.
enum LearningScreen {
    /// Rows of offers visible at this size (inside the border, under the header, above the
    /// selected offer's detail line and two lines).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 3) }

    static func cells(_ offer: LearningOffer, _ catalogue: LearningCatalogue) -> [String] {
        [offer.title, offer.provider, offer.type.label, LearningOffer.hours(offer.minutes),
         LearningOffer.pounds(offer.costPence), FigureText.count(offer.places),
         offer.skills.isEmpty ? "-" : offer.skills.map(catalogue.skillText).joined(separator: ", "),
         offer.isShared ? "all" : "own"]
    }

    /// The title, provider, kind and skills share the room past their preferred widths, each up to
    /// its longest value; the figures keep theirs.
    static func columns(_ width: Int, rows: [[String]], sort: OfferSort, descending: Bool, ascii: Bool) -> [Column] {
        let arrow = ascii ? (descending ? "v" : "^") : (descending ? "▼" : "▲")
        func header(_ name: String, _ column: OfferSort?) -> String { column == sort ? name + arrow : name }
        return ColumnLayout.columns([
            .text(header("Offer", .title), min: 12, preferred: 30, share: 3, values: rows.map { $0[0] }),
            .text(header("Provider", .provider), min: 8, preferred: 22, share: 1, values: rows.map { $0[1] }),
            .text(header("Kind", .kind), min: 8, preferred: 10, share: 1, values: rows.map { $0[2] }),
            .fixed(header("Hours", .hours), 6),
            .fixed(header("Cost", .cost), 9),
            .fixed(header("Places", .places), 7),
            .text("Skills (level)", min: 10, preferred: 28, share: 2, values: rows.map { $0[6] }),
            .fixed("For", 3, alignRight: false),
        ], width: width)
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let view = state.learning
        let name = state.profession?.dashboard?.profession.name ?? ""
        let inner = Block(title: "Learning catalogue · \(name)", focused: true, footer: Keymap.footer(.learning, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        guard let catalogue = view.catalogue else {
            out.line("Reading…", theme.muted, buffer: &buffer)
            return
        }
        let ascii = !theme.unicode
        let offers = view.rows
        let rows = offers.map { cells($0, catalogue) }
        let columns = columns(inner.width, rows: rows, sort: view.sort, descending: view.descending, ascii: ascii)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        if rows.isEmpty {
            out.line(view.filter.isEmpty ? "No learning offers yet. Press n to add one." : "No offer matches the filter.",
                     theme.muted, buffer: &buffer)
        }
        for (i, cells) in rows.enumerated().dropFirst(view.position.offset).prefix(visibleRows(state.size)) {
            let selected = i == view.position.selected
            out.declareRow(i, selected: selected, buffer: &buffer)
            out.line(ColumnLayout.line(cells, columns, ascii: ascii), selected ? theme.selection : theme.text, buffer: &buffer)
        }
        if rows.indices.contains(view.position.selected), view.pendingDelete == nil,
           let detail = ColumnLayout.detail(rows[view.position.selected], columns) {
            var line = LineWriter(Rect(x: inner.x, y: inner.maxY - 3, width: inner.width, height: 1))
            line.line(detail, theme.text, buffer: &buffer)
        }
        if let question = LearningFeature.deleteQuestion(state) {
            let lines = TextFitting.wrap(question, width: inner.width, lines: 3)
            var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - lines.count, width: inner.width, height: lines.count))
            for line in lines { bottom.line(TextFitting.pad(line, to: inner.width), theme.warning, buffer: &buffer) }
            return
        }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        if view.editingFilter || !view.filter.isEmpty {
            bottom.line([("Filter: ", theme.title), (view.filter + (view.editingFilter ? "_" : ""), theme.text),
                         ("  \(rows.count) of \(catalogue.offers.count)", theme.muted)], buffer: &buffer)
        } else {
            let places = catalogue.offers.reduce(0) { $0 + $1.places }
            let legend = "\(catalogue.offers.count) offers, \(FigureText.count(places)) places a year. Cost: per person. "
                + "Skills: the level an offer brings a learner to. For: own, or shared by every profession. "
                + "Sorted by \(view.sort.label)\(view.descending ? ", descending" : "")."
            for line in TextFitting.wrap(legend, width: inner.width, lines: 2) { bottom.line(line, theme.muted, buffer: &buffer) }
        }
    }
}
