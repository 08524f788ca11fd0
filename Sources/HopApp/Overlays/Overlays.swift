import HopModel
import TerminalUI

/// What the overlays (help, the change log, a message) do with the few keys their scope binds.
enum Overlays {
    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect] {
        let step: Int
        switch command {
        case .closeOverlay:
            state.overlay = nil
            return []
        case .down: step = 1
        case .up: step = -1
        case .pageDown: step = pageRows(state)
        case .pageUp: step = -pageRows(state)
        default: return []
        }
        switch state.overlay {
        case .help(var help):
            // A page is the help's own page, and the offset stays where a page still fills,
            // so PgUp after paging past the end moves at once.
            let (page, lines) = HelpOverlay.extent(state, help: help)
            let move = abs(step) > 1 ? page * step.signum() : step
            help.offset = HelpOverlay.start(HelpState(query: help.query, offset: help.offset + move), page: page, lines: lines)
            state.overlay = .help(help)
        case .changeLog(var view):
            view.offset = max(0, view.offset + step)
            state.overlay = .changeLog(view)
        case .message, nil:
            break
        }
        return []
    }

    /// Typing searches the help.
    static func type(_ key: Key, _ state: inout AppState) {
        guard case .help(var help) = state.overlay else { return }
        LineEdit.apply(key, to: &help.query)
        help.offset = 0
        state.overlay = .help(help)
    }

    /// `c`: the change log of what is selected on the current screen, else of the profession.
    static func openChangeLog(_ state: inout AppState) -> [Effect] {
        guard let (title, subject) = Features.feature(for: state.screen).changeLogSubject(state) else { return [] }
        state.overlay = .changeLog(ChangeLogView(title: title, subject: subject))
        return [.loadChangeLog(subject)]
    }

    static func changeLogLoaded(_ entries: [ChangeLogEntry], _ state: inout AppState) {
        guard case .changeLog(var view) = state.overlay else { return }
        view.entries = entries
        view.loaded = true
        state.overlay = .changeLog(view)
    }

    /// A page of an overlay: the body less its border and heading lines.
    static func pageRows(_ state: AppState) -> Int { max(1, Layout.frame(state.size).body.height - 6) }
}
