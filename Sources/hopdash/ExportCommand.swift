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
                var lines = 0
                let bar = ProgressBar(unit: "rows")
                defer { bar?.finish() }
                try target.write { lines = try export(store, to: $0, progress: bar.map { bar in { bar.show($0, fraction: $1) } }) }
                // CSV: one line is the header; JSON: one row a line, between its opening and closing lines.
                Diagnostics.record(.info, "export.done", ["format": format.rawValue, "table": what, "out": out ?? "stdout",
                                                          "lines": "\(lines)"])
            } catch {
                Diagnostics.record(.error, "export.failed", ["format": format.rawValue, "table": what, "reason": "\(error)"])
                if let error = error as? UserFacingError { throw error }
                throw UserFacingError("\(error)")
            }
        }

        /// Streams the export in blocks of about a megabyte; returns how many lines it wrote.
        @discardableResult
        func export(_ store: Store, to output: FileHandle, progress: ProgressReport? = nil) throws -> Int {
            var pending = Data()
            var lines = 0
            let emit: (String) throws -> Void = { line in
                lines += 1
                pending.append(contentsOf: line.utf8)
                if pending.count >= 1 << 20 { try output.write(contentsOf: pending); pending.removeAll(keepingCapacity: true) }
            }
            switch (format, table) {
            case (.json, _): try store.exportJSON(progress: progress, emit)
            case (.csv, let table?): try store.exportCSV(table, progress: progress, emit)
            case (.csv, nil): throw ValidationError("--format csv needs --table.")
            }
            try output.write(contentsOf: pending)
            return lines
        }
    }
}

extension CSVTable: ExpressibleByArgument {}
