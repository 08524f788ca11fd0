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

    /// `YYYY-MM-DD`, or `DD/MM/YYYY` as UK spreadsheets show dates.
    static func day(_ text: String) -> Result<Day, Message> {
        if let day = isoDay(text) { return .success(day) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let numbers = (text.contains("/") ? parts : text.split(separator: "-", omittingEmptySubsequences: false))
            .map { Int($0) }
        if numbers.count == 3, numbers.allSatisfy({ $0 != nil }) {
            let (a, b, c) = (numbers[0]!, numbers[1]!, numbers[2]!)
            let (year, month, day) = text.contains("/") ? (c, b, a) : (a, b, c)
            if year >= 1000, !Day.supportedYears.contains(year) {
                return .failure(Message("date \(quoted(text)) is outside the days hopdash keeps; expected one \(Day.supportedRange)"))
            }
            if year >= 1000, let parsed = Day(year: year, month: month, day: day) { return .success(parsed) }
            if year >= 1000 { return .failure(Message("date \(quoted(text)) does not exist; expected a day of the calendar")) }
        }
        return .failure(Message("date \(quoted(text)) is not a date; expected YYYY-MM-DD or DD/MM/YYYY"))
    }

    /// `YYYY-MM-DD` read straight from the bytes: the common case, once per row.
    private static func isoDay(_ text: String) -> Day? {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var count = 0
        for (index, byte) in text.utf8.enumerated() {
            count += 1
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                digits.append(Int(byte - UInt8(ascii: "0")))
            }
        }
        guard count == 10 else { return nil }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        return Day(year: number(0..<4), month: number(4..<6), day: number(6..<8))
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
