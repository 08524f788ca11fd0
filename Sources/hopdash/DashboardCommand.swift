import ArgumentParser
import Foundation
import HopApp
import HopModel
import HopStore
import HopStoreAdapter

extension Hopdash {
    /// The interactive dashboard (the default subcommand).
    struct Dashboard: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dashboard",
            abstract: "Open the dashboard (what plain 'hopdash' does).",
            discussion: "With no store yet, a first-run screen offers the demo, an empty store, or quitting; nothing is created without asking.")

        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: "Open the demo store (fictional people), creating it if absent. Kept at demo.sqlite beside the default store unless --store is given.")
        var demo = false

        @Option(help: "Seed for demo data, so a demo store is the same every time.")
        var seed: UInt64 = DemoData.defaultSeed

        @Option(help: ArgumentHelp("Who the change log names for edits made in this session.",
                                   discussion: "Default: $HOPDASH_USER, else the config file's user, else your login name.",
                                   valueName: "name"))
        var user: String?

        @Flag(help: ArgumentHelp("For a screen reader: one pane at a time with its title first, no box drawing, marks as words, the cursor on the selected row.",
                                 discussion: "Also $HOPDASH_SCREEN_READER=1, or screen-reader = true in the config file."))
        var screenReader = false

        @Flag(help: ArgumentHelp("Ignore the mouse: clicks and the wheel are left to the terminal (to select text, say).",
                                 discussion: "Also $HOPDASH_MOUSE=0, or mouse = false in the config file."))
        var noMouse = false

        @Option(help: ArgumentHelp("Where the dashboard opens: overview, departments (the comparison), or a profession's code.",
                                   discussion: "Default: $HOPDASH_OPEN, else the config file's open, else the overview. Esc goes from a profession to the overview as usual.",
                                   valueName: "place"))
        var open: String?

        @OptionGroup var themeOptions: ThemeOptions
        @OptionGroup var logOptions: LogOptions

        func run() throws {
            let today = Day.today()
            let settings = try Configuration.settings(.init(store: storeOptions.store, user: user, theme: themeOptions.theme,
                                                            logLevel: logOptions.logLevel,
                                                            screenReader: screenReader ? true : nil, mouse: noMouse ? false : nil,
                                                            open: open))
            Diagnostics.start(settings, command: "dashboard")
            let path = demo ? storeOptions.demoPath() : settings.store.value
            let seed = self.seed
            let user = settings.user.value
            let place = settings.open.value
            // The place named before the store existed, if the new store has it.
            let create: (Bool) throws -> CreatedStore = { withDemo in
                try Store.create(path: path, filling: { store in
                    if withDemo { try DemoData.writeDemo(into: store, seed: seed, today: today) }
                })
                Diagnostics.record(.info, "store.created", ["path": path, "demo": "\(withDemo)"])
                let store = try Store.open(path: path, mode: .readWrite)
                let client = StoreAdapter(store, user: user)
                do throws(UserFacingError) {
                    return CreatedStore(client: client, place: try ProfessionCode.place(place, in: store, path: path))
                } catch {
                    return CreatedStore(client: client, notice: "\(error.description) Showing the overview.")
                }
            }
            var client: StoreAdapter?
            var screen = Screen.overview
            if FileManager.default.fileExists(atPath: path) {
                client = StoreAdapter(try openForEditing(path), user: user)
            } else if demo {
                client = try create(true).client as? StoreAdapter
            } else {
                screen = .firstRun
            }
            var state = AppState(mode: .interactive, screen: screen, size: .init(width: 80, height: 24), today: today,
                                 framework: Framework.embedded, storeDescription: path)
            if let store = client?.store {
                do { state.open(at: try ProfessionCode.place(settings.open.value, in: store, path: path)) } catch {
                    throw UserFacingError("open \"\(settings.open.value)\" (from \(settings.open.source)): \(error.description) "
                                          + "Or overview, or departments.", status: error.status)
                }
            }
            state.user = user
            state.bindings = settings.bindings
            state.screenReader = settings.screenReader.value
            try TerminalSession.run(state: state, client: client, createStore: create, lockedDown: false,
                                    theme: settings.theme.value, mouse: settings.mouse.value)
        }

        private func openForEditing(_ path: String) throws -> Store {
            do {
                let store = try Store.open(path: path, mode: .readWrite)
                Diagnostics.storeOpened(path, mode: "read-write")
                return store
            } catch {
                Diagnostics.record(.error, "store.open-failed", ["path": path, "reason": error.description])
                throw UserFacingError(error.description)
            }
        }
    }
}
