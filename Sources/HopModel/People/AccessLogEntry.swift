/// One list of named people taken out of the tool (exported, or written by `x` on a list):
/// who, when, which list and how many people, never their names (the store's `access_log`).
public struct AccessLogEntry: Hashable, Sendable, Identifiable {
    public var id: RowID
    /// ISO 8601 in UTC, as the change log has it.
    public var at: String
    public var user: String
    public var professionCode: String
    /// The list as `PeopleCriterion.text` writes it, with " grade G" when one grade only,
    /// and " (filtered)" when a filter narrowed it (the filter's text is not kept: it could
    /// be a name).
    public var list: String
    public var people: Int
    /// csv or markdown.
    public var format: String

    public init(id: RowID = 0, at: String = "", user: String = "", professionCode: String, list: String, people: Int,
                format: String) {
        self.id = id; self.at = at; self.user = user; self.professionCode = professionCode; self.list = list
        self.people = people; self.format = format
    }

    /// The list in words, as its screen titled it: "Never assessed, grade G7 (filtered)"; the
    /// stored text as it is when it does not read back as a list.
    public var listTitle: String {
        if list == OverdueItems.listName { return OverdueItems.title }
        var rest = Substring(list)
        let filtered = rest.hasSuffix(Self.filteredSuffix)
        if filtered { rest = rest.dropLast(Self.filteredSuffix.count) }
        var grade: Substring?
        if let range = rest.range(of: " grade ", options: .backwards) {
            grade = rest[range.upperBound...]
            rest = rest[..<range.lowerBound]
        }
        guard let criterion = try? PeopleCriterion.parse(String(rest)) else { return list }
        return criterion.title + (grade.map { ", grade \($0)" } ?? "") + (filtered ? Self.filteredSuffix : "")
    }

    static let filteredSuffix = " (filtered)"

    /// The `list` text for a query on a profession with this grade code (or nil).
    public static func listText(_ criterion: PeopleCriterion, gradeCode: String?, filtered: Bool) -> String {
        criterion.text + (gradeCode.map { " grade \($0)" } ?? "") + (filtered ? filteredSuffix : "")
    }
}
