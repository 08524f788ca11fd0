import ArgumentParser
import HopStore
import TerminalUI

extension Hopdash {
    /// Rebuilds a store from a JSON export.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a new store from a file written by 'hopdash export --format json'.",
            discussion: """
            All or nothing: the file is checked (format, versions, every row) and the store is built \
            under a temporary name beside --store, its summaries rebuilt, then given its \
            name. Refuses to replace an existing store.
            """)

        @Argument(help: ArgumentHelp("The JSON export.", valueName: "file.json"), completion: .file(extensions: ["json"]))
        var file: String

        @Option(help: ArgumentHelp("The new store file (must not exist).", valueName: "path"), completion: .storeFile)
        var store: String

        @OptionGroup var logOptions: LogOptions

        func run() throws {
            Diagnostics.start(try Configuration.settings(.init(logLevel: logOptions.logLevel)), command: "restore")
            let bar = ProgressBar(unit: "rows")
            do {
                defer { bar?.finish() }
                try HopStore.Store.restore(fromJSON: file, to: store, progress: bar.map { bar in { bar.show($0, fraction: $1) } })
                Diagnostics.record(.info, "restore.done", ["file": file, "store": store])
            } catch let error as JSONStoreError {
                // Problems may quote the file's values: the log keeps their kind and number only.
                let code = Mirror(reflecting: error).children.first?.label ?? "refused"
                var problems = 1
                if case .invalid(_, let listed, let more) = error { problems = listed.count + more }
                Diagnostics.record(.error, "restore.refused", ["file": file, "code": code, "problems": "\(problems)"])
                switch error {
                case .unreadable, .refused, .invalid: throw UserFacingError.badInput(error.description)
                default: throw UserFacingError(error.description)
                }
            } catch {
                throw UserFacingError("\(error)")
            }
            print("Restored \(file) into \(store)")
        }
    }
}
