import Foundation
@testable import HopApp
import Testing

/// The README's key tables are the keymap's own text: this fails when a binding changes and the
/// README does not. `HOPDASH_WRITE_README_KEYS=1 swift test --filter ReadmeKeysTests` rewrites them.
@Suite struct ReadmeKeysTests {
    static let begin = "<!-- keys: generated from Keymap.bindings by KeyTable.markdown(); do not edit by hand -->"
    static let end = "<!-- end of keys -->"

    @Test func theReadmeListsExactlyTheKeymap() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(readme.range(of: Self.begin), "README.md has no generated key section")
        let stop = try #require(readme.range(of: Self.end, range: start.upperBound..<readme.endIndex))
        let expected = "\n\n" + KeyTable.markdown() + "\n\n"
        if ProcessInfo.processInfo.environment["HOPDASH_WRITE_README_KEYS"] == "1" {
            try (readme[..<start.upperBound] + expected + readme[stop.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(readme[start.upperBound..<stop.lowerBound]) == expected,
                "README.md's keys differ from the keymap: HOPDASH_WRITE_README_KEYS=1 swift test --filter ReadmeKeysTests")
    }

    @Test func theKioskExitIsOneRowWithItsKeysInOrder() {
        let exit = KeyTable.rows(.kiosk).filter { $0.description.hasPrefix("Exit") }
        #expect(exit.count == 1)
        #expect(exit.first?.keys == "Esc q u i t Enter")
    }
}
