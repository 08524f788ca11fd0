import Foundation

/// A one-line progress bar with rate and time left, on stderr, only when stderr is a terminal
/// (never in a pipe or a log file).
final class ProgressBar {
    private let totalBytes: Int
    private let started = Date()

    /// Nil when stderr is not a terminal or the size is unknown.
    init?(totalBytes: Int) {
        guard isatty(STDERR_FILENO) == 1, totalBytes > 0 else { return nil }
        self.totalBytes = totalBytes
    }

    func show(_ bytes: Int) {
        let fraction = min(1, Double(bytes) / Double(totalBytes))
        let elapsed = Date().timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(bytes) / elapsed : 0
        let left = rate > 0 ? Double(totalBytes - bytes) / rate : 0
        let filled = Int(fraction * 30)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: 30 - filled)
        let line = String(format: "\r[%@] %3.0f%%  %.1f MB/s  %.0f s left ", bar, fraction * 100, rate / 1_000_000, left)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
