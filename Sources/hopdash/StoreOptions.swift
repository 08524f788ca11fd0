import ArgumentParser
import Foundation
import HopModel
import HopStore

/// `--store PATH`, shared by every subcommand that opens a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store file.", discussion: "Default: $HOPDASH_STORE, else $XDG_DATA_HOME/hopdash/store.sqlite.", valueName: "path"))
    var store: String?

    /// The path to use, with the documented defaults.
    func resolvedPath() -> String {
        StorePaths.resolve(option: store, environment: ProcessInfo.processInfo.environment,
                           home: FileManager.default.homeDirectoryForCurrentUser.path)
    }

    /// Where `--demo` keeps its store unless `--store` says otherwise: beside the default store.
    func demoPath() -> String {
        if let store { return store }
        let normal = StorePaths.resolve(option: nil, environment: ProcessInfo.processInfo.environment.filter { $0.key != StorePaths.environmentVariable },
                                        home: FileManager.default.homeDirectoryForCurrentUser.path)
        return (normal as NSString).deletingLastPathComponent + "/demo.sqlite"
    }
}

/// Errors shown to the user as one plain line, with a non-zero exit.
struct UserFacingError: Error, CustomStringConvertible {
    let description: String
    /// Control characters in a message (a file's cell, a stored name, a path) are replaced
    /// (`SafeText.lines`): a message must not drive the terminal it is shown on.
    init(_ description: String) { self.description = SafeText.lines(description) }
}
