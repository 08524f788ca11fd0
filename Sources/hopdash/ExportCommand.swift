import ArgumentParser
import Foundation
import HopStore
import TerminalUI

extension Hopdash {
    /// Writes the whole store as JSON, or a table of records for spreadsheets.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the whole store as JSON ('hopdash restore' rebuilds it), or records as CSV that 'hopdash import' reads back.",
            discussion: """
            Streams from the store (opened read-only) to --out (readable by its owner only, replaced whole \
            when the export is complete) or standard output. --format json writes every record (see \
            docs/FORMAT.md) and takes no --table. --format csv needs --table: staff, assessments, cpd, \
            qualifications, critical-posts or learning-offers, each written with the columns its import reads.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "The format: csv or json.")
        var format: Format = .csv

        @Option(help: "Which records, for csv: staff, assessments, cpd, qualifications, critical-posts or learning-offers.")
        var table: CSVTable?

        @Option(help: ArgumentHelp("Write to this file (mode 0600; a terminal, device or pipe is written through; - is standard output) instead of standard output.", valueName: "file"), completion: .file())
        var out: String?

        @OptionGroup var logOptions: LogOptions

        func validate() throws {
            if format == .csv, table == nil { throw ValidationError("--format csv needs --table (staff, assessments, cpd, qualifications, critical-posts or learning-offers).") }
            if format == .json, table != nil { throw ValidationError("--format json writes the whole store; leave out --table.") }
        }

        func run() throws {
            let settings = try Configuration.settings(.init(store: storeOptions.store, logLevel: logOptions.logLevel))
            Diagnostics.start(settings, command: "export")
            let path = settings.store.value
            let what = table.map { "\($0)" } ?? "store"
            let target = try OutputTarget.resolve(out, store: path)
            do {
                let store = try Store.open(path: path, mode: .readOnly)
                Diagnostics.storeOpened(path, mode: "read-only")
                var rows = 0
                let bar = ProgressBar(unit: "rows")
                defer { bar?.finish() }
                try target.write { rows = try export(store, to: $0, progress: bar.map { bar in { bar.show($0, fraction: $1) } }) }
                Diagnostics.record(.info, "export.done", ["format": format.rawValue, "table": what, "out": out ?? "stdout",
                                                          "rows": "\(rows)"])
            } catch {
                Diagnostics.record(.error, "export.failed", ["format": format.rawValue, "table": what, "reason": "\(error)"])
                if let error = error as? UserFacingError { throw error }
                throw UserFacingError("\(error)")
            }
        }

        /// Streams the export in blocks of about a megabyte; returns how many rows it wrote.
        @discardableResult
        func export(_ store: Store, to output: FileHandle, progress: ProgressReport? = nil) throws -> Int {
            let write: ([UInt8]) throws -> Void = { try output.write(contentsOf: $0) }
            switch (format, table) {
            case (.json, _): return try store.exportJSON(blocksOf: 1 << 20, progress: progress, write)
            case (.csv, let table?): return try store.exportCSV(table, blocksOf: 1 << 20, progress: progress, write)
            case (.csv, nil): throw ValidationError("--format csv needs --table.")
            }
        }
    }
}

extension CSVTable: ExpressibleByArgument {}
