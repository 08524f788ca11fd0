/// The one reading of a date that a person wrote: in a form, a CSV import, a JSON restore or on
/// the command line.
///
/// Two forms only, both with every digit: `YYYY-MM-DD` (ISO 8601) and `DD/MM/YYYY` (as UK
/// spreadsheets show dates). "2026-2-3", "3/2/2026" and "+1/+2/2026" are refused, as are days
/// that do not exist (2026-02-31, 2026-13-45) and days outside `Day.supportedYears`.
public enum DayParser {
    /// The accepted forms, for messages.
    public static let forms = "YYYY-MM-DD or DD/MM/YYYY"

    /// Why a text is not a day.
    public enum Problem: Error, Hashable, Sendable {
        /// Not written in either form.
        case notADate
        /// Written in a form, but no such day in the calendar (month 13, 31 February).
        case doesNotExist
        /// A day of the calendar outside `Day.supportedYears`.
        case outsideSupportedDays

        /// What was expected instead, for a message ("...; expected ...").
        public var expected: String {
            switch self {
            case .notADate: "expected \(DayParser.forms)"
            case .doesNotExist: "expected a day of the calendar"
            case .outsideSupportedDays: "expected one \(Day.supportedRange)"
            }
        }

        /// The problem in a few words ("is not a date").
        public var summary: String {
            switch self {
            case .notADate: "is not a date"
            case .doesNotExist: "does not exist"
            case .outsideSupportedDays: "is outside the days hopdash keeps"
            }
        }
    }

    /// The day `text` names, or why it names none. Surrounding spaces are not trimmed here.
    public static func parse(_ text: String) -> Result<Day, Problem> {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return .failure(.notADate) }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let fields: (year: Int?, month: Int?, day: Int?)
        if bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
            fields = (number(0..<4), number(5..<7), number(8..<10))
        } else if bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/") {
            fields = (number(6..<10), number(3..<5), number(0..<2))
        } else {
            return .failure(.notADate)
        }
        guard let year = fields.year, let month = fields.month, let day = fields.day else { return .failure(.notADate) }
        if let parsed = Day(year: year, month: month, day: day) { return .success(parsed) }
        if !Day.supportedYears.contains(year) { return .failure(.outsideSupportedDays) }
        return .failure(.doesNotExist)
    }

    /// The day `text` names, or nil.
    public static func day(_ text: String) -> Day? {
        if case .success(let day) = parse(text) { return day }
        return nil
    }
}
