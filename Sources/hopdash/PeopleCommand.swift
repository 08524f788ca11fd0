import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// The people behind a dashboard figure, for mail merge; every export is access-logged.
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the people behind a figure of a profession's dashboard as CSV or Markdown, for mail merge.",
            discussion: """
            --who says which list, the same as Enter on the figure in the dashboard: \
            \(PeopleCriterion.vocabulary). audit-overdue lists those assessed, but not in the last \
            \(PeopleCriterion.auditCycleMonths) months. --grade keeps one grade (a cell of the skills heat map). \
            Each row: name, staff number, grade, department, post, the value that put the person on the \
            list and their latest follow-up for the profession's lists ('hopdash follow-up' records them). The list holds named people: --out files are readable by their owner only, and every \
            export is recorded in the store's access log (who, when, which list, how many people; no \
            names), which 'hopdash access-log' shows. The store is opened for writing, for the log.
            """)

        @OptionGroup var storeOptions: StoreOptions

        @OptionGroup var list: PeopleListOptions

        @Option(help: "csv or markdown.")
        var format: PeopleListFormat = .csv

        @Option(help: ArgumentHelp("Write to this file (mode 0600; a terminal, device or pipe is written through; - is standard output) instead of standard output.", valueName: "file"), completion: .file())
        var out: String?

        @Option(help: ArgumentHelp("Who the access log names.",
                                   discussion: "Default: $HOPDASH_USER, else the config file's user, else your login name.",
                                   valueName: "name"))
        var user: String?

        @OptionGroup var logOptions: LogOptions

        func run() throws {
            let settings = try Configuration.settings(.init(store: storeOptions.store, user: user, logLevel: logOptions.logLevel))
            Diagnostics.start(settings, command: "people")
            let path = settings.store.value
            let target = try OutputTarget.resolve(out, store: path)
            guard FileManager.default.fileExists(atPath: path) else {
                throw UserFacingError("No store at \(path). Give --store PATH, or create one with 'hopdash init'.")
            }
            let day = list.day
            let criterion = try list.criterion()
            let store: Store
            let query: PeopleQuery
            let professionName: String, code: String, gradeCode: String?
            do {
                store = try Store.open(path: path, mode: .readWrite)
                query = try store.peopleQuery(professionCode: list.profession, who: criterion, gradeCode: list.grade, today: day)
                let chosen = try store.profession(id: query.professionId)
                professionName = chosen?.name ?? list.profession
                code = chosen?.code ?? list.profession
                gradeCode = try query.gradeId.flatMap { id in try store.grades().first { $0.id == id }?.code }
            } catch let error as StoreError {
                if case .invalid = error { throw UserFacingError.badInput(error.description) }
                throw UserFacingError(error.description)
            } catch {
                throw UserFacingError("\(error)")
            }
            let listText = AccessLogEntry.listText(query.criterion, gradeCode: gradeCode, filtered: false)
            var people = 0
            do {
                // The access log is written once the list is, before the file takes its name: a
                // list that cannot be logged is not written.
                let replaced = try target.write { output in
                    people = try store.exportPeople(query, format: format, professionName: professionName, professionCode: code,
                                                    gradeCode: gradeCode, by: settings.user.value) { try output.write(contentsOf: $0) }
                }
                Diagnostics.record(.info, "people.exported", ["profession": code, "list": listText, "people": "\(people)",
                                                              "format": format.rawValue])
                guard case .file(let out) = target else { return }
                let absolute = URL(fileURLWithPath: out).standardizedFileURL.path
                FileHandle.standardError.write(Data("""
                    Wrote \(people) \(people == 1 ? "person" : "people") (\(query.criterion.title), \(code)) to \(absolute)\
                    \(replaced ? ", replacing the file that was there" : ""), readable by you only. Recorded in the access log.

                    """.utf8))
            } catch let error as UserFacingError {
                throw error
            } catch {
                Diagnostics.record(.error, "people.failed", ["profession": code, "list": listText, "reason": "\(error)"])
                throw UserFacingError("\(error)")
            }
        }
    }
}

extension PeopleListFormat: ExpressibleByArgument {}
