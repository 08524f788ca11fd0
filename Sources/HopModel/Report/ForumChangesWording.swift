/// The words of the "since the last forum" section, shared by the Markdown and the HTML.
public enum ForumChangesWording {
    public static func heading(_ changes: ForumChanges) -> String {
        "Since the last forum (\(FigureText.date(changes.forum.date))" + (changes.forum.title.isEmpty ? ")" : ", \(changes.forum.title))")
    }

    public static let intro = "Each figure now against the same figure kept on the forum date: percentage points "
        + "(levels for maturity), with whether that is better or worse. A change that would let a reader work out "
        + "a change of fewer people than the threshold shows as n/a."

    /// Column titles, in `ForumChanges.figures` order.
    public static let columns = ["Skills gap", "Audit coverage", "CPD", "Checklist", "Qualifications", "Maturity"]

    /// "+3 pts better", "-2 pts worse", "no change", "n/a", or "-" when the figure has no value then or now.
    public static func cell(_ change: ForumChanges.Change?) -> String {
        guard let change else { return "-" }
        guard let delta = change.delta.value else { return "n/a" }
        let unit = change.figure == .maturity ? "" : " pts"
        let shown = change.figure == .maturity ? (delta * 10).rounded() / 10 : delta.rounded()
        if shown == 0 { return "no change" }
        let number = change.figure == .maturity ? String(format: "%+.1f", shown) : String(format: "%+.0f", shown)
        let better = (shown > 0) == change.figure.higherIsBetter
        return number + unit + (better ? " better" : " worse")
    }

    /// "Policy (POL): skills gap 31% → 24%, 7 pts better".
    public static func mover(_ mover: ForumChanges.Mover) -> String {
        let c = mover.change
        let from = c.then.map { "\(Int($0.rounded()))%" } ?? "?", to = c.now.map { "\(Int($0.rounded()))%" } ?? "?"
        return "\(mover.name) (\(mover.code)): \(c.figure.label) \(from) → \(to), " + cell(c).replacingOccurrences(of: "+", with: "")
            .replacingOccurrences(of: "-", with: "")
    }

    public static func row(_ row: ForumChanges.Row) -> [String] {
        ["\(row.name) (\(row.code))"] + ForumChanges.figures.map { figure in cell(row.changes.first { $0.figure == figure }) }
    }
}
