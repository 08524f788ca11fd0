import Foundation

/// Which people of a profession a list holds: the "who" of a drill-through from a figure, and
/// of `hopdash people --who`. One vocabulary, parsed here, for the command line and the app.
///
/// Each list holds exactly the people its dashboard figure counts (see `Store.peoplePage`).
public enum PeopleCriterion: Hashable, Sendable {
    /// No assessment of any of the profession's skills.
    case neverAssessed
    /// Assessed, but the latest assessment of any of the profession's skills is older than
    /// the audit cycle (`auditCycleMonths` before the day of the list).
    case auditOverdue
    /// The latest assessment of this skill is below the level required at the member's grade.
    case below(skill: String)
    /// The member's CPD category in the current cycle.
    case cpd(CPDReport.Category)
    /// The member's grade requires a qualification (this one, when named) they do not hold
    /// valid on the day of the list (never gained, or lapsed).
    case qualificationMissing(String?)
    /// The member holds every qualification their grade requires, but one lapses within
    /// `QualificationReport.expiringWithinDays` of the day of the list.
    case expiring

    /// A skills audit is due once every twelve months.
    public static let auditCycleMonths = 12

    /// The words `parse` accepts, for messages and help.
    public static let vocabulary = "never-assessed, audit-overdue, below:SKILL, cpd:completed, cpd:on-track, "
        + "cpd:behind, cpd:none, qualification-missing, qualification-missing:NAME or expiring"

    /// The text `parse` reads back: what the command line takes and the access log records.
    public var text: String {
        switch self {
        case .neverAssessed: "never-assessed"
        case .auditOverdue: "audit-overdue"
        case .below(let skill): "below:\(skill)"
        case .cpd(let category): "cpd:\(Self.cpdWord(category))"
        case .qualificationMissing(let name?): "qualification-missing:\(name)"
        case .qualificationMissing(nil): "qualification-missing"
        case .expiring: "expiring"
        }
    }

    /// A heading for the list, e.g. "Below requirement in Data analysis".
    public var title: String {
        switch self {
        case .neverAssessed: "Never assessed"
        case .auditOverdue: "Last assessed over \(Self.auditCycleMonths) months ago"
        case .below(let skill): "Below requirement in \(skill)"
        case .cpd(let category): "CPD \(category.label.lowercased())"
        case .qualificationMissing(let name?): "Missing \(name)"
        case .qualificationMissing(nil): "Missing a mandatory qualification"
        case .expiring: "A mandatory qualification lapses within \(QualificationReport.expiringWithinDays) days"
        }
    }

    /// What the value column of the list shows.
    public var valueHeading: String {
        switch self {
        case .neverAssessed: "Assessed"
        case .auditOverdue: "Last assessed"
        case .below: "Level (required)"
        case .cpd: "CPD hours (due)"
        case .qualificationMissing: "Missing"
        case .expiring: "Lapses"
        }
    }

    static func cpdWord(_ category: CPDReport.Category) -> String {
        switch category {
        case .completed: "completed"
        case .onTrack: "on-track"
        case .behind: "behind"
        case .noneLogged: "none"
        }
    }

    /// Reads `never-assessed`, `below:Data analysis`, `cpd:behind`... Words are matched
    /// ignoring case; a skill or qualification name is kept as given (the store matches it).
    public static func parse(_ text: String) throws(PeopleCriterionError) -> PeopleCriterion {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let word: Substring
        let argument: String?
        if let colon = trimmed.firstIndex(of: ":") {
            word = trimmed[..<colon]
            let rest = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            argument = rest
        } else {
            word = Substring(trimmed)
            argument = nil
        }
        switch (word.lowercased(), argument) {
        case ("never-assessed", nil): return .neverAssessed
        case ("audit-overdue", nil): return .auditOverdue
        case ("below", let skill?) where !skill.isEmpty: return .below(skill: skill)
        case ("below", _): throw PeopleCriterionError(text: text, reason: "below needs a skill, as in below:SKILL")
        case ("cpd", let category?):
            guard let match = CPDReport.Category.allCases.first(where: { cpdWord($0) == category.lowercased() }) else {
                throw PeopleCriterionError(text: text, reason: "CPD lists are cpd:completed, cpd:on-track, cpd:behind and cpd:none")
            }
            return .cpd(match)
        case ("cpd", nil):
            throw PeopleCriterionError(text: text, reason: "cpd needs a category: cpd:completed, cpd:on-track, cpd:behind or cpd:none")
        case ("qualification-missing", let name): return .qualificationMissing(name?.isEmpty == false ? name : nil)
        case ("expiring", nil): return .expiring
        default: throw PeopleCriterionError(text: text, reason: "it is not a list of people")
        }
    }
}

/// A "who" that `PeopleCriterion.parse` cannot read.
public struct PeopleCriterionError: Error, Hashable, Sendable, CustomStringConvertible {
    public var text: String
    public var reason: String

    public var description: String {
        "\"\(text)\": \(reason). Lists: \(PeopleCriterion.vocabulary)."
    }
}
