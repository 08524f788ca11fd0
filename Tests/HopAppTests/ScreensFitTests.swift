import Foundation
import Testing
import HopApp
import TerminalUI

/// Screens that fit: counts that say what is shown, columns that line up, labels read whole,
/// and the room of a wide terminal used.
@Suite struct ScreensFitTests {
    typealias Screen = ScreenPictureTests.Screen
    static let small = Size(width: 80, height: 24), wide = Size(width: 200, height: 60)

    static func app(_ screen: Screen, _ size: Size) -> DemoApp {
        let app = DemoApp(size: size, screen.start)
        screen.reach(app)
        return app
    }

    @Test func theOverviewTitleCountsWhatTheFilterShows() {
        let app = DemoApp(size: Self.small)
        #expect(app.screen[0].contains("Overview · 9 professions"))
        app.press(.startFilter)
        app.type("Policy")
        #expect(app.screen[0].contains("Overview · 1 of 9 professions"), "\(app.screen[0])")
        app.press(.closeOverlay)
        #expect(app.screen[0].contains("Overview · 1 of 9 professions"), "\(app.screen[0])")
    }

    @Test(arguments: [small, wide])
    func theGapColumnsPercentagesLineUp(at size: Size) {
        // Rows with a checklist, a CPD and a gap figure (and a qualifications one, where the
        // profession has mandatory ones): the gap's "%", the last, sits in one column.
        // The selected row's detail line ("Audit: 83% · Below: 17% · ...") is not a row.
        let rows = Self.app(.overview, size).screen.filter { $0.filter { $0 == "%" }.count >= 3 && !$0.contains(": ") }
        let columns = Set(rows.map { row in
            Array(row).enumerated().filter { $0.element == "%" }.map(\.offset).last!
        })
        #expect(rows.count == 9 && columns.count == 1, "\(rows.joined(separator: "\n"))")
    }

    @Test func formLabelsReadWhole() {
        let app = DemoApp(size: Self.small)
        Screen.skillList.reach(app)
        app.press(.down, .editSelected)
        let text = app.screen.joined(separator: "\n")
        for label in ["Need at SCS1", "Need at SCS2", "Need at SCS3", "Need at HEO"] {
            #expect(text.contains(label), "\(text)")
        }
    }

    @Test func aWideTerminalWidensTheNameColumns() {
        func column(_ header: String, _ lines: [String]) -> Int? {
            for line in lines { if let r = line.range(of: header) { return line.distance(from: line.startIndex, to: r.lowerBound) } }
            return nil
        }
        // Overview: the name column ("Staff" comes later) and the gap column.
        let overview = (Self.app(.overview, Self.small).screen, Self.app(.overview, Self.wide).screen)
        #expect(column("Staff", overview.1)! > column("Staff", overview.0)!)
        #expect(overview.1.contains { $0.contains("Governance and assurance") })
        // Directory: names whole and a wider e-mail column beside wider role and name columns.
        let directory = (Self.app(.directory, Self.small).screen, Self.app(.directory, Self.wide).screen)
        #expect(directory.1.contains { $0.contains("Corvane Thistledale") && $0.contains("corvane.thistledale@dfa.example.org") })
        #expect(column("Name", directory.1)! > column("Name", directory.0)!)
        #expect(column("Email", directory.1)! > column("Email", directory.0)!)
        // The checklist's owners read whole.
        #expect(Self.app(.checklistZoomed, Self.wide).screen.contains { $0.contains("Corvane Thistledale ") })
        // The help and the form grow beyond the 78 columns they have at 80 wide.
        for screen in [Screen.help, .checklistForm] {
            let top = Self.app(screen, Self.wide).screen.first { $0.contains("┌ ▶ Help") || $0.contains("┌ ▶ Checklist C02") }!
            let box = top[top.range(of: "┌ ▶")!.lowerBound...].prefix { $0 != "┐" }
            #expect(box.count + 1 > 100, "\(screen.rawValue): \(top)")
        }
    }

    @Test func theHelpWrapsLongDescriptions() {
        let app = DemoApp(size: Self.small)
        app.press(.showHelp)
        app.type("directory")
        let text = app.screen.map { $0.trimmingCharacters(in: .init(charactersIn: "│ ")) }.joined(separator: " ")
        #expect(text.contains("every head of profession and departmental lead with contact details"), "\(app.screen.joined(separator: "\n"))")
    }

    /// At 200 columns the directory adds each row's role and spreads over the width: the phone
    /// column ends at the border instead of half the screen staying blank; at 80 the indent
    /// alone tells a lead from a head.
    @Test func theDirectoryUsesAWideTerminalsRoom() {
        let wide = Self.app(.directory, Self.wide).screen
        #expect(wide.contains { $0.hasPrefix("│Profession / dept.") && $0.contains(" Role ") }, "\(wide.joined(separator: "\n"))")
        #expect(wide.contains { $0.contains("Head of profession") && $0.hasSuffix("020 7946 0111│") })
        #expect(wide.contains { $0.contains("Departmental lead") })
        #expect(!Self.app(.directory, Self.small).screen.contains { $0.contains(" Role ") })
    }

    /// The zoomed maturity pane names each area whole where the terminal is wide enough.
    @Test func theMaturityPaneNamesAreasWholeOnAWideTerminal() {
        let wide = Self.app(.maturityZoomed, Self.wide).screen
        #expect(wide.contains { $0.hasPrefix("│Career and talent management and succession planning ") })
        #expect(Self.app(.maturityZoomed, Self.small).screen.contains { $0.hasPrefix("│Career and talent management and succes…") })
    }
}
