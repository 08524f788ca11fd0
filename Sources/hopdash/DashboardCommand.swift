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

        @Option(help: ArgumentHelp("Who the change log names for edits made in this session. Default: your login name.",
                                   valueName: "name"))
        var user: String?

        func run() throws {
            let today = Day.today()
            let path = demo ? storeOptions.demoPath() : storeOptions.resolvedPath()
            let seed = self.seed
            let user = self.user.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? OSUser.name
            let create: (Bool) throws -> StoreClient = { withDemo in
                try Store.create(path: path, filling: { store in
                    if withDemo { try DemoData.writeDemo(into: store, seed: seed, today: today) }
                })
                return StoreAdapter(try Store.open(path: path, mode: .readWrite), user: user)
            }
            var client: StoreClient?
            var screen = Screen.overview
            if FileManager.default.fileExists(atPath: path) {
                client = StoreAdapter(try openForEditing(path), user: user)
            } else if demo {
                client = try create(true)
            } else {
                screen = .firstRun
            }
            var state = AppState(mode: .interactive, screen: screen, size: .init(width: 80, height: 24), today: today,
                                 framework: Framework.embedded, storeDescription: path)
            state.user = user
            try TerminalSession.run(state: state, client: client, createStore: create, lockedDown: false)
        }

        private func openForEditing(_ path: String) throws -> Store {
            do { return try Store.open(path: path, mode: .readWrite) } catch { throw UserFacingError(error.description) }
        }
    }
}
