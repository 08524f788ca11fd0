import Foundation
import Testing
import TerminalUI

/// A screen compared, character for character, with a picture kept under `Pictures/` (trailing
/// spaces trimmed). `HOPDASH_RECORD_PICTURES=1 swift test --filter ScreenPictureTests` rewrites
/// the pictures from what the app draws now; review the diff before committing it.
enum Picture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Pictures")
    static let recording = ProcessInfo.processInfo.environment["HOPDASH_RECORD_PICTURES"] == "1"

    static func file(_ name: String, _ size: Size) -> URL {
        directory.appendingPathComponent("\(name).\(size.width)x\(size.height).txt")
    }

    /// Expects `buffer` to be exactly the picture `name` at the buffer's size.
    static func expect(_ buffer: Buffer, is name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // The terminal holds exactly its size: no row longer or shorter, none missing.
        #expect(buffer.lines.count == buffer.size.height, sourceLocation: sourceLocation)
        for line in buffer.lines where DisplayWidth.of(line) != buffer.size.width {
            Issue.record("a row \(DisplayWidth.of(line)) wide at width \(buffer.size.width): \(line)", sourceLocation: sourceLocation)
        }
        let actual = buffer.trimmedLines.joined(separator: "\n") + "\n"
        let url = file(name, buffer.size)
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no picture \(url.lastPathComponent); record it with HOPDASH_RECORD_PICTURES=1:\n\(actual)",
                         sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let row = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
        let wanted = row < want.count ? String(want[row]) : "(none)"
        let drawn = row < got.count ? String(got[row]) : "(none)"
        Issue.record("""
            \(url.lastPathComponent) differs from row \(row):
              expected: \(wanted)
              drawn:    \(drawn)
            The whole screen drawn:
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}
