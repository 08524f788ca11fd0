import HopModel

/// Parsing of values as spreadsheets write them, with messages that say what was expected.
enum ImportValues {
    /// A cell's text as a message may quote it, or `otherwise`. Staff records are personal data
    /// and columns get pasted out of order, so text that could be a name is never echoed: only
    /// text without letters (numbers, dates), and, when `identifier` (staff numbers, grade,
    /// department and profession codes), code-shaped text: at most 12 characters without spaces
    /// that hold a digit ("G8", "CS000123"), or at most 4 with no small letters ("OPD"), never a
    /// word such as "Smith" or "SMITH". The message's FILE:LINE:COLUMN says where the cell is.
    static func quoted(_ text: String, identifier: Bool = false, otherwise: String = "in this cell") -> String {
        let codeShaped = text.count <= 12 && !text.contains(where: \.isWhitespace)
            && (text.contains(where: \.isNumber) || (text.count <= 4 && !text.contains(where: \.isLowercase)))
        let echo = !text.contains(where: \.isLetter) || (identifier && codeShaped)
        return echo ? "\"\(text)\"" : otherwise
    }

    /// A date as `DayParser` reads it (`YYYY-MM-DD` or `DD/MM/YYYY`, within the supported days).
    static func day(_ text: String) -> Result<Day, Message> {
        DayParser.parse(text).mapError { problem in
            Message("date \(quoted(text)) \(problem.summary); \(problem.expected)")
        }
    }

    /// Time spent in hours, as "1.5" or "1:30", in whole minutes (rounded to the nearest).
    static func minutes(hours text: String) -> Result<Int, Message> {
        let expected = "expected hours such as 1.5 or 1:30, more than 0 and at most \(Validate.minutesInAYear / 60)"
        var minutes: Int?
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, let hours = digits(parts[0]), parts[1].count == 2, let extra = digits(parts[1]), extra < 60 {
            minutes = hours * 60 + extra
        } else if parts.count == 1, !text.isEmpty, text.filter({ $0 == "." }).count <= 1,
                  text.allSatisfy({ $0 == "." || $0.isASCII && $0.isNumber }), text != ".", let hours = Double(text),
                  hours <= Double(Validate.minutesInAYear) {
            minutes = Int((hours * 60).rounded())
        }
        guard let minutes else { return .failure(Message("hours \(quoted(text)) is not a time; \(expected)")) }
        guard (1...Validate.minutesInAYear).contains(minutes) else {
            return .failure(Message("hours \(quoted(text)) is out of range; \(expected)"))
        }
        return .success(minutes)
    }

    /// Time spent in whole minutes.
    static func minutes(_ text: String) -> Result<Int, Message> {
        let expected = "expected whole minutes, 1 to \(Validate.minutesInAYear)"
        guard let minutes = digits(Substring(text)) else {
            return .failure(Message("minutes \(quoted(text)) is not a whole number; \(expected)"))
        }
        guard (1...Validate.minutesInAYear).contains(minutes) else {
            return .failure(Message("minutes \(minutes) is out of range; \(expected)"))
        }
        return .success(minutes)
    }

    /// A number of decimal digits only (no sign), of a sensible length.
    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    struct Message: Error, Equatable, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
