import Foundation
import HopApp
import HopConfig
import HopModel
import TerminalCurses
import TerminalUI

/// Starts ncurses, runs the app until it quits, and always gives the terminal back.
enum TerminalSession {
    static func run(state: AppState, client: StoreClient?, createStore: ((Bool) throws -> CreatedStore)?,
                    lockedDown: Bool, theme name: ThemeName, mouse: Bool = false, pollMilliseconds: Int = 500) throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start(options: .fromEnvironment(environment, lockedDown: lockedDown, mouse: mouse),
                                                environment: environment)
        } catch {
            throw UserFacingError(error.description)
        }
        defer { terminal.stop() }
        var theme = terminal.colorAvailable ? name.theme : name.theme.withoutColor()
        if !terminal.unicode { theme = theme.ascii() }
        let runtime = Runtime(state: state, backend: terminal, theme: theme, client: client, createStore: createStore,
                              today: { Day.today() }, shouldStop: { terminal.quitRequested })
        runtime.pollMilliseconds = pollMilliseconds
        // A slow read (a whole-service overview on a cold cache) shows "Loading…" and leaves
        // the keys working.
        runtime.readsOffTheLoop = true
        Diagnostics.observe(runtime)
        runtime.run()
    }
}
