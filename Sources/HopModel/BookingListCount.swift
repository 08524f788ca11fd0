/// What booking everyone on a plan line's list would do, counted before asking: the people on
/// the list (its grade and filter), those of them already on the line (booked, completed or
/// cancelled: none of them is booked again by the list), and the line's places and those taken.
public struct BookingListCount: Hashable, Sendable {
    public var onList: Int
    public var onLine: Int
    public var places: Int
    public var taken: Int
    public var skillName: String
    public var offerTitle: String

    public init(onList: Int, onLine: Int, places: Int, taken: Int, skillName: String, offerTitle: String) {
        self.onList = onList; self.onLine = onLine; self.places = places; self.taken = taken
        self.skillName = skillName; self.offerTitle = offerTitle
    }

    public var placesLeft: Int { max(0, places - taken) }

    /// On the list and not on the line yet.
    public var notOnLine: Int { max(0, onList - onLine) }

    /// How many the list would book: those not on the line, as far as the places go.
    public var toBook: Int { min(placesLeft, notOnLine) }

    /// "Case management: Practitioner course".
    public var lineName: String { "\(skillName): \(offerTitle)" }

    /// Why nobody would be booked, in words ("no place is left on …"); nil when someone would be.
    /// The app and the store both say it after "Nobody booked: ".
    public var refusal: String? {
        if placesLeft == 0 {
            return "no place is left on \(lineName) (\(FigureText.count(taken)) of \(FigureText.count(places)) taken)"
        }
        if notOnLine == 0 {
            return switch onList {
            case 0: "nobody is on the list"
            case 1: "the 1 person on the list is on the line already (booked, completed or cancelled)"
            default: "all \(FigureText.count(onList)) people on the list are on the line already (booked, completed or cancelled)"
            }
        }
        return nil
    }

    /// The question `B` asks: "Book 12 people on Case management: Practitioner course (12 of 20
    /// places left; 31 on the list, 19 already on the line or not reached)?"
    public var question: String {
        let people = toBook == 1 ? "1 person" : "\(FigureText.count(toBook)) people"
        return "Book \(people) on \(lineName) (\(FigureText.count(placesLeft)) of \(FigureText.count(places)) places left; "
            + "\(FigureText.count(onList)) on the list, \(FigureText.count(onList - toBook)) already on the line or not reached)?"
    }
}
