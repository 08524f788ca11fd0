import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line on standard error that a long command (generate, import, export, backup, restore, collate)
/// keeps rewriting: how many rows are done, how fast, and, when the share done is known, a bar
/// and the time left. Only when standard error is a terminal: a pipe or a log file gets nothing.
public final class ProgressBar {
    private let unit: String
    private let write: (String) -> Void
    private let clock: () -> Date
    private let started: Date
    private var shown: Date?

    /// How often the line is rewritten at most.
    static let interval: TimeInterval = 0.2

    /// Nil when standard error is not a terminal.
    public convenience init?(unit: String = "rows") {
        self.init(unit: unit, isTerminal: isatty(STDERR_FILENO) == 1) { FileHandle.standardError.write(Data($0.utf8)) }
    }

    /// Nil when `isTerminal` is false; `write` receives the text to put on the terminal.
    public init?(unit: String, isTerminal: Bool, clock: @escaping () -> Date = { Date() },
                 write: @escaping (String) -> Void) {
        guard isTerminal else { return nil }
        self.unit = unit
        self.write = write
        self.clock = clock
        started = clock()
    }

    /// `done` rows so far; `fraction` (0 to 1) the share of the whole task done, when known.
    /// Rewrites the line at most every `interval`.
    public func show(_ done: Int, fraction: Double? = nil) {
        let now = clock()
        if let shown, now.timeIntervalSince(shown) < Self.interval { return }
        shown = now
        write("\r" + Self.line(unit: unit, done: done, fraction: fraction, elapsed: now.timeIntervalSince(started)) + "\u{1B}[K")
    }

    /// Replaces the line with `text` at once (for a stage whose progress cannot be counted,
    /// such as building the summaries after the last row), with the time taken so far.
    public func say(_ text: String) {
        let now = clock()
        shown = now
        write("\r" + text + "  " + Self.duration(now.timeIntervalSince(started)) + " so far\u{1B}[K")
    }

    /// Clears the line, when one was written.
    public func finish() {
        if shown != nil { write("\r\u{1B}[K") }
        shown = nil
    }

    /// The line, at most 79 columns: "[#####---------------]  25%  1,234,567 rows  45,678 rows/s  27 s left".
    public static func line(unit: String, done: Int, fraction: Double?, elapsed: TimeInterval) -> String {
        var parts: [String] = []
        if let fraction {
            let share = min(1, max(0, fraction))
            let filled = Int(share * 20)
            parts.append("[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 20 - filled) + "]")
            parts.append(String(format: "%3.0f%%", share * 100))
        }
        parts.append("\(grouped(done)) \(unit)")
        if elapsed >= 0.5 {
            parts.append("\(grouped(Int((Double(done) / elapsed).rounded()))) \(unit)/s")
            if let fraction, fraction > 0.001, fraction < 1 {
                parts.append(duration(elapsed * (1 - fraction) / fraction) + " left")
            }
        }
        return parts.joined(separator: "  ")
    }

    /// "1,234,567".
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return (number < 0 ? "-" : "") + text
    }

    /// "under 1 s", "27 s", "3 min 05 s", "1 h 07 min".
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        switch whole {
        case ..<1: return "under 1 s"
        case ..<60: return "\(whole) s"
        case ..<3600: return String(format: "%d min %02d s", whole / 60, whole % 60)
        default: return String(format: "%d h %02d min", whole / 3600, whole % 3600 / 60)
        }
    }
}
