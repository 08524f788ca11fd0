import HopModel
import TerminalUI

/// The kiosk's frame around a slide: the title line (with the "data unavailable" badge) and,
/// at the bottom, the suppression footnote and a status line with the slide position, the
/// countdown, the store's last change and the current time. Every status is in words.
enum KioskChrome {
    static let height = 2

    static func renderTitle(_ title: String, state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let kiosk = state.kiosk
        let symbols = Symbols(unicode: theme.unicode)
        let bar = theme.title.reversed()
        buffer.fill(rect, style: bar)
        var right = "read-only"
        var rightStyle = bar
        if let since = kiosk.unavailableSince {
            right = "\(symbols.warning) DATA UNAVAILABLE SINCE \(Format.clock(since, timeZone: kiosk.options.timeZone)) · last good figures shown"
            rightStyle = theme.bad.reversed()
        }
        let rightWidth = min(rect.width - 2, DisplayWidth.of(right) + 2)
        buffer.write(" " + title, x: rect.x, y: rect.y, style: bar, maxWidth: max(0, rect.width - rightWidth - 1))
        buffer.write(" " + right + " ", x: rect.maxX - rightWidth, y: rect.y, style: rightStyle, maxWidth: rightWidth)
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        guard rect.height >= height else { return }
        let kiosk = state.kiosk
        let rule = kiosk.options.suppression
        if kiosk.exitProgress > 0 {
            let typed = "\(kiosk.exitProgress) of \(KioskExit.sequence.count) keys"
            buffer.write(" Exit: \(KioskExit.description) (\(typed))", x: rect.x, y: rect.y, style: theme.warning, clip: rect)
        } else {
            let footnote = DisplayWidth.of(rule.footnote) <= rect.width - 2 ? rule.footnote : rule.shortFootnote
            buffer.write(" " + footnote, x: rect.x, y: rect.y, style: theme.muted, clip: rect)
        }
        let line = rect.y + 1
        let bar = theme.title.reversed()
        buffer.fill(Rect(x: rect.x, y: line, width: rect.width, height: 1), style: bar)
        let zone = kiosk.options.timeZone
        var left: [String] = []
        if !kiosk.slides.isEmpty { left.append("Slide \(kiosk.index + 1)/\(kiosk.slides.count)") }
        if kiosk.paused {
            left.append((theme.unicode ? "⏸ " : "|| ") + "PAUSED (p resumes)")
        } else if !kiosk.slides.isEmpty {
            left.append("next in \(kiosk.secondsLeft) s")
        }
        let lastChange = kiosk.lastChange.map { "Last change " + Format.clock($0, relativeTo: kiosk.now, timeZone: zone) }
            ?? "No changes yet"
        let now = kiosk.now.map { Format.clock($0, timeZone: zone) } ?? ""
        let right = lastChange + "   " + now + " "
        let rightWidth = DisplayWidth.of(right)
        buffer.write(" " + left.joined(separator: " · "), x: rect.x, y: line, style: bar,
                     maxWidth: max(0, rect.width - rightWidth - 1))
        buffer.write(right, x: rect.maxX - rightWidth, y: line, style: bar, clip: rect)
    }
}
