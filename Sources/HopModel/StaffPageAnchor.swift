/// Where a page of staff, listed by name then id, starts (keyset pagination: a page is found
/// from a neighbouring row, never by counting rows from the top).
public enum StaffPageAnchor: Hashable, Sendable {
    /// The first rows.
    case first
    /// The last rows.
    case last
    /// The rows after this one.
    case after(StaffMember)
    /// This row (or where it would sort, if it has gone) and the rows after it.
    case startingAt(StaffMember)
    /// The rows before this one.
    case before(StaffMember)
}
