import ArgumentParser
import Foundation
import HopStore

extension Hopdash {
    /// Writes records out for spreadsheets.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write records as CSV that 'hopdash import' reads back.",
            discussion: """
            Streams from the store (opened read-only) to --out (readable by its owner only, replaced whole \
            when the export is complete) or standard output. Tables: staff, assessments, cpd, qualifications; each is written with the \
            columns its import reads.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv }

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "The format: csv.")
        var format: Format = .csv

        @Option(help: "Which records: staff, assessments, cpd or qualifications.")
        var table: CSVTable

        @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
        var out: String?

        func run() throws {
            let path = storeOptions.resolvedPath()
            do {
                let store = try Store.open(path: path, mode: .readOnly)
                guard let out else { return try Self.export(store, table, to: FileHandle.standardOutput) }
                try PrivateFile.write(to: out) { try Self.export(store, table, to: $0) }
            } catch let error as UserFacingError {
                throw error
            } catch {
                throw UserFacingError("\(error)")
            }
        }

        /// Streams the table in blocks of about a megabyte.
        static func export(_ store: Store, _ table: CSVTable, to output: FileHandle) throws {
            var pending = Data()
            try store.exportCSV(table) { line in
                pending.append(contentsOf: line.utf8)
                if pending.count >= 1 << 20 { try output.write(contentsOf: pending); pending.removeAll(keepingCapacity: true) }
            }
            try output.write(contentsOf: pending)
        }
    }
}

extension CSVTable: ExpressibleByArgument {}
