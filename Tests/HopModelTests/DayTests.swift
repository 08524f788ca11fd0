import Testing
@testable import HopModel

/// Days as the store keeps them: `YYYY-MM-DD`, only calendar days, nothing else.
@Suite struct DayTests {
    @Test(arguments: [("2026-02-28", true), ("2024-02-29", true), ("2026-12-31", true), ("1900-01-01", true), ("2999-12-31", true),
                      ("0001-01-01", false), ("1899-12-31", false), ("3000-01-01", false), ("9999-12-31", false),
                      ("2026-02-29", false), ("2026-13-01", false), ("2026-00-10", false), ("2026-04-31", false),
                      ("2026-2-01", false), ("2026-02-1", false), ("2026-02-011", false), ("2026/02/01", false),
                      ("", false), ("2026-02-0a", false), ("２０２６-０２-０１", false), ("+026-02-01", false),
                      ("2026-02-01 ", false)])
    func onlyCalendarDaysInTheStoresFormatAreRead(_ text: String, _ valid: Bool) {
        let day = Day(iso: text)
        #expect((day != nil) == valid)
        if let day { #expect(day.iso == text) }
    }

    @Test func ordinalRoundTripsAndArithmetic() {
        for iso in ["1900-01-01", "1999-12-31", "2999-12-31", "2000-02-29", "2026-11-23", "2100-03-01"] {
            let day = Day(iso: iso)!
            #expect(Day(ordinal: day.ordinal) == day)
        }
        #expect(Day(iso: "2026-01-31")!.adding(months: 1) == Day(iso: "2026-02-28"))
        #expect(Day(iso: "2026-04-01")!.days(until: Day(iso: "2027-04-01")!) == 365)
    }

    /// Arithmetic past the supported days stops at the first or last one instead of failing
    /// (it trapped in `init(ordinal:)` for --today 9999-12-31 or 0001-01-01).
    @Test func arithmeticStopsAtTheSupportedEnds() {
        #expect(Day.latest.adding(days: 400) == Day.latest)
        #expect(Day.earliest.adding(days: -400) == Day.earliest)
        #expect(Day.latest.adding(months: 12) == Day.latest)
        #expect(Day.earliest.adding(months: -60) == Day.earliest)
        #expect(Day(ordinal: -5) == Day.earliest && Day(ordinal: Int.max / 2) == Day.latest)
        #expect(Day.supportedRange == "from 1900-01-01 to 2999-12-31")
    }
}
