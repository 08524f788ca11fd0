import CNcurses
import TerminalUI

/// Maps a `Style` to ncurses attributes and a colour pair. Pairs are created lazily, one per
/// foreground/background combination actually drawn. With colour off, every style gets pair 0
/// and only attributes, so no colour escape sequence is ever sent.
final class CursesPalette {
    private let colorEnabled: Bool
    /// `use_default_colors()` succeeded: `.default` is -1, the terminal's own colour.
    private let terminalDefaults: Bool
    private let maxPairs: Int
    private var pairs: [Int: Int16] = [:]
    private var nextPair: Int16 = 1
    private var cache: [Style: (attrs: attr_t, pair: Int16)] = [:]

    /// Call after `newterm`. Starts colour only when `enabled` and the terminal has colours.
    init(enabled: Bool) {
        if enabled && hop_has_colors() != 0 && start_color() == hop_ok() {
            colorEnabled = true
            terminalDefaults = use_default_colors() == hop_ok()
            maxPairs = Int(hop_color_pairs())
        } else {
            colorEnabled = false
            terminalDefaults = false
            maxPairs = 0
        }
    }

    var isColor: Bool { colorEnabled }

    func rendition(for style: Style) -> (attrs: attr_t, pair: Int16) {
        if let known = cache[style] { return known }
        var attrs = hop_a_normal()
        if style.bold { attrs |= hop_a_bold() }
        if style.reverse { attrs |= hop_a_reverse() }
        if style.underline { attrs |= hop_a_underline() }
        if style.dim { attrs |= hop_a_dim() }
        let result = (attrs: attrs, pair: pair(style.foreground, style.background))
        cache[style] = result
        return result
    }

    private func pair(_ fg: Color, _ bg: Color) -> Int16 {
        guard colorEnabled, fg != .default || bg != .default else { return 0 }
        let key = Int(fg.rawValue) * 16 + Int(bg.rawValue)
        if let known = pairs[key] { return known }
        // Out of pairs (8-colour terminals often have 64): draw in the default colours.
        guard Int(nextPair) < maxPairs else { return 0 }
        let pairNumber = nextPair
        let initialised = init_pair(pairNumber, colorNumber(fg, background: false),
                                    colorNumber(bg, background: true))
        guard initialised == hop_ok() else { return 0 }
        nextPair += 1
        pairs[key] = pairNumber
        return pairNumber
    }

    private func colorNumber(_ color: Color, background: Bool) -> Int16 {
        switch color {
        case .default: terminalDefaults ? -1 : Int16(background ? COLOR_BLACK : COLOR_WHITE)
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        }
    }
}
