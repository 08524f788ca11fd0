import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// The dates the Heads of Profession forum or a seminar met.
    struct Forum: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark and list forum and seminar dates (the report says what moved since the last one).",
            subcommands: [Mark.self, List.self],
            defaultSubcommand: List.self)

        struct Mark: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Mark a day as a forum or seminar date.",
                discussion: "Every figure's history gets a point on that day; 'hopdash report' counts what moved since the latest one. Recorded in the change log.")

            @OptionGroup var storeOptions: StoreOptions

            @Option(help: ArgumentHelp("The day (YYYY-MM-DD or DD/MM/YYYY). Default: today.", valueName: "date"))
            var date: String?

            @Option(help: ArgumentHelp("What the meeting was (at most \(FieldLimit.forumTitle.characters) characters).",
                                       valueName: "text"))
            var title = "Forum"

            @Option(help: ArgumentHelp("Who the change log names.",
                                       discussion: "Default: $HOPDASH_USER, else the config file's user, else your login name.",
                                       valueName: "name"))
            var user: String?

            func validate() throws {
                try DayOption.validate(date, option: "--date")
                if let problem = FieldLimit.forumTitle.excess(title) { throw ValidationError("--title: \(problem).") }
            }

            func run() throws {
                let settings = try Configuration.settings(.init(store: storeOptions.store, user: user))
                let day = date.flatMap(DayParser.day) ?? Day.today()
                let saved: ForumDate
                do {
                    let store = try Store.open(path: settings.store.value, mode: .readWrite)
                    saved = try store.saveForumDate(ForumDate(date: day, title: title.trimmingCharacters(in: .whitespaces)),
                                                    by: settings.user.value)
                } catch {
                    throw UserFacingError("\(error)")
                }
                print(SafeText.line("Marked \(saved.label) as a forum date."))
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the marked forum and seminar dates, oldest first.",
                                                            discussion: "The store is opened read-only.")

            @OptionGroup var storeOptions: StoreOptions

            func run() throws {
                let path = try storeOptions.resolvedPath()
                let dates: [ForumDate]
                do { dates = try Store.open(path: path, mode: .readOnly).forumDates() } catch {
                    throw UserFacingError("\(error)")
                }
                guard !dates.isEmpty else { print("No forum date is marked."); return }
                for forum in dates { print(SafeText.line(forum.label)) }
            }
        }
    }
}
