import ArgumentParser
import HopStore
import TerminalUI

extension Hopdash {
    /// Several departments' stores in one.
    struct Collate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Combine several departments' stores into one new store.",
            discussion: """
            Departments stay distinct (matched by code); grades and professions are matched by code, \
            skills by profession and name. Nothing is written if any staff number is in more than one \
            input, or a profession's framework, a department's name, a grade or a checklist item's entry \
            (status, owner, due date, evidence) differs between inputs: every conflict is listed with the \
            files. A checklist item recorded alike in several inputs is kept once. The inputs are only read.
            """)

        @Argument(help: ArgumentHelp("The stores to combine.", valueName: "store.sqlite"), completion: .storeFile)
        var inputs: [String]

        @Option(help: ArgumentHelp("The new store (must not exist).", valueName: "path"), completion: .storeFile)
        var into: String

        @OptionGroup var logOptions: LogOptions

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("Name at least one store to collate.") }
        }

        func run() throws {
            Diagnostics.start(try Configuration.settings(.init(logLevel: logOptions.logLevel)), command: "collate")
            let summary: CollationSummary
            do {
                // On a terminal: the inputs being read and checked (not counted); then, on a line
                // of its own timing so that the rate and time left are the copy's, the people's
                // records copied against all the inputs hold; then the summaries being rebuilt.
                var bar = ProgressBar(unit: "rows")
                defer { bar?.finish() }
                bar?.say(inputs.count == 1 ? "Reading the store" : "Reading \(inputs.count) stores and checking them against each other")
                summary = try HopStore.Store.collate(inputs, into: into, progress: bar == nil ? nil : { rows, share in
                    if rows == 0, share != 1 { bar = ProgressBar(unit: "rows") }
                    if share == 1 { bar?.say("\(rows.formatted()) rows copied; building the summaries") }
                    else { bar?.show(rows, fraction: share) }
                })
                Diagnostics.record(.info, "collate.done", ["inputs": "\(summary.inputs)", "into": into, "staff": "\(summary.staff)",
                                                           "departments": "\(summary.departments)", "professions": "\(summary.professions)"])
            } catch let error as CollationError {
                if case .conflicts(let conflicts) = error {
                    // Conflicts name staff numbers and departments: the log keeps their number.
                    Diagnostics.record(.error, "collate.refused", ["inputs": "\(inputs.count)", "conflicts": "\(conflicts.count)"])
                    throw UserFacingError.badInput(error.description)
                }
                Diagnostics.record(.error, "collate.failed", ["reason": error.description])
                throw UserFacingError(error.description)
            } catch {
                Diagnostics.record(.error, "collate.failed", ["reason": "\(error)"])
                throw UserFacingError("\(error)")
            }
            print("Collated \(summary.inputs) stores into \(into): \(summary.staff) staff in \(summary.departments) "
                  + "departments, \(summary.professions) professions"
                  + (summary.checklistItemsShared > 0
                     ? "; \(summary.checklistItemsShared) checklist items were recorded alike in several stores (kept once)" : ""))
        }
    }
}
