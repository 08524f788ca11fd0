import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// Prints the seminar planner's working groups.
    struct Seminar: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose working groups for the Heads of Profession seminar.",
            discussion: """
            Mixes more and less mature professions (by each one's latest self-assessed maturity per \
            area) so that every group has someone strong where another is weak, and explains each \
            group in one line. Deterministic: the same store gives the same plan. Professions pinned \
            to a group on the planner screen (W) stay there. Reads the store read-only.
            """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("How many groups (1-12). Default: the number saved on the planner screen, else 3.",
                                   valueName: "N"))
        var groups: Int?

        @Option(help: ArgumentHelp("Write to this file (created 0600; a terminal, device or pipe is written through; - is standard output) instead of standard output.", valueName: "file"), completion: .file())
        var out: String?

        @Option(help: "The format: text or markdown.")
        var format: PlanFormat = .text

        enum PlanFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown }

        func validate() throws {
            if let groups, !SeminarSettings.groupRange.contains(groups) {
                throw ValidationError("--groups must be between 1 and \(SeminarSettings.groupRange.upperBound).")
            }
        }

        func run() throws {
            let path = try storeOptions.resolvedPath()
            let target = try OutputTarget.resolve(out, store: path)
            let plan: SeminarPlan
            do {
                let store = try Store.open(path: path, mode: .readOnly)
                let data = try store.allProfessionData(today: Day.today())
                let settings = try store.seminarSettings()
                guard !data.isEmpty else { throw UserFacingError("The store at \(path) has no professions to group.") }
                plan = SeminarPlanner.plan(data, settings: settings, groups: groups, framework: Framework.embedded)
            } catch let error as UserFacingError {
                throw error
            } catch {
                throw UserFacingError("\(error)")
            }
            let lines = format == .text ? plan.textLines() : plan.markdownLines()
            try target.write(text: lines.map { $0 + "\n" }.joined())
        }
    }
}
