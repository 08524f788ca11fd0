import ArgumentParser
import HopModel

/// A date given on the command line, read as forms and imports read one (`DayParser`).
enum DayOption {
    /// Refuses `text` unless it names a supported day, saying which forms are accepted.
    static func validate(_ text: String?, option: String) throws {
        guard let text, case .failure = DayParser.parse(text) else { return }
        throw ValidationError("\(option) \"\(SafeText.line(text))\" is not a day \(Day.supportedRange) "
                              + "in the form \(DayParser.forms).")
    }
}
