import Foundation
import HopModel
import TerminalUI

/// Number formats shared by every screen. A missing figure is shown as "-" with a reason
/// nearby, never as 0% or NaN.
enum Format {
    static func percent(_ ratio: Ratio?) -> String { FigureText.percent(ratio) }

    /// 1234567 -> "1,234,567".
    static func count(_ n: Int) -> String { FigureText.count(n) }

    /// Minutes as hours with at most one decimal: 90 -> "1.5 h", 120 -> "2 h".
    static func hours(minutes: Int) -> String {
        hoursValue(minutes: minutes) + " h"
    }

    static func hoursValue(minutes: Int) -> String {
        if minutes % 60 == 0 { return count(minutes / 60) }
        let tenths = Int((Double(minutes) / 6).rounded())
        return "\(count(tenths / 10)).\(tenths % 10)"
    }

    static func decimal(_ value: Double?, places: Int = 1) -> String { FigureText.decimal(value, places: places) }

    static let monthNames = FigureText.monthNames

    /// "Apr 2026".
    static func month(_ day: Day) -> String { FigureText.month(day) }

    /// "5 Mar 2026".
    static func date(_ day: Day?) -> String { FigureText.date(day) }

    /// Maturity level as "L3", or "-" when never assessed.
    static func level(_ level: Int?) -> String { FigureText.level(level) }

    static func signed(_ n: Int) -> String { FigureText.signed(n) }

    // MARK: For an audience: figures disclosed by `ProfessionFigures` (HopModel), printed with `FigureText`

    /// What a withheld percentage or mean prints as; the footnote explains it.
    static let withheld = FigureText.withheld

    // MARK: Clock times

    /// "09:05" in `timeZone`.
    static func clock(_ date: Date, timeZone: TimeZone) -> String {
        let parts = calendar(timeZone).dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "09:05" on the same day as `now`, else "5 Mar 09:05".
    static func clock(_ date: Date, relativeTo now: Date?, timeZone: TimeZone) -> String {
        let cal = calendar(timeZone)
        guard let now, !cal.isDate(date, inSameDayAs: now) else { return clock(date, timeZone: timeZone) }
        let parts = cal.dateComponents([.day, .month], from: date)
        return "\(parts.day ?? 1) \(monthNames[(parts.month ?? 1) - 1]) " + clock(date, timeZone: timeZone)
    }

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}

/// Status words and symbols: every status is shown as a symbol and/or word, with colour only
/// as an extra (projectors wash colours out; some users are colour-blind).
struct StatusMarks {
    let theme: Theme
    var symbols: Symbols { Symbols(theme) }

    func checklist(_ status: ChecklistStatus) -> (text: String, style: Style) {
        // A reader hears the word alone: the glyph would be spoken by its name, or not at all.
        if theme.screenReader {
            return switch status {
            case .done: ("Done", theme.good)
            case .inProgress: ("In progress", theme.warning)
            case .notStarted: ("Not started", theme.text)
            case .notApplicable: ("N/A", theme.muted)
            }
        }
        return switch status {
        case .done: (symbols.check + " Done", theme.good)
        case .inProgress: ((theme.unicode ? "◐" : "~") + " In progress", theme.warning)
        case .notStarted: ((theme.unicode ? "○" : "o") + " Not started", theme.text)
        case .notApplicable: ("- N/A", theme.muted)
        }
    }

    /// The mark before a category's name (which a reader hears alone: no mark).
    func cpd(_ category: CPDReport.Category) -> (mark: String, style: Style) {
        switch category {
        case _ where theme.screenReader: ("", theme.text)
        case .completed: (symbols.check, theme.good)
        case .onTrack: (symbols.arrowRight, theme.good)
        case .behind: (symbols.warning, theme.warning)
        case .noneLogged: (symbols.cross, theme.bad)
        }
    }

    func trend(_ delta: Int?) -> String {
        guard let delta else { return " " }
        if delta > 0 { return symbols.up }
        if delta < 0 { return symbols.down }
        return "="
    }

    /// Style for a share below requirement: the number is always printed beside it.
    func gapStyle(_ fraction: Double?) -> Style {
        guard let f = fraction else { return theme.muted }
        if f >= 0.4 { return theme.bad }
        if f >= 0.2 { return theme.warning }
        return theme.good
    }
}
