import ArgumentParser
import HopStore

extension Hopdash {
    /// Several departments' stores in one.
    struct Collate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Combine several departments' stores into one new store.",
            discussion: """
            Departments stay distinct (matched by code); grades and professions are matched by code, \
            skills by profession and name. Nothing is written if any staff number is in more than one \
            input, or a profession's framework, a department's name or a grade differs between inputs: \
            every conflict is listed with the files. A checklist item recorded in several inputs keeps \
            the most recently updated entry. The inputs are only read.
            """)

        @Argument(help: ArgumentHelp("The stores to combine.", valueName: "store.sqlite"), completion: .storeFile)
        var inputs: [String]

        @Option(help: ArgumentHelp("The new store (must not exist).", valueName: "path"), completion: .storeFile)
        var into: String

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("Name at least one store to collate.") }
        }

        func run() throws {
            let summary: CollationSummary
            do {
                summary = try HopStore.Store.collate(inputs, into: into)
            } catch let error as CollationError {
                if case .conflicts = error { throw UserFacingError.badInput(error.description) }
                throw UserFacingError(error.description)
            } catch {
                throw UserFacingError("\(error)")
            }
            print("Collated \(summary.inputs) stores into \(into): \(summary.staff) staff in \(summary.departments) "
                  + "departments, \(summary.professions) professions"
                  + (summary.checklistItemsChosen > 0
                     ? "; \(summary.checklistItemsChosen) checklist items were in several stores (the latest kept)" : ""))
        }
    }
}
