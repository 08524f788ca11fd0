import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// Who has taken lists of named people out of the tool.
    struct AccessLog: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "access-log",
            abstract: "Show who exported lists of people, when, which list and how many people (never their names).",
            discussion: "Newest first. The store is opened read-only.")

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("Only exports of this profession (its code).", valueName: "code"))
        var profession: String?

        @Option(help: ArgumentHelp("At most this many entries.", valueName: "n"))
        var limit: Int = 100

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be 1 or more.") }
        }

        func run() throws {
            let path = try storeOptions.resolvedPath()
            let entries: [AccessLogEntry]
            do {
                entries = try Store.open(path: path, mode: .readOnly).accessLog(professionCode: profession, limit: limit)
            } catch {
                throw UserFacingError("\(error)")
            }
            guard !entries.isEmpty else {
                print(profession.map { "No list of \($0) people has been exported." } ?? "No list of people has been exported.")
                return
            }
            let rows = [["When", "Who", "Profession", "List", "People", "Format"]]
                + entries.map { [$0.at, $0.user, $0.professionCode, $0.list, String($0.people), $0.format] }
            let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                print(SafeText.line(zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces)))
            }
        }
    }
}
