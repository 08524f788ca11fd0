import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// Records that the people on a list (or one of them) were followed up.
    struct FollowUpCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "follow-up",
            abstract: "Record that everyone on a list of people, or one person on it, was followed up.",
            discussion: """
            --who names the list as 'hopdash people' does: \(PeopleCriterion.vocabulary). Each person on it \
            (of --grade only, when given; only --staff-number, when given, who must be on the list) gains a \
            follow-up record: the list, --reason, --date and --note. The records are change-logged, one a \
            person, and exported; 'hopdash people' shows each person's latest, and the dashboard shows, \
            beside the list's figure, how many of those followed up in the last \(FollowUp.countedMonths) months \
            are still on it. One write: all are recorded, or none. The reason holds up to \
            \(FieldLimit.followUpReason.characters) characters, the note \(FieldLimit.note.characters).
            """)

        @OptionGroup var storeOptions: StoreOptions

        @OptionGroup var list: PeopleListOptions

        @Option(name: .customLong("staff-number"),
                help: ArgumentHelp("Only this person, who must be on the list.", valueName: "number"))
        var staffNumber: String?

        @Option(help: ArgumentHelp("Why, e.g. \"asked to complete the skills audit\".", valueName: "text"))
        var reason: String

        @Option(help: ArgumentHelp("A note kept with each follow-up.", valueName: "text"))
        var note: String = ""

        @Option(help: ArgumentHelp("The day of the follow-up (YYYY-MM-DD or DD/MM/YYYY). Default: today.", valueName: "date"))
        var date: String?

        @Option(help: ArgumentHelp("Who the change log names.",
                                   discussion: "Default: $HOPDASH_USER, else the config file's user, else your login name.",
                                   valueName: "name"))
        var user: String?

        @OptionGroup var logOptions: LogOptions

        func validate() throws {
            try DayOption.validate(date, option: "--date")
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--reason is empty; say why, e.g. --reason \"asked to complete the skills audit\".")
            }
        }

        func run() throws {
            let settings = try Configuration.settings(.init(store: storeOptions.store, user: user, logLevel: logOptions.logLevel))
            Diagnostics.start(settings, command: "follow-up")
            let path = settings.store.value
            guard FileManager.default.fileExists(atPath: path) else {
                throw UserFacingError("No store at \(path). Give --store PATH, or create one with 'hopdash init'.")
            }
            let day = date.flatMap(DayParser.day) ?? Day.today()
            let criterion = try list.criterion()
            let marked: Int
            let code: String
            do {
                let store = try Store.open(path: path, mode: .readWrite)
                var query = try store.peopleQuery(professionCode: list.profession, who: criterion, gradeCode: list.grade, today: list.day)
                code = try store.profession(id: query.professionId)?.code ?? list.profession
                if let staffNumber {
                    query.filter = staffNumber
                    let match = try store.peoplePage(query, limit: 1000)
                        .first { $0.staffNumber.caseInsensitiveCompare(staffNumber) == .orderedSame }
                    guard let person = match else {
                        throw UserFacingError.badInput("staff number \(staffNumber) is not on the list \(query.criterion.text) of \(code)"
                                                       + (list.grade.map { " at grade \($0)" } ?? "") + "; nothing recorded.")
                    }
                    _ = try store.markFollowedUp(staffId: person.id, on: query, reason: reason, note: note, date: day,
                                                 by: settings.user.value)
                    marked = 1
                } else {
                    marked = try store.markFollowedUp(everyoneOn: query, reason: reason, note: note, date: day,
                                                      by: settings.user.value)?.count ?? 0
                }
                Diagnostics.record(.info, "follow-up.recorded", ["profession": code, "list": query.criterion.text,
                                                                 "people": "\(marked)"])
                print("Recorded a follow-up for \(marked) \(marked == 1 ? "person" : "people") on \(query.criterion.text) (\(code)).")
            } catch let error as UserFacingError {
                throw error
            } catch let error as StoreError {
                if case .invalid = error { throw UserFacingError.badInput(error.description) }
                throw UserFacingError(error.description)
            } catch {
                throw UserFacingError("\(error)")
            }
        }
    }
}
