import HopModel
import TerminalUI

/// Draws a whole frame from state (immediate mode): nothing survives between frames but state.
public enum Renderer {
    public static func render(_ state: AppState, theme: Theme) -> Buffer {
        frame(state, theme: theme).buffer
    }

    /// The frame and where the terminal cursor belongs (in a form's focused text field), if anywhere.
    ///
    /// In screen-reader mode (`AppState.screenReader`) boxes draw no lines and marks are words
    /// (`Symbols`), one pane fills the body (`Layout.filledPane`), the first line is the title of
    /// what has focus, status messages keep to the last line, and the cursor always sits at the
    /// start of the selected row that the screen declared (`FrameMap`), so that the reader's
    /// review cursor follows the selection; with no row selected, on the title.
    public static func frame(_ state: AppState, theme: Theme) -> (buffer: Buffer, cursor: (x: Int, y: Int)?) {
        var buffer = Buffer(size: state.size)
        guard state.size.width > 0, state.size.height > 0 else { return (buffer, nil) }
        if state.mode == .kiosk { return (KioskScreen.render(state, theme: theme), nil) }
        let theme = state.screenReader ? theme.forScreenReader() : theme
        if Layout.isTooSmall(state.size) {
            renderTooSmall(state.size, buffer: &buffer, theme: theme)
            return (theme.unicode ? buffer : buffer.asciiFolded(), nil)
        }
        let frame = Layout.frame(state.size)
        renderHeader(state, in: frame.header, buffer: &buffer, theme: theme)
        Features.feature(for: state.screen).render(state, in: frame.body, buffer: &buffer, theme: theme)
        switch state.overlay {
        case .help(let help): HelpOverlay.render(state, help: help, in: frame.body, buffer: &buffer, theme: theme)
        case .changeLog(let view): ChangeLogOverlay.render(view, in: frame.body, buffer: &buffer, theme: theme)
        case .message(let title, let text):
            let inner = Modal(title: title, width: min(70, frame.body.width), height: 8)
                .render(in: frame.body, buffer: &buffer, theme: theme)
            var out = LineWriter(inner)
            for line in TextFitting.wrap(text, width: inner.width, lines: inner.height) { out.line(line, theme.text, buffer: &buffer) }
        case nil: break
        }
        var cursor: (x: Int, y: Int)?
        if let form = state.form, state.overlay == nil {
            cursor = FormOverlay.render(form, state: state, in: frame.body, buffer: &buffer, theme: theme)
        }
        renderFooter(state, in: frame.footer, buffer: &buffer, theme: theme)
        if theme.screenReader {
            renderReaderTitle(state, in: frame.header, buffer: &buffer, theme: theme)
            if cursor == nil { cursor = buffer.map.selection.map { ($0.x, $0.y) } ?? (frame.header.x, frame.header.y) }
        }
        return (theme.unicode ? buffer : buffer.asciiFolded(), cursor)
    }

    /// Screen-reader mode: the title line starts with the title of what has focus (the pane, the
    /// overlay), then the screen's own title.
    static func renderReaderTitle(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let screenTitle = Features.feature(for: state.screen).title(state)
        let parts = [buffer.map.title, screenTitle.isEmpty ? "hopdash" : "hopdash · " + screenTitle].compactMap { $0 }
        let date = Format.date(state.today)
        buffer.fill(rect, style: theme.title)
        let written = buffer.write(parts.joined(separator: " · "), x: rect.x, y: rect.y, style: theme.title,
                                   maxWidth: max(0, rect.width - DisplayWidth.of(date) - 2))
        buffer.write(date, x: max(rect.x + written + 2, rect.maxX - DisplayWidth.of(date)), y: rect.y, style: theme.title)
    }

    static func renderHeader(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        buffer.fill(rect, style: theme.title.reversed())
        let screenTitle = Features.feature(for: state.screen).title(state)
        let title = screenTitle.isEmpty ? "hopdash" : "hopdash · " + screenTitle
        let date = Format.date(state.today)
        let dateWidth = DisplayWidth.of(date)
        buffer.write(" " + title, x: rect.x, y: rect.y, style: theme.title.reversed(),
                     maxWidth: max(0, rect.width - dateWidth - 2))
        buffer.write(date + " ", x: rect.maxX - dateWidth - 1, y: rect.y, style: theme.title.reversed())
    }

    /// The most lines a message takes, growing the footer up over the bottom of the body.
    static let messageLines = 3

    static func renderFooter(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        if let status = state.status {
            let mark = theme.screenReader ? "Warning:" : Symbols(theme).warning
            renderMessage(mark + " " + status, style: theme.bad, in: rect, buffer: &buffer)
            return
        }
        if let notice = state.notice {
            renderMessage(notice, style: theme.good, in: rect, buffer: &buffer)
            return
        }
        HelpBar(items: Keymap.hints(for: state)).render(in: rect, buffer: &buffer, theme: theme)
    }

    /// A message too long for the footer's line (a refusal naming a record, on 80 columns) is
    /// wrapped onto up to `messageLines` lines above it, so the reason is read whole; only
    /// past that is it cut, with the mark.
    static func renderMessage(_ text: String, style: Style, in rect: Rect, buffer: inout Buffer) {
        let lines = TextFitting.wrap(text, width: rect.width, lines: messageLines, breakingWords: true)
        let area = Rect(x: rect.x, y: rect.maxY - max(1, lines.count), width: rect.width, height: max(1, lines.count))
        buffer.fill(area)
        for (i, line) in lines.enumerated() {
            buffer.write(line, x: area.x, y: area.y + i, style: style, clip: area)
        }
    }

    static func renderTooSmall(_ size: Size, buffer: inout Buffer, theme: Theme, canQuit: Bool = true) {
        let need = Layout.minimum
        let text = "Terminal too small: \(size.width)x\(size.height). hopdash needs at least \(need.width)x\(need.height). Enlarge the window"
            + (canQuit ? ", or press q to quit." : ".")
        let lines = TextFitting.wrap(text, width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + i, style: theme.text)
        }
    }
}
