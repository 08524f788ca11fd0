import Testing
import HopModel
import TerminalUI
import HopStore
@testable import HopApp

/// Screens compared with literal pictures (trailing spaces trimmed).
@Suite struct ScreenTests {
    func expectScreen(_ buffer: Buffer, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(buffer.trimmedLines == expected, "\n\(buffer.picture)", sourceLocation: sourceLocation)
    }

    @Test func overviewAt80x24() {
        let (_, backend) = run([])
        expectScreen(backend.screen, [
            " hopdash · Overview · 2 professions                                  1 Oct 2026",
            "┌ ▶ Cross-profession overview ─────────────────────────────────────────────────┐",
            "│Profession▲    Staff Pl Re Ca Pe Le Check   CPD Quals  Succ Below Largest gap │",
            "│Data Ethics *     12  -  -  -  -  -    0%     -     -     -     - -           │",
            "│Policy            18  4  3  -  -  -    6%   28%    0%     -   28%  40% Using …│",
        ] + Array(repeating: "│                                                                              │", count: 13) + [
            // The selected row's cells that were dropped for room, whole.
            "│Audit: 0%                                                                     │",
            "│Maturity 1-5: Pl=Planning Re=Recruitment Ca=Careers Pe=Performance Le=Learning│",
            // What the columns count takes two lines rather than cut "* new".
            "│Check: done · CPD: on track · Quals: all held · Succ: ready successor         │",
            "│Below: needs unmet · * new                                                    │",
            "└──────────────────────────────────────────────────────────── v: by department ┘",
            "Enter Open  / Filter  s Sort  r Reverse  o Overview  ? Help  q/Ctrl-C Quit",
        ])
    }

    @Test func professionDashboardAt80x24() {
        let (_, backend) = run([key(.down), key(.open)])
        expectScreen(backend.screen, [
            " hopdash · Policy (POL) · 18 staff · Head: Alex Example              1 Oct 2026",
            "┌ ▶ 1 Maturity ────────────────────────┐┌ 2 Skills gaps ───────────────────────┐",
            "│Area        Self Evid Gap   History   ││Skill              Asd     Below Short│",
            "│Planning      L4   L3  +1   ▂▆ ▲      ││Using evidence      15     6 40%   1.0│",
            "│Recruitment   L3   L1  +2 ⚠ ▄         ││Drafting            10     1 10%   1.0│",
            "│Careers        -   L1   -             ││                                      │",
            "│Performance    -   L1   -             ││                                      │",
            "│Learning       -   L1   -             ││                                      │",
            "│Mean self-assessed level 3.5          ││                                      │",
            "│⚠ self vs evidence 2+ apart           ││All skills: 7 of 25 below (28%)       │",
            "│Evid: checklist done, or by records   ││Audited 15/18 (83%), 3 never assessed │",
            "└────────────────── Enter: full screen ┘└─────────────────────────────────── 2 ┘",
            "┌ 3 CPD ───────────────────────────────┐┌ 4 Checklist ─────────────────────────┐",
            "│30 h per cycle, Apr 2026 to Mar 2027  ││Area          Done                    │",
            "│50% of cycle gone; 15.1 h due by now  ││Planning       1/2  50% ███████░░░░░░░│",
            "│✓ Completed 11%    → On track 17%     ││Recruitment    0/5   0% ░░░░░░░░░░░░░░│",
            "│⚠ Behind 22%       ✗ None logged 50%  ││Careers        0/2   0% ░░░░░░░░░░░░░░│",
            "│Completed or on track: 28% of 18      ││Performance    0/3   0% ░░░░░░░░░░░░░░│",
            "│⚠ Quals: 12 miss one, 0 lapse in 90d  ││Learning       0/4   0% ░░░░░░░░░░░░░░│",
            "│Types 1-2 of 3           Hours   Count││Overall 1/16 done (6%)                │",
            "│Course                      60       2││⚠late 1 overdue  ?owner 15 unowned    │",
            "│Secondment                  50       3││C02 due 1 Sep 2026: Professions help …│",
            "└─────────────────────────────────── 3 ┘└─────────────────────────────────── 4 ┘",
            "n New  Tab Pane  Enter Zoom  Esc Back  p Profession  ? Help  q/Ctrl-C Quit",
        ])
    }

    @Test func tooSmallSaysWhatItNeeds() {
        let (_, backend) = run([], size: Size(width: 30, height: 6))
        expectScreen(backend.screen, [
            "",
            "  Terminal too small: 30x6.",
            "hopdash needs at least 80x24.",
            "Enlarge the window, or press q",
            "           to quit.",
            "",
        ])
    }

    /// At every size from 1x1 up, the terminal shows exactly the frame drawn (nothing outside
    /// it, nothing left over). Below 80x24 it says it is too small: as much of the sentence as
    /// fits, in order, and all of it once there is room. From 80x24 each screen has its title
    /// and the date on the top row, its keys on the bottom row, its box edges whole on every row
    /// between, and every profession's and skill's name whole or ending in "…".
    @Test func everySizeDownToOneByOneShowsTheScreenOrSaysItIsTooSmall() {
        let store = TestStore.make()
        let open = [key(.down), key(.open)]
        let journeys: [(keys: [Key], title: String, footer: String)] = [
            ([], "Overview · 2 professions", "? Help"),
            (open, "Policy (POL) · 18 staff", "Tab Pane"),
            (open + [key(.focusPane(.skills)), key(.open)], "Policy (POL) · 18 staff", "Esc Back"),
            ([key(.showHelp)], "Overview · 2 professions", "Close"),
        ]
        let names = ["Data Ethics", "Policy", "Using evidence", "Drafting"]
        for width in [1, 2, 5, 20, 79, 80, 81, 120, 200] {
            for height in [1, 2, 3, 10, 23, 24, 25, 40] {
                for journey in journeys {
                    let (runtime, backend) = run(journey.keys, size: Size(width: width, height: height), store: store)
                    let lines = backend.screen.lines
                    let what = "\(journey.title) at \(width)x\(height):\n\(backend.screen.picture)"
                    #expect(lines == runtime.render().lines, "the terminal is not the frame: \(what)")
                    if width < 80 || height < 24 {
                        let sentence = "Terminal too small: \(width)x\(height). hopdash needs at least 80x24. Enlarge the window, or press q to quit."
                        // Word by word in order, each whole or cut short with "…".
                        let shown = lines.joined(separator: " ").split(separator: " "), words = sentence.split(separator: " ")
                        #expect(!shown.isEmpty && shown.count <= words.count, "\(what)")
                        for (word, wanted) in zip(shown, words) where word != wanted {
                            #expect(word.hasSuffix("…") && wanted.hasPrefix(word.dropLast()), "\(word) for \(wanted): \(what)")
                        }
                        if width >= 30 && height >= 6 { #expect(shown == words, "\(what)") }
                        continue
                    }
                    #expect(lines[0].hasPrefix(" hopdash · \(journey.title)") && lines[0].hasSuffix(" 1 Oct 2026 "), "\(what)")
                    #expect(lines[height - 1].contains(journey.footer), "\(what)")
                    for line in lines[1..<height - 1] {
                        #expect("┌│└".contains(line.first!) && "┐│┘".contains(line.last!), "box edge missing: \(what)")
                        for name in names where Self.cutWithoutMark(line, name) {
                            Issue.record("\(name) cut without a mark: \(what)")
                        }
                    }
                }
            }
        }
    }

    /// Whether `line` holds the start of `name` cut short without an ellipsis after it.
    static func cutWithoutMark(_ line: String, _ name: String) -> Bool {
        var rest = Substring(line)
        while let found = rest.range(of: name.prefix(4)) {
            let from = rest[found.lowerBound...]
            let common = zip(from, name).prefix { $0 == $1 }.count
            if common < name.count && !from.dropFirst(common).hasPrefix("…") { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// The header gives the head of profession's contact details as far as whole ones fit:
    /// at 80 columns the name without a piece of the e-mail.
    @Test func theHeaderGivesTheHeadsContactsWhole() {
        let header = run([key(.down), key(.open)]).backend.screen.lines[0]
        #expect(header.contains("Head: Alex Example ") && !header.contains("alex.") && !header.contains("…"), "\(header)")
        #expect(!Self.cutWithoutMark(header, "alex.example@example.org"), "\(header)")
    }

    @Test func widerTerminalUsesTheSpace() {
        let (_, backend) = run([key(.down), key(.open)], size: Size(width: 120, height: 40))
        let lines = backend.screen.trimmedLines
        // The full head-of-profession contact fits, and the skills pane gains its heat map.
        #expect(lines[0].contains("alex.example@example.org, 020 7946 0001"))
        #expect(lines[2].contains("SEO   G7"))
        #expect(lines.count == 40)
    }

    @Test func zoomedPanesShowTheDetail() {
        let skills = run([key(.down), key(.open), key(.focusPane(.skills)), key(.open)]).backend.screen.trimmedLines
        #expect(skills.contains("│Grade Req      L1     L2     L3     L4      Below                             │"))
        #expect(skills.contains("│G7    L3        0      4      6      0      4 40%                             │"))
        let checklist = run([key(.down), key(.open), key(.focusPane(.checklist)), key(.open)]).backend.screen.trimmedLines
        #expect(checklist.contains { $0.contains("Evidence: Minutes of the March board") })
        let maturity = run([key(.down), key(.open), key(.open)]).backend.screen.trimmedLines
        #expect(maturity.contains { $0.contains("Rationale: Workforce plan agreed with HR") })
    }

    @Test func noColorThemeStillMarksStatusInText() {
        let lines = run([key(.down), key(.open)], theme: .monochrome).backend.screen.trimmedLines
        #expect(lines.contains { $0.contains("✓ Completed") && $0.contains("✗ None logged") == false })
        #expect(lines.contains { $0.contains("+2 ⚠") })
        let ascii = run([key(.down), key(.open)], theme: Theme.monochrome.ascii()).backend.screen.lines
        #expect(ascii.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(ascii.joined(separator: "\n"))")
    }

    @Test func helpIsGeneratedFromTheKeymapAndSearchable() {
        let all = run([key(.showHelp)]).backend.screen.trimmedLines.joined(separator: "\n")
        #expect(all.contains("Open the selected profession's dashboard"))
        let searched = run([key(.showHelp)] + text("sort")).backend.screen.trimmedLines
        #expect(searched.contains { $0.contains("Sort by the next column") })
        #expect(!searched.contains { $0.contains("Quit") && !$0.contains("Search") })
        let none = run([key(.showHelp)] + text("zz")).backend.screen.trimmedLines
        #expect(none.contains { $0.contains("No key matches \"zz\".") })
    }
}

@Suite struct LayoutTests {
    /// Draws each rect as a box labelled with the first letter of its pane.
    func boxes(_ rects: [Pane: Rect], size: Size) -> [String] {
        var buffer = Buffer(size: size)
        for (pane, rect) in rects.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            Block(title: String(pane.title.prefix(1))).render(in: rect, buffer: &buffer, theme: Theme.monochrome.ascii())
        }
        return buffer.lines
    }

    @Test func fourPanesInAGrid() {
        let body = Layout.frame(Size(width: 20, height: 8)).body
        #expect(body == Rect(x: 0, y: 1, width: 20, height: 6))
        #expect(boxes(Layout.panes(body, zoomed: nil), size: Size(width: 20, height: 8)) == [
            "                    ",
            "+ M -----++ S -----+",
            "|        ||        |",
            "+--------++--------+",
            "+ C -----++ C -----+",
            "|        ||        |",
            "+--------++--------+",
            "                    ",
        ])
    }

    @Test func zoomedPaneFillsTheBody() {
        let body = Layout.frame(Size(width: 12, height: 5)).body
        #expect(boxes(Layout.panes(body, zoomed: .cpd), size: Size(width: 12, height: 5)) == [
            "            ",
            "+ C -------+",
            "|          |",
            "+----------+",
            "            ",
        ])
    }

    @Test func oddSizesSplitWithoutGapsOrOverlap() {
        for (w, h) in [(81, 25), (80, 24), (3, 3), (1, 1)] {
            let body = Layout.frame(Size(width: w, height: h)).body
            let rects = Layout.panes(body, zoomed: nil)
            let area = rects.values.reduce(0) { $0 + $1.width * $1.height }
            #expect(area == body.width * body.height)
        }
    }
}
