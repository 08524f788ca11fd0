import Foundation
import HopModel
import Testing
import TerminalUI
@testable import HopApp

/// The kiosk read across a room: the overview pages when more professions exist than fit,
/// its big digits grow with the screen, and a profession with no data shows "no audit yet"
/// where a level would be.
@Suite struct KioskLegibilityTests {
    static let small = Size(width: 80, height: 24), wide = Size(width: 200, height: 60)

    /// `count` small professions, named so that their order is their number.
    static func professions(_ count: Int) -> [ProfessionData] {
        (1...count).map { i in
            ProfessionData(profession: Profession(id: RowID(i), code: "P\(i)", name: String(format: "Profession %02d", i)),
                           grades: Fixtures.grades, membership: [GradeMembership(gradeId: 4, members: 20 + i, assessed: 10)])
        }
    }

    static func kiosk(_ data: [ProfessionData], size: Size) -> AppState {
        var state = Fixtures.state(size: size, mode: .kiosk)
        state.kiosk = KioskState(options: KioskOptions(showSeminar: true, timeZone: TimeZone(identifier: "UTC")!))
        _ = Reducer.reduce(&state, .overviewLoaded(data))
        return state
    }

    static func screen(_ state: AppState, ascii: Bool = false) -> [String] {
        KioskScreen.render(state, theme: ascii ? Theme.monochrome.ascii() : .monochrome).trimmedLines
    }

    @Test func theOverviewPagesWhenMoreProfessionsExistThanFit() {
        var state = Self.kiosk(Self.professions(30), size: Self.small)
        let perPage = state.kiosk.overviewPerPage
        #expect(perPage == 11)
        #expect(state.kiosk.slides.prefix(4) == [.overview, .overviewPage(1), .overviewPage(2), .seminar])
        var seen: [String] = []
        for page in 0..<3 {
            let lines = Self.screen(state)
            #expect(lines[0].contains("30 professions · page \(page + 1) of 3"), "\(lines[0])")
            let names = lines.compactMap { line in line.range(of: "Profession \\d\\d", options: .regularExpression).map { String(line[$0]) } }
            seen += names
            let first = page * perPage + 1, last = min(30, first + perPage - 1)
            let note = "Professions \(first)-\(last) of 30" + (last < 30 ? ", \(30 - last) more on the next page." : ".")
            #expect(lines.contains { $0.hasPrefix(" " + note) }, "\(lines.joined(separator: "\n"))")
            // The service's big figures show on every page.
            #expect(lines[2].hasPrefix(" " + BigText.lines("30")[0]), "\(lines[2])")
            _ = Reducer.reduce(&state, .command(.nextSlide))
        }
        // Every profession on exactly one page, in order; then the rotation moves on.
        #expect(seen == (1...30).map { String(format: "Profession %02d", $0) })
        #expect(state.kiosk.current == .seminar)
    }

    /// The overview slide's table is laid out by `ColumnLayout`: a long name is cut with "…"
    /// at 80x24 and whole at 200x60, and the columns line up under their headings.
    @Test func theOverviewSlideWidensNamesOnAWideScreen() throws {
        let long = "Government Knowledge and Information Management Profession Network"
        var data = Self.professions(5)
        data[0].profession.name = long
        for size in [Self.small, Self.wide] {
            let lines = Self.screen(Self.kiosk(data, size: size))
            let header = try #require(lines.firstIndex { $0.contains("Checklist done") && $0.hasSuffix("Staff") }, "\(lines.joined(separator: "\n"))")
            let row = try #require(lines.firstIndex { $0.contains("Government Knowledge") }, "\(lines.joined(separator: "\n"))")
            if size == Self.wide {
                #expect(lines[row].contains(long + " "), "\(lines[row])")
            } else {
                #expect(!lines[row].contains(long) && lines[row].contains("…"), "\(lines[row])")
            }
            // Each figure ends under the end of its heading; the bar starts under "Checklist".
            let check = try #require(lines[header].range(of: "Checklist done")?.lowerBound)
            let column = lines[header].distance(from: lines[header].startIndex, to: check)
            let cells = Array(lines[row])
            #expect(cells.count > column && cells[column] != " " && cells[column - 1] == " ", "\(lines[header])\n\(lines[row])")
            #expect(lines[row].count == lines[header].count, "\(lines[header])\n\(lines[row])")
        }
    }

    @Test func aLargerScreenHoldsMoreAndKeepsTheOverviewShowing() {
        var state = Self.kiosk(Self.professions(30), size: Self.small)
        _ = Reducer.reduce(&state, .command(.nextSlide))
        _ = Reducer.reduce(&state, .command(.nextSlide))
        #expect(state.kiosk.current == .overviewPage(2))
        _ = Reducer.reduce(&state, .resized(Self.wide))
        // At 200x60 every profession fits one page: the slide shown becomes that page.
        #expect(state.kiosk.overviewPages == 1)
        #expect(state.kiosk.current == .overview)
        #expect(!Self.screen(state)[0].contains("page"))
        #expect(Self.screen(state).contains { $0.contains("Profession 30") })
    }

    /// The band's digits are three rows at 80x24 and three times that at 200x60, in UTF-8 and
    /// in ASCII; the labels sit under them.
    @Test(arguments: [false, true])
    func theBigDigitsGrowWithTheScreen(ascii: Bool) {
        let small = Self.screen(Self.kiosk(Self.professions(9), size: Self.small), ascii: ascii)
        let wide = Self.screen(Self.kiosk(Self.professions(9), size: Self.wide), ascii: ascii)
        let row = { (lines: [String]) in lines.firstIndex { $0.contains("professions") && $0.contains("members") } }
        #expect(row(small) == 2 + BigText.height)
        #expect(row(wide) == 2 + BigText.height(scale: 3), "\(wide.joined(separator: "\n"))")
        let nine = BigText.lines("9", unicode: !ascii, scale: 3)
        for (i, line) in nine.enumerated() {
            let drawn = " " + line
            #expect(wide[2 + i].hasPrefix(String(drawn.reversed().drop { $0 == " " }.reversed())), "\(wide[2 + i])")
        }
        // A profession's slide: its figure grows too, pushing the words under it down.
        func wordsRow(_ size: Size) -> Int? {
            var state = Self.kiosk(Self.professions(9), size: size)
            state.kiosk.step(by: 2)
            return Self.screen(state, ascii: ascii).firstIndex { $0.contains("applicable items done") }
        }
        #expect(wordsRow(Self.small) == 2 + BigText.height + 1)
        #expect(wordsRow(Self.wide) == 2 + BigText.height(scale: 3) + 1)
    }

    /// A profession with no data: no level on any slide, "no audit yet" where one would be.
    @Test func aProfessionWithNoDataShowsNoAuditYetOnEverySlide() {
        for size in [Self.small, Self.wide] { noAuditYet(at: size) }
    }

    func noAuditYet(at size: Size) {
        var empty = Fixtures.dataEthics()
        empty.membership = []
        var state = Self.kiosk([Fixtures.policy(), empty], size: size)
        var texts: [KioskSlide: String] = [:]
        for _ in state.kiosk.slides {
            texts[state.kiosk.current!] = Self.screen(state).joined(separator: "\n")
            _ = Reducer.reduce(&state, .command(.nextSlide))
        }
        let ethics = texts[.profession(2)] ?? ""
        #expect(ethics.contains("No audit yet"))
        #expect(ethics.contains("No audit yet: no one assessed."))
        #expect(!ethics.contains("evid L") && !ethics.contains("self L") && !ethics.contains("…"))
        #expect(texts[.seminar]?.contains("Data Ethics no audit yet") == true)
        let overview = texts[.overview] ?? ""
        let row = overview.split(separator: "\n").first { $0.contains("Data Ethics") } ?? ""
        #expect(!row.contains(" L1") && !row.isEmpty)
        // Policy, with data, still shows its levels.
        #expect(texts[.profession(1)]?.contains("self L4") == true)
    }
}
