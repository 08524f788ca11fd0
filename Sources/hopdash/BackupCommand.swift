import ArgumentParser
import HopStore
import TerminalUI

extension Hopdash {
    /// A consistent copy of a store that editors may be using.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the store to a new file, safely while editors are saving (SQLite's online backup).",
            discussion: """
                The copy is one consistent snapshot, 0600. Refuses to replace an existing file or to \
                create a folder. A store of an older layout is copied as it is: take a backup before \
                a newer hopdash opens the store for editing and upgrades it.
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The backup file (must not exist; its folder must).", valueName: "file"), completion: .file())
        var out: String

        @OptionGroup var logOptions: LogOptions

        func run() throws {
            let schema: Int
            let settings = try Configuration.settings(.init(store: storeOptions.store, logLevel: logOptions.logLevel))
            Diagnostics.start(settings, command: "backup")
            let path = settings.store.value
            do {
                _ = try PrivateFile.folder(of: out)
                try OutputTarget.guardStore(path, out, identity: nil)
                let bar = ProgressBar(unit: "pages")
                defer { bar?.finish() }
                schema = try HopStore.Store.backup(storeAt: path, to: out,
                                                   progress: bar.map { bar in { bar.show($0, fraction: $1) } })
                Diagnostics.record(.info, "backup.done", ["store": path, "out": out, "schema": "\(schema)"])
            } catch {
                Diagnostics.record(.error, "backup.failed", ["store": path, "reason": "\(error)"])
                throw UserFacingError("\(error)")
            }
            if schema < HopStore.Store.schemaVersion {
                print("Backed up to \(out) (an older layout, schema \(schema), copied as it is; this hopdash "
                      + "upgrades the store to schema \(HopStore.Store.schemaVersion) when it next opens it for editing)")
            } else {
                print("Backed up to \(out)")
            }
        }
    }
}
