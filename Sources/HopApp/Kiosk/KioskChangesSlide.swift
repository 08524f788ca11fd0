import HopModel
import TerminalUI

/// What moved since the last forum or seminar date: the biggest movers across professions, then
/// each profession's change in every headline figure. The same `ForumChanges` as the forum
/// report's "since the last forum", so a change the report withholds is withheld here too (a
/// change of fewer people than the threshold prints as "n/a"). Aggregates only: no name of a
/// person, and the movers are chosen among the changes shown.
enum KioskChangesSlide {
    /// Columns of the table, in `ForumChanges.figures` order: short titles where the screen is narrow.
    static let shortColumns = ["Gap", "Coverage", "CPD", "Checklist", "Quals", "Maturity"]

    /// Wide enough to lay the movers side by side and spell the changes out ("+3 pts better").
    static func isWide(_ width: Int) -> Bool { width >= 120 }

    static func render(_ changes: ForumChanges, state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let area = body.inset(by: 1)
        guard area.height >= 4 else { return }
        let wide = isWide(area.width)
        let threshold = state.kiosk.options.suppression.threshold
        var out = LineWriter(Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1))
        out.line(wide ? "Each figure now against the same figure kept on " + FigureText.date(changes.forum.date)
                     + ", in percentage points (levels for maturity)."
                      : "Now against " + FigureText.date(changes.forum.date) + ", in points.", theme.muted, buffer: &buffer)
        out.skip()
        // The movers take what the table leaves when every profession has its row, at least
        // two each way (or as many as there are), at most `ForumChanges.moverCount`.
        let tableRows = 1 + changes.rows.count
        let most = max(changes.improved.count, changes.slipped.count, 1)
        func moversHeight(_ k: Int) -> Int { (wide ? 1 + k : 2 + 2 * k) + 1 }
        var k = min(most, 2)
        while k < most && moversHeight(k + 1) + tableRows <= out.remaining { k += 1 }
        movers(changes, count: k, wide: wide, out: &out, buffer: &buffer, theme: theme)
        out.skip()
        table(changes, wide: wide, out: &out, buffer: &buffer, theme: theme)
        let legend = wide
            ? "better / worse: whether the change is an improvement · n/a: it would show a change of fewer than \(threshold) people"
                + " · -: no figure then or now"
            : "n/a: a change of fewer than \(threshold) people · -: no figure then or now"
        buffer.write(legend, x: area.x, y: area.maxY - 1, style: theme.muted, clip: area)
    }

    /// "Most improved" and "Slipping": side by side on a wide screen, one above the other on a narrow one.
    static func movers(_ changes: ForumChanges, count: Int, wide: Bool, out: inout LineWriter, buffer: inout Buffer,
                       theme: Theme) {
        let lists: [(String, [ForumChanges.Mover], Style)] = [("Most improved", changes.improved, theme.good),
                                                               ("Slipping", changes.slipped, theme.bad)]
        func lines(_ movers: [ForumChanges.Mover]) -> [String] {
            movers.isEmpty ? ["none shown"] : movers.prefix(count).map(ForumChangesWording.mover)
        }
        if wide {
            let half = (out.rect.width - 2) / 2
            let left = lines(lists[0].1), right = lines(lists[1].1)
            out.line([(TextFitting.pad(lists[0].0, to: half + 2), theme.title.bolded()), (lists[1].0, theme.title.bolded())],
                     buffer: &buffer)
            for i in 0..<max(left.count, right.count) {
                let a = i < left.count ? TextFitting.truncate(left[i], to: half) : ""
                let b = i < right.count ? right[i] : ""
                out.line([(TextFitting.pad(a, to: half + 2), lists[0].1.isEmpty ? theme.muted : lists[0].2),
                          (b, lists[1].1.isEmpty ? theme.muted : lists[1].2)], buffer: &buffer)
            }
        } else {
            for (heading, movers, style) in lists {
                out.line(heading, theme.title.bolded(), buffer: &buffer)
                for line in lines(movers) { out.line("  " + line, movers.isEmpty ? theme.muted : style, buffer: &buffer) }
            }
        }
    }

    /// A row per profession, each figure's change in words; the professions that do not fit are counted.
    static func table(_ changes: ForumChanges, wide: Bool, out: inout LineWriter, buffer: inout Buffer, theme: Theme) {
        let titles = wide ? ForumChangesWording.columns : shortColumns
        let gap = wide ? 2 : 1
        let columns = ForumChanges.figures.count
        // Narrow: the cells keep 10 columns ("+40 better") and the name takes the rest. Wide: the
        // name is as wide as the longest, and the cells share what it leaves.
        let longest = changes.rows.map { DisplayWidth.of($0.name) }.max() ?? 10
        let nameWidth = wide ? min(max(10, longest), out.rect.width - columns * 17)
                             : max(6, out.rect.width - columns * (10 + gap))
        let cellWidth = wide ? (out.rect.width - nameWidth) / columns - gap : 10
        func row(_ name: String, _ cells: [String], style: Style) -> [(String, Style)] {
            [(TextFitting.pad(TextFitting.truncate(name, to: nameWidth), to: nameWidth), style)]
                + cells.map { (String(repeating: " ", count: gap) + TextFitting.pad(TextFitting.truncate($0, to: cellWidth), to: cellWidth,
                                                                                    alignRight: true), style) }
        }
        out.line(row("Profession", titles, style: theme.title), buffer: &buffer)
        // A tall screen spaces the rows out, as the overview does, to be read across a room.
        let spacing = max(1, min(2, (out.remaining - 1) / max(1, changes.rows.count)))
        for (index, changeRow) in changes.rows.enumerated() {
            let left = changes.rows.count - index
            if left > 1 && out.remaining <= 1 {
                out.line("… and \(left) more professions (hopdash report lists them all)", theme.muted, buffer: &buffer)
                return
            }
            let cells = ForumChangesWording.row(changeRow).dropFirst().map { wide ? $0 : $0.replacingOccurrences(of: " pts", with: "") }
            out.line(row(changeRow.name, Array(cells), style: theme.text), buffer: &buffer)
            if index < changes.rows.count - 1 && out.remaining > 1 + changes.rows.count - index { out.skip(spacing - 1) }
        }
    }
}
