import Testing
@testable import TerminalUI
#if canImport(Glibc)
import Glibc

/// glibc's wcwidth (wchar.h declares it only for X/Open, so Swift's Glibc module lacks it).
@_silgen_name("wcwidth") private func c_wcwidth(_ character: Int32) -> Int32
#endif

/// The width table against the C library's `wcwidth`, which ncurses uses to place cells.
@Suite struct WidthTableTests {
    #if canImport(Glibc)
    /// A C.UTF-8 locale for this thread only (`uselocale`), so other tests keep theirs.
    nonisolated(unsafe) static let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

    @Test(.enabled(if: utf8Locale != nil, "the C.UTF-8 locale is not available, so wcwidth cannot be asked about Unicode"))
    func everyCodePointMatchesTheCLibrary() throws {
        let previous = uselocale(Self.utf8Locale!)
        defer { uselocale(previous) }
        var differing: [String] = []
        var assigned = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            if scalar.properties.generalCategory != .unassigned { assigned += 1 }
            let expected = Int(c_wcwidth(Int32(bitPattern: value)))
            let table = DisplayWidth.of(scalar: scalar)
            if table != expected { differing.append(String(format: "U+%04X table %d wcwidth %d", value, table, expected)) }
        }
        #expect(assigned > 100_000, "Swift knows \(assigned) assigned code points")
        #expect(differing.isEmpty, "\(differing.count) code points differ (run scripts/width-table.py): \(differing.prefix(20))")
    }
    #endif

    @Test func examplesThatDisagreedBefore() {
        // Hexagrams are two columns to the C library; the thermometer one.
        #expect(DisplayWidth.of("䷀䷀ Finance") == 12)
        #expect(DisplayWidth.of("🌡🌡 Policy") == 9)
        #expect(DisplayWidth.of(scalar: "\u{1F5A5}") == 1)
    }

    @Test func namesThatDisagreedBeforeKeepTheBorderInPlace() {
        for name in ["䷀䷀ Finance", "🌡🌡 Policy"] {
            var buffer = Buffer(size: Size(width: 16, height: 1))
            buffer.write("|", x: 0, y: 0)
            buffer.write(name, x: 1, y: 0, maxWidth: 14)
            buffer.write("|", x: 15, y: 0)
            // Each cell's text is as wide as the C library says; with the continuation cells,
            // the row is exactly as wide as the buffer.
            var columns = 0
            for x in 0..<16 where !buffer[x, 0].isContinuation { columns += max(1, DisplayWidth.of(buffer[x, 0].text)) }
            #expect(columns == 16, "\(buffer.lines[0])")
            #expect(buffer[15, 0].text == "|")
        }
    }
}
