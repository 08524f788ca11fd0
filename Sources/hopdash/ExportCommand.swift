import ArgumentParser
import Foundation
import HopStore

extension Hopdash {
    /// Writes records out for spreadsheets.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write records as CSV that 'hopdash import' reads back.",
            discussion: "Streams from the store (opened read-only) to --out or standard output.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv }
        enum Table: String, ExpressibleByArgument, CaseIterable { case assessments }

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "The format: csv.")
        var format: Format = .csv

        @Option(help: "Which records: assessments.")
        var table: Table

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var out: String?

        func run() throws {
            let path = storeOptions.resolvedPath()
            do {
                let store = try Store.open(path: path, mode: .readOnly)
                let output: FileHandle
                if let out {
                    // Staff numbers are personal data: the file is the owner's only, like the store.
                    guard FileManager.default.createFile(atPath: out, contents: nil, attributes: [.posixPermissions: 0o600]),
                          let handle = FileHandle(forWritingAtPath: out) else {
                        throw UserFacingError("Cannot write \(out).")
                    }
                    output = handle
                } else {
                    output = FileHandle.standardOutput
                }
                var pending = Data()
                try store.exportAssessments { line in
                    pending.append(contentsOf: line.utf8)
                    if pending.count >= 1 << 20 { try output.write(contentsOf: pending); pending.removeAll(keepingCapacity: true) }
                }
                try output.write(contentsOf: pending)
                try output.close()
            } catch let error as UserFacingError {
                throw error
            } catch {
                throw UserFacingError("\(error)")
            }
        }
    }
}
