/// That a person was followed up for being on a list of people (`PeopleCriterion`): asked to
/// complete the skills audit, reminded of their CPD. A record like any other: versioned,
/// change-logged, exported, undoable.
public struct FollowUp: Hashable, Sendable, Identifiable {
    public var id: RowID
    public var staffId: RowID
    /// The profession whose list the person was on.
    public var professionId: RowID
    /// The list, as `PeopleCriterion.text` ("cpd:behind", "below:Data analysis").
    public var list: String
    public var reason: String
    public var date: Day
    public var note: String
    public var version: Int

    public init(id: RowID = 0, staffId: RowID, professionId: RowID, list: String, reason: String, date: Day,
                note: String = "", version: Int = 0) {
        self.id = id; self.staffId = staffId; self.professionId = professionId; self.list = list
        self.reason = reason; self.date = date; self.note = note; self.version = version
    }

    /// How long a follow-up counts on the dashboard ("followed up, not yet improved"): one
    /// audit cycle, as a list's people are expected to move within it (DECISIONS).
    public static let countedMonths = PeopleCriterion.auditCycleMonths
}

/// The follow-ups one mark of a whole list wrote: ids `firstId...lastId` (one transaction, so
/// consecutive), `count` of them, all alike but for the person (`template`, its staff id 0),
/// for an undo that takes them all back.
public struct FollowUpBatch: Hashable, Sendable {
    public var template: FollowUp
    public var firstId: RowID
    public var lastId: RowID
    public var count: Int

    public init(template: FollowUp, firstId: RowID, lastId: RowID, count: Int) {
        self.template = template; self.firstId = firstId; self.lastId = lastId; self.count = count
    }
}

/// Beside a figure with a list: of the people followed up for that list in the last
/// `FollowUp.countedMonths`, how many are still on it ("followed up, not yet improved").
public struct FollowUpProgress: Hashable, Sendable {
    public var followedUp: Int
    public var stillOnList: Int

    public init(followedUp: Int, stillOnList: Int) {
        self.followedUp = followedUp; self.stillOnList = stillOnList
    }

    /// Those followed up who have moved off the list since.
    public var improved: Int { followedUp - stillOnList }
}
