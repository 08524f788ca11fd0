import ArgumentParser
import HopModel

/// The list of people a command works on, named as on the dashboard: the profession, which
/// list (`--who`), a grade, and the day it is as of. Shared by `people` and `follow-up`.
struct PeopleListOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The profession (its code).", valueName: "code"))
    var profession: String

    @Option(help: ArgumentHelp("Which people: \(PeopleCriterion.vocabulary).", valueName: "list"))
    var who: String

    @Option(help: ArgumentHelp("Only this grade (its code).", valueName: "grade"))
    var grade: String?

    @Option(help: ArgumentHelp("The list as of this day (YYYY-MM-DD or DD/MM/YYYY): the CPD and audit cycles count from it. Default: today.",
                               valueName: "date"))
    var today: String?

    func validate() throws {
        try DayOption.validate(today, option: "--today")
        do { _ = try PeopleCriterion.parse(who) } catch { throw ValidationError("--who \(error.description)") }
    }

    /// Which list; `validate` has checked it parses.
    func criterion() throws -> PeopleCriterion { try PeopleCriterion.parse(who) }

    /// The day the list is as of.
    var day: Day { today.flatMap(DayParser.day) ?? Day.today() }
}
