import Foundation

/// A calendar date without a time zone, stored as `YYYY-MM-DD`.
///
/// Dates in hopdash are days (due dates, assessment dates, CPD dates); time zones would only
/// add ways to be off by one. `Day` validates on construction, so a `Day` always exists.
///
/// Days run from 1900-01-01 to 2999-12-31 (`supportedYears`): every date typed, imported,
/// restored or given on the command line is refused outside them, and arithmetic that would leave
/// them stops at the first or last day instead of failing.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public static let supportedYears = 1900...2999
    public static let earliest = Day(year: supportedYears.lowerBound, month: 1, day: 1)!
    public static let latest = Day(year: supportedYears.upperBound, month: 12, day: 31)!

    /// "from 1900-01-01 to 2999-12-31", for messages.
    public static var supportedRange: String { "from \(earliest.iso) to \(latest.iso)" }

    /// Fails for dates that do not exist (31 February, month 13) and outside `supportedYears`.
    public init?(year: Int, month: Int, day: Int) {
        guard Day.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly (ISO 8601 calendar date).
    public init?(iso text: String) {
        // By bytes: every stored date is read through here, thousands per dashboard.
        var fields = (year: 0, month: 0, day: 0)
        var count = 0
        for byte in text.utf8 {
            defer { count += 1 }
            switch count {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 0..<10:
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                if count < 4 { fields.year = fields.year * 10 + digit }
                else if count < 7 { fields.month = fields.month * 10 + digit }
                else { fields.day = fields.day * 10 + digit }
            default:
                return nil
            }
        }
        guard count == 10 else { return nil }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    public var iso: String {
        // By hand rather than String(format:): millions of rows are written by the generator.
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    public var description: String { iso }

    /// Day number since 0001-01-01 (proleptic Gregorian), for differences and arithmetic.
    public var ordinal: Int {
        var days = Day.firstOrdinal(ofYear: year)
        for m in 1..<month { days += Day.daysIn(month: m, year: year) }
        return days + day - 1
    }

    /// The ordinal of 1 January of `year`.
    static func firstOrdinal(ofYear year: Int) -> Int {
        let y = year - 1
        return y * 365 + y / 4 - y / 100 + y / 400
    }

    /// The day with this ordinal, or the first or last supported day when it is outside them.
    public init(ordinal: Int) {
        let ordinal = min(max(ordinal, Day.firstOrdinal(ofYear: Day.supportedYears.lowerBound)),
                          Day.firstOrdinal(ofYear: Day.supportedYears.upperBound + 1) - 1)
        var remaining = ordinal
        var y = 1 + remaining / 366
        while Day.firstOrdinal(ofYear: y + 1) <= remaining { y += 1 }
        remaining -= Day.firstOrdinal(ofYear: y)
        var m = 1
        while remaining >= Day.daysIn(month: m, year: y) {
            remaining -= Day.daysIn(month: m, year: y)
            m += 1
        }
        self.year = y
        self.month = m
        self.day = remaining + 1
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same day `months` later, clamped to the end of a shorter month (and to the supported days).
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let y = index / 12
        let m = index % 12 + 1
        if y < Day.supportedYears.lowerBound { return Day.earliest }
        if y > Day.supportedYears.upperBound { return Day.latest }
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Today in the local calendar. Only the executable calls this; everything else is given a day.
    public static func today(_ now: Date = Date()) -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return Day(year: c.year!, month: c.month!, day: c.day!) ?? (c.year! < supportedYears.lowerBound ? earliest : latest)
    }
}
