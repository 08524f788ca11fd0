import ArgumentParser
import HopStore

extension Hopdash {
    /// A consistent copy of a store that editors may be using.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the store to a new file, safely while editors are saving (SQLite VACUUM INTO).",
            discussion: "The copy is one consistent snapshot, 0600. Refuses to replace an existing file.")

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The backup file (must not exist).", valueName: "file"))
        var out: String

        func run() throws {
            do {
                let store = try HopStore.Store.open(path: storeOptions.resolvedPath(), mode: .readOnly)
                try store.backup(to: out)
            } catch {
                throw UserFacingError("\(error)")
            }
            print("Backed up to \(out)")
        }
    }
}
