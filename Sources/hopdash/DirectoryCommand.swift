import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// Exports the directory of heads of profession and departmental leads.
    struct DirectoryExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "directory",
            abstract: "List every head of profession and departmental lead with contact details.",
            discussion: "A plain list for an intranet page (text, Markdown or CSV). Reads the store read-only.")

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("Write to this file (created 0600; a terminal, device or pipe is written through; - is standard output) instead of standard output.", valueName: "file"), completion: .file())
        var out: String?

        @Option(help: "The format: text, markdown or csv.")
        var format: Directory.Format = .text

        func run() throws {
            let path = try storeOptions.resolvedPath()
            let target = try OutputTarget.resolve(out, store: path)
            let directory: Directory
            do {
                directory = try Store.open(path: path, mode: .readOnly).directory()
            } catch {
                throw UserFacingError("\(error)")
            }
            try target.write(text: directory.rendered(format))
        }
    }
}

extension Directory.Format: ExpressibleByArgument {}
