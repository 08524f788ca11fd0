/// The bookings one `B` on a plan line's list of people made: ids `firstId...lastId` (one
/// transaction, so consecutive), `count` of them, each a person booked on `line` on `booked`,
/// for the message that says what was done and for an undo that takes them all back.
public struct BookingBatch: Hashable, Sendable {
    public var line: PlanLineKey
    public var booked: Day
    public var firstId: RowID
    public var lastId: RowID
    public var count: Int
    /// The sum of the booked people's staff ids: with `count`, what tells the undo that the
    /// range still holds these bookings (an id freed by a deletion can be given to a new one).
    public var staffIdSum: Int64
    /// The line as the message names it: its skill and its offer's title.
    public var skillName: String
    public var offerTitle: String
    /// The line's places, and how many are left after the batch.
    public var places: Int
    public var placesLeft: Int

    public init(line: PlanLineKey, booked: Day, firstId: RowID, lastId: RowID, count: Int, staffIdSum: Int64,
                skillName: String, offerTitle: String, places: Int, placesLeft: Int) {
        self.line = line; self.booked = booked; self.firstId = firstId; self.lastId = lastId; self.count = count
        self.staffIdSum = staffIdSum
        self.skillName = skillName; self.offerTitle = offerTitle; self.places = places; self.placesLeft = placesLeft
    }

    /// "12 people" / "1 person".
    public var people: String { count == 1 ? "1 person" : "\(FigureText.count(count)) people" }

    /// "Case management: Practitioner course".
    public var lineName: String { "\(skillName): \(offerTitle)" }
}
