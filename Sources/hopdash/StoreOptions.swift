import ArgumentParser
import Foundation
import HopModel
import HopStore

extension CompletionKind {
    /// Store files, for shell completion (any name works; these are the usual ones).
    static var storeFile: CompletionKind { .file(extensions: ["sqlite", "db"]) }
}

/// `--store PATH`, shared by every subcommand that opens a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store file.", discussion: "Default: $HOPDASH_STORE, else the config file's store, else $XDG_DATA_HOME/hopdash/store.sqlite.", valueName: "path"),
            completion: .storeFile)
    var store: String?

    /// The path to use: this option, else $HOPDASH_STORE, else the config file's, else the default.
    func resolvedPath() throws -> String {
        try Configuration.settings(.init(store: store)).store.value
    }

    /// Where `--demo` keeps its store unless `--store` says otherwise: beside the default store.
    func demoPath() -> String {
        if let store { return store }
        let normal = StorePaths.resolve(option: nil, environment: ProcessInfo.processInfo.environment.filter { $0.key != StorePaths.environmentVariable },
                                        home: FileManager.default.homeDirectoryForCurrentUser.path)
        return (normal as NSString).deletingLastPathComponent + "/demo.sqlite"
    }
}
