import HopModel
import TerminalUI

/// A figure's history drawn beside it: a sparkline of the values kept (quarter ends, forum
/// dates) and today's, then an arrow for the way the last step went (▲ ▼ =, "^ v =" in ASCII,
/// words for a reader), so that the direction never rests on colour. A figure with nothing
/// kept draws nothing.
enum TrendMark {
    /// "▃▄▄▆ ▲" in at most `width` columns (the latest points that fit), or "".
    static func text(_ series: FigureSeries?, width: Int, symbols: Symbols) -> String {
        guard let series, width >= 1 else { return "" }
        let arrow = arrow(series.direction, symbols)
        let room = width - DisplayWidth.of(arrow) - 1
        guard room >= 2, !symbols.words else { return DisplayWidth.of(arrow) <= width ? arrow : "" }
        return Sparkline.text(series.values, range: series.range, width: room, symbols: symbols) + " " + arrow
    }

    /// The widest a mark is drawn: a point a column, up to `points`, the space and the arrow.
    static func width(points: Int, symbols: Symbols) -> Int {
        symbols.words ? 4 : points + 2
    }

    static func arrow(_ direction: FigureSeries.Direction?, _ symbols: Symbols) -> String {
        switch direction {
        case .up: symbols.up
        case .down: symbols.down
        case .same: symbols.words ? "same" : "="
        case nil: ""
        }
    }

    /// Green when the last step was an improvement, red when a slip (the arrow says which way).
    static func style(_ series: FigureSeries?, theme: Theme) -> Style {
        guard let series, let change = series.lastChange, abs(change) >= series.figure.smallestStep / 2 else { return theme.muted }
        return (change > 0) == series.figure.higherIsBetter ? theme.good : theme.bad
    }
}
