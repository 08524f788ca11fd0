import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// Loads spreadsheets (CSV) into the store, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import records from a CSV file, all or nothing.",
            discussion: """
            CSV as spreadsheets save it: UTF-8 with or without a byte-order mark, quoted fields, CRLF or LF. \
            The header row names the columns (case and punctuation ignored; common aliases accepted). Every \
            problem is reported as FILE:LINE:COLUMN, where COLUMN counts fields from 1; on any problem \
            nothing is written.
            """,
            subcommands: [Assessments.self])

        struct Assessments: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import skills-audit results.",
                discussion: """
                Columns: Staff number; Profession (optional: a profession code, else the staff member's primary \
                profession); Skill (its name in that profession); Level (1 to the top of the profession's scale); \
                Date (YYYY-MM-DD or DD/MM/YYYY); Source (self, line manager or panel). A row for a staff member, \
                skill and date already in the store updates that assessment.
                """)

            @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
            var file: String

            @OptionGroup var storeOptions: StoreOptions

            @Flag(help: "Check and count everything, then write nothing.")
            var dryRun = false

            func run() throws {
                let path = storeOptions.resolvedPath()
                let store: Store
                do { store = try Store.open(path: path, mode: .readWrite) } catch { throw UserFacingError("\(error)") }
                let reader: CSVReader
                do { reader = try CSVReader(fileAt: file) } catch { throw UserFacingError("\(file): \(error)") }
                let bar = ProgressBar(totalBytes: (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
                do {
                    let outcome = try store.importAssessments(from: reader, file: file, dryRun: dryRun,
                                                              progress: bar.map { bar in { bar.show($0) } })
                    bar?.finish()
                    print((dryRun ? "Dry run, nothing written: would be " : "Assessments: ") + outcome.summary)
                } catch {
                    bar?.finish()
                    throw UserFacingError("\(error)")
                }
            }
        }
    }
}
