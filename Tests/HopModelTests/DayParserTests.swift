import Testing
@testable import HopModel

/// The one reading of a date typed, imported, restored or given on the command line.
@Suite struct DayParserTests {
    @Test(arguments: [("2026-02-03", "2026-02-03"), ("03/02/2026", "2026-02-03"), ("14/07/2027", "2027-07-14"),
                      ("29/02/2024", "2024-02-29"), ("01/01/1900", "1900-01-01"), ("2999-12-31", "2999-12-31"),
                      ("31/12/2999", "2999-12-31")])
    func bothFormsWithEveryDigitAreRead(_ text: String, _ iso: String) {
        #expect(DayParser.day(text)?.iso == iso)
    }

    /// Before one parser, imports took "2026-2-3" and "+1/+2/2026" (each part read by `Int`).
    @Test(arguments: ["2026-2-3", "2026-02-3", "3/2/2026", "03/2/2026", "+1/+2/2026", "+1/02/2026", "01/02/+026",
                      "-1/02/2026", " 03/02/2026", "03/02/2026 ", "2026/02/03", "03-02-2026", "3.2.2026", "",
                      "０３/０２/２０２６", "2026-02-03T00:00", "20260203", "03/02/26", "1e/02/2026"])
    func looseFormsAreNotDates(_ text: String) {
        #expect(DayParser.parse(text) == .failure(.notADate))
    }

    @Test(arguments: ["2026-02-31", "2026-13-45", "31/02/2026", "00/01/2026", "01/00/2026", "29/02/2026", "2026-00-10"])
    func daysNotInTheCalendarDoNotExist(_ text: String) {
        #expect(DayParser.parse(text) == .failure(.doesNotExist))
    }

    @Test(arguments: ["9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01", "31/12/1899", "01/01/3000"])
    func daysOutsideTheSupportedOnesAreRefused(_ text: String) {
        #expect(DayParser.parse(text) == .failure(.outsideSupportedDays))
    }
}
