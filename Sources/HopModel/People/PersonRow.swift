/// One person on a list of people (`PeopleCriterion`): who they are, and the value that put
/// them on the list.
public struct PersonRow: Hashable, Sendable, Identifiable {
    /// The staff member's id.
    public var id: RowID
    public var name: String
    public var staffNumber: String
    public var grade: String
    public var gradeRank: Int
    public var department: String
    public var post: String
    /// What put them on the list, in words ("1 of 3", "4.5 of 12.3 h").
    public var value: String
    /// The same value as a number, for sorting by it ("never assessed" has 0).
    public var valueKey: Int64
    /// Their latest follow-up for any of the profession's lists, as "YYYY-MM-DD reason", or ""
    /// when none.
    public var latestFollowUp: String
    /// Their booking on the plan line the query names (`PeopleQuery.bookingLine`), if any.
    public var booking: Booking?

    public init(id: RowID, name: String, staffNumber: String, grade: String, gradeRank: Int, department: String,
                post: String, value: String, valueKey: Int64, latestFollowUp: String = "", booking: Booking? = nil) {
        self.id = id; self.name = name; self.staffNumber = staffNumber; self.grade = grade
        self.gradeRank = gradeRank; self.department = department; self.post = post
        self.value = value; self.valueKey = valueKey; self.latestFollowUp = latestFollowUp; self.booking = booking
    }

    /// The columns of an exported list, in order: these, the list's value, then
    /// `followUpHeading`.
    public static let columnHeadings = ["Name", "Staff number", "Grade", "Department", "Post"]
    public static let followUpHeading = "Latest follow-up"

    public func fields() -> [String] { [name, staffNumber, grade, department, post, value, latestFollowUp] }
}

/// The columns a list of people sorts by; ties go by name, then by id.
public enum PeopleSortColumn: String, CaseIterable, Sendable {
    case name, staffNumber, grade, department, value

    public var label: String {
        switch self {
        case .name: "name"
        case .staffNumber: "staff number"
        case .grade: "grade"
        case .department: "department"
        case .value: "value"
        }
    }
}

/// Where a page of a list of people starts (keyset pagination: from a neighbouring row, never
/// by counting rows from the top), in the list's own order.
public enum PeoplePageAnchor: Hashable, Sendable {
    case first
    case last
    case after(PersonRow)
    case before(PersonRow)
    /// From this row on, itself included: the rows in view read again in place.
    case from(PersonRow)
}

/// One list of people, as the store reads it a page at a time.
public struct PeopleQuery: Hashable, Sendable {
    public var professionId: RowID
    public var criterion: PeopleCriterion
    /// Only this grade (a cell of the skills heat map), or every grade.
    public var gradeId: RowID?
    /// A part of the name or staff number, ignoring case; empty for everyone.
    public var filter: String
    public var sort: PeopleSortColumn
    public var descending: Bool
    /// The day the list is as of: the CPD cycle and the audit cycle are counted from it.
    public var today: Day
    /// A plan line whose bookings a page's rows carry (the list a line is booked from); nil for none.
    public var bookingLine: PlanLineKey?

    public init(professionId: RowID, criterion: PeopleCriterion, gradeId: RowID? = nil, filter: String = "",
                sort: PeopleSortColumn = .name, descending: Bool = false, today: Day, bookingLine: PlanLineKey? = nil) {
        self.professionId = professionId; self.criterion = criterion; self.gradeId = gradeId
        self.filter = filter; self.sort = sort; self.descending = descending; self.today = today
        self.bookingLine = bookingLine
    }
}
