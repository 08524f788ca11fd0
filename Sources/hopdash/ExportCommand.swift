import ArgumentParser
import Foundation
import HopStore

extension Hopdash {
    /// Writes records out for spreadsheets.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write records as CSV that 'hopdash import' reads back.",
            discussion: """
            Streams from the store (opened read-only) to --out (created readable by its owner only) or \
            standard output. Tables: staff, assessments, cpd, qualifications; each is written with the \
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
                let output = try out.map(Self.createPrivately) ?? FileHandle.standardOutput
                var pending = Data()
                try store.exportCSV(table) { line in
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

        /// The export file, emptied, readable and writable by its owner only: exports hold personal data.
        static func createPrivately(_ path: String) throws -> FileHandle {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw UserFacingError("Cannot write \(path): \(String(cString: strerror(errno))).")
            }
            // An existing file keeps its mode through O_CREAT, and the umask may have removed bits.
            guard fchmod(descriptor, 0o600) == 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw UserFacingError("Cannot make \(path) private: \(reason).")
            }
            return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }
    }
}

extension CSVTable: ExpressibleByArgument {}
