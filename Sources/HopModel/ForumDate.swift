/// A date the Heads of Profession forum (or a seminar) met, marked so that every figure's
/// history has a point there and the report can say what moved since. A record like any other:
/// versioned, in the change log, undoable, exported and restored.
public struct ForumDate: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var date: Day
    /// "Forum", "Spring seminar": what the meeting was; may be blank.
    public var title: String
    public var version: Int

    public init(id: RowID = 0, date: Day, title: String = "", version: Int = 0) {
        self.id = id; self.date = date; self.title = title; self.version = version
    }

    /// "2026-03-12 Spring seminar", or the date alone.
    public var label: String { title.isEmpty ? date.iso : date.iso + " " + title }
}

extension Array where Element == ForumDate {
    /// The latest marked date on or before `day` (the forum "since" which a report counts).
    public func last(onOrBefore day: Day) -> ForumDate? {
        filter { $0.date <= day }.max { ($0.date, $0.id) < ($1.date, $1.id) }
    }
}

/// The latest forum on or before a day with every profession's figures kept on its date (by
/// profession id): the "then" of "what moved since the last forum", read alike by the report
/// and the kiosk.
public struct LastForum: Hashable, Sendable {
    public var forum: ForumDate
    public var figures: [RowID: [Figure: Ratio]]

    public init(forum: ForumDate, figures: [RowID: [Figure: Ratio]]) {
        self.forum = forum; self.figures = figures
    }
}
