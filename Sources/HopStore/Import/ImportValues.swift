import HopModel

/// Parsing of values as spreadsheets write them, with messages that say what was expected.
enum ImportValues {
    /// `YYYY-MM-DD`, or `DD/MM/YYYY` as UK spreadsheets show dates.
    static func day(_ text: String) -> Result<Day, Message> {
        if let day = Day(iso: text) { return .success(day) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let numbers = (text.contains("/") ? parts : text.split(separator: "-", omittingEmptySubsequences: false))
            .map { Int($0) }
        if numbers.count == 3, numbers.allSatisfy({ $0 != nil }) {
            let (a, b, c) = (numbers[0]!, numbers[1]!, numbers[2]!)
            let (year, month, day) = text.contains("/") ? (c, b, a) : (a, b, c)
            if year >= 1000, let parsed = Day(year: year, month: month, day: day) { return .success(parsed) }
            if year >= 1000 { return .failure(Message("date \"\(text)\" does not exist")) }
        }
        return .failure(Message("date \"\(text)\" is not a date; expected YYYY-MM-DD or DD/MM/YYYY"))
    }

    struct Message: Error, Equatable, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
