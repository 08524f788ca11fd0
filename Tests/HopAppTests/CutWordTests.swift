import Foundation
import Testing
import HopApp
import TerminalUI

/// No screen ends a run of text in a word cut short without "…". Every screen of the demo is
/// drawn at 80x24 and 200x60; a word that runs into a box edge or the end of a row must end in
/// "…" or be a word the screens show whole elsewhere (away from any edge).
@Suite struct CutWordTests {
    typealias Screen = ScreenPictureTests.Screen

    /// Whether column `x` of row `y` is the right edge of a box: a corner or tee that closes a
    /// box, or a vertical line that runs up to one. The left edge of a box drawn over the screen
    /// (an overlay covering text) is not a cut.
    static func isRightEdge(_ rows: [[Character]], x: Int, y: Int) -> Bool {
        var row = y
        while row >= 0, x < rows[row].count {
            switch rows[row][x] {
            case "┐", "┘", "┤": return true
            case "│": row -= 1
            default: return false
            }
        }
        return false
    }

    /// A word of letters only (a name, a sentence's word), without the punctuation around it.
    static func word(_ token: Substring) -> String? {
        let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: "().,;:?!\"'"))
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" || $0 == "…" }) else { return nil }
        return trimmed
    }

    /// The words of each row, each with whether it runs into a right edge (of a box or the row).
    /// The phrase is the word with the word before it, as drawn ("never assess"), when one
    /// space parts them.
    static func words(_ lines: [String]) -> [(word: String, atEdge: Bool, line: String, phrase: String)] {
        let rows = lines.map(Array.init)
        var out: [(String, Bool, String, String)] = []
        for (y, chars) in rows.enumerated() {
            var start: Int?, previous: Int?
            for i in 0...chars.count {
                let boundary = i == chars.count || chars[i] == " " || "│┌└├┐┘┤".contains(chars[i])
                if !boundary { if start == nil { start = i }; continue }
                guard let from = start else { if i < chars.count, chars[i] != " " { previous = nil }; continue }
                start = nil
                let atEdge = i == chars.count || isRightEdge(rows, x: i, y: y)
                let phraseStart = previous.map { from >= 2 && chars[from - 1] == " " && chars[from - 2] != " " ? $0 : from } ?? from
                if let word = word(Substring(String(chars[from..<i]))) {
                    out.append((word, atEdge, lines[y], String(chars[phraseStart..<i])))
                }
                previous = i < chars.count && chars[i] == " " ? from : nil
            }
        }
        return out
    }

    /// Whether a word at an edge was cut without a mark: it does not end in "…", and either the
    /// screen shows its phrase elsewhere running on into more letters ("never assess" of "never
    /// assessed" at another size), or no screen shows the word whole away from an edge.
    static func cutWithoutMark(_ found: (word: String, atEdge: Bool, line: String, phrase: String),
                               whole: Set<String>, screen: [String]) -> Bool {
        if found.word.hasSuffix("…") { return false }
        let runsOn = screen.contains { line in
            var rest = Substring(line)
            while let range = rest.range(of: found.phrase) {
                if let next = rest[range.upperBound...].first, next.isLetter { return true }
                rest = rest[range.upperBound...]
            }
            return false
        }
        return runsOn || !whole.contains(found.word)
    }

    static func lines(_ screen: Screen, _ size: Size) -> [String] {
        let app = DemoApp(size: size, screen.start,
                          store: [.changeLog, .recentChanges].contains(screen) ? DemoApp.freshDemo() : DemoApp.demo)
        screen.reach(app)
        // The title line is left out: its contacts run up to the date, not to an edge, and a
        // test of its own holds it to the same rule.
        return Array(app.backend.screen.lines.dropFirst())
    }

    @Test func noScreenEndsTextInAWordCutWithoutAMark() {
        let sizes = ScreenPictureTests.sizes
        var drawn: [(Screen, Size, [String])] = []
        for screen in Screen.allCases { for size in sizes { drawn.append((screen, size, Self.lines(screen, size))) } }
        let whole = Set(drawn.flatMap { Self.words($0.2) }.filter { !$0.atEdge }.map(\.word))
        var checked = 0
        for (screen, size, rows) in drawn {
            let everySize = drawn.filter { $0.0 == screen }.flatMap(\.2)
            for found in Self.words(rows) where found.atEdge {
                checked += 1
                guard Self.cutWithoutMark(found, whole: whole, screen: everySize) else { continue }
                Issue.record("\(screen.rawValue) at \(size.width)x\(size.height): \"\(found.word)\" is cut without a mark in\n\(found.line)")
            }
        }
        #expect(checked >= 5, "the scan found too few words at an edge to mean anything")
    }

    /// The scan catches a cut word, even one that is a word elsewhere ("assess"), when another
    /// size shows it running on; the same row ending in "…" passes.
    @Test func theScanFindsAWordCutWithoutAMark() {
        let wide = ["│Audited 652/709 (92%), 57 never assessed; professions help assess how │"]
        let small = ["┌ Skills ──────────────────────────────┐",
                     "│Audited 652/709 (92%), 57 never assess│"]
        let whole = Set(Self.words(wide).map(\.word))
        let cut = Self.words(small).filter(\.atEdge)
        #expect(cut.map(\.word) == ["assess"] && cut.map(\.phrase) == ["never assess"] && whole.contains("assess"))
        #expect(cut.allSatisfy { Self.cutWithoutMark($0, whole: whole, screen: wide + small) })
        let marked = Self.words(["┌ Skills ──────────────────────────────┐",
                                 "│Audited 652/709 (92%), 57 never asses…│"]).filter(\.atEdge)
        #expect(marked.map(\.word) == ["asses…"])
        #expect(!marked.contains { Self.cutWithoutMark($0, whole: whole, screen: wide + small) })
        // A word ending its line whole passes; one no screen shows whole fails.
        let legend = Self.words(["┌ Skills ──────────────────────────────┐", "│Levels: Foundation, Expert, Leader    │"]).filter { $0.word == "Leader" }
        #expect(legend.count == 1)
        for found in legend {
            #expect(!Self.cutWithoutMark(found, whole: ["Leader"], screen: []))
            #expect(Self.cutWithoutMark(found, whole: [], screen: []))
        }
        // Text running under a box drawn over it is covered, not cut.
        let covered = Self.words(["┌─────────────┐",
                                  "│Some text┌──┐│",
                                  "│Text cove│ab││"]).filter(\.atEdge)
        #expect(covered.map(\.word) == ["ab"])
    }
}
