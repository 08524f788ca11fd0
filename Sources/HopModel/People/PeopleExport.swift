/// A list of people written to a file by `x` on the list: where, and how many people.
public struct PeopleExport: Hashable, Sendable {
    /// The file's absolute path.
    public var path: String
    public var people: Int

    public init(path: String, people: Int) { self.path = path; self.people = people }
}
