import HopModel
import TerminalUI

/// A whole kiosk frame: a title line, the current slide, and the chrome (footnote and status)
/// at the bottom. Blanked, the frame is empty. Figures only: no name of a person is drawn.
enum KioskScreen {
    static func render(_ state: AppState, theme: Theme) -> Buffer {
        var buffer = Buffer(size: state.size)
        let kiosk = state.kiosk
        if kiosk.blanked { return buffer }
        if Layout.isTooSmall(state.size) {
            Renderer.renderTooSmall(state.size, buffer: &buffer, theme: theme, canQuit: false)
            return theme.unicode ? buffer : buffer.asciiFolded()
        }
        let all = Rect(size: state.size)
        let (header, rest) = all.splitTop(1)
        let (body, chrome) = rest.splitBottom(KioskChrome.height)
        let title: String
        switch kiosk.current {
        case .profession(let id)?:
            if let dashboard = kiosk.dashboard(id) {
                title = KioskProfessionSlide.title(dashboard, kiosk.options.suppression)
                KioskProfessionSlide.render(dashboard, state: state, in: body, buffer: &buffer, theme: theme)
            } else {
                title = "hopdash"
            }
        case .changes?:
            if let changes = kiosk.changes {
                title = ForumChangesWording.heading(changes)
                KioskChangesSlide.render(changes, state: state, in: body, buffer: &buffer, theme: theme)
            } else {
                title = "hopdash"
            }
        case .seminar?:
            let plan = state.seminarPlan
            title = "Seminar working groups · \(plan.groups.count) groups"
            KioskSeminarSlide.render(plan, state: state, in: body, buffer: &buffer, theme: theme)
        case .overview?, .overviewPage?:
            var page = 0
            if case .overviewPage(let n)? = kiosk.current { page = n }
            title = "Cross-profession overview · \(kiosk.dashboards.count) professions"
                + (kiosk.overviewPages > 1 ? " · page \(page + 1) of \(kiosk.overviewPages)" : "")
            KioskOverviewSlide.render(state, page: page, in: body, buffer: &buffer, theme: theme)
        case nil:
            title = "hopdash"
            renderNothing(state, in: body, buffer: &buffer, theme: theme)
        }
        KioskChrome.renderTitle(title, state: state, in: header, buffer: &buffer, theme: theme)
        KioskChrome.render(state, in: chrome, buffer: &buffer, theme: theme)
        return theme.unicode ? buffer : buffer.asciiFolded()
    }

    /// Before the first read, or with nothing to show.
    static func renderNothing(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let kiosk = state.kiosk
        let text: String
        if kiosk.unavailableSince != nil {
            text = "The store cannot be read yet. Trying again every second."
        } else if !state.overview.loaded {
            text = "Loading…"
        } else {
            text = "Nothing to show: the store has no professions matching this kiosk's choice."
        }
        let lines = TextFitting.wrap(text, width: max(1, body.width - 4))
        for (i, line) in lines.enumerated() {
            buffer.write(line, x: body.x + 2, y: body.y + body.height / 2 + i, style: theme.title, clip: body)
        }
    }
}
