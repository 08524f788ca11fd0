import Testing
import HopApp
import TerminalUI

/// Screens that fit the terminal: the findings of trying the demo at 80x24 and 200x60, each
/// held by what the screen shows.
@Suite struct ScreensThatFitTests {
    static let small = Size(width: 80, height: 24), large = Size(width: 200, height: 60)

    func policy(_ size: Size) -> DemoApp {
        let app = DemoApp(size: size)
        app.open("POL")
        return app
    }

    @Test func theTitleLineGivesTheHeadsContactsAsFarAsWholeOnesFitBesideTheDate() {
        let small = policy(Self.small).screen[0]
        #expect(small.contains("Head: Corvane Thistledale   ") && small.hasSuffix(" 1 Oct 2026"))
        #expect(!small.contains("…"))
        #expect(policy(Self.large).screen[0].contains("Head: Corvane Thistledale, corvane.thistledale@dfa.example.org, 020 7946 0111"))
    }

    @Test func theSkillsFullScreenAt80KeepsNamesReadableAndScrollsItsGrades() {
        let app = policy(Self.small)
        app.press(.focusPane(.skills), .open)
        #expect(app.screen[2].hasPrefix("│Skill"))
        #expect(app.screen.contains { $0.hasPrefix("│Consultation design ") })
        // Five grades fit beside the names and each skill's trend.
        #expect(app.screen.contains { $0.contains("Grades hidden: G7-SCS3 → (←/→ scroll)") })
        #expect(!app.screen[2].contains("SCS1"))
        // → moves the figure cursor a grade at a time; the columns follow it: ten steps reach
        // the last grade (the window scrolls by five), an eleventh goes no further.
        for _ in 0..<11 { app.press(.scrollRight) }
        #expect(app.screen.contains { $0.contains("Grades hidden: ← AA-SEO (←/→ scroll)") })
        #expect(app.screen[2].hasSuffix("SCS3│"))
        // Back seven grades to EO: the window follows it by three.
        for _ in 0..<7 { app.press(.scrollLeft) }
        #expect(app.screen.contains { $0.contains("Grades hidden: ← AA-AO · SCS1-SCS3 → (←/→ scroll)") })
    }

    @Test func theCPDPaneAt80ShowsSeveralActivityTypesAndSaysWhichOfHowMany() {
        let app = policy(Self.small)
        let pane = app.screen.map { String($0.prefix(40)) }
        let types = ["Course", "Secondment", "Self-study"]
        for type in types { #expect(pane.contains { $0.hasPrefix("│" + type) }, "\(type)") }
        #expect(pane.contains { $0.hasPrefix("│Types 1-3 of 7") })
    }

    @Test func theHelpPagesWithPgDnAndSaysWhereItIs() {
        let app = DemoApp(size: Self.small)
        app.press(.showHelp)
        let first = app.screen
        #expect(first.contains { $0.contains("Lines 1-17 of") && $0.contains("PgUp/PgDn") })
        app.press(.pageDown)
        #expect(app.screen.contains { $0.contains("Lines 18-34 of") })
        #expect(app.screen != first)
        // Paging past the end stops at the last page, so one PgUp moves back at once.
        for _ in 0..<20 { app.press(.pageDown) }
        let last = app.screen
        app.press(.pageUp)
        #expect(app.screen != last)
    }

    @Test func theHelpListsTheKioskExitSequenceAsOneEntryWithItsKeysWhole() {
        let app = DemoApp(size: Self.small)
        app.press(.showHelp)
        app.type("Exit")
        let lines = app.screen.filter { $0.contains("Esc q u i t Enter") || $0.contains("Exit: press Esc") }
        #expect(lines.count == 2)
        #expect(!app.screen.contains { $0.contains("Ent…") })
    }

    @Test func theHintBarShowsEditingKeysAsRoomAllows() {
        let small = policy(Self.small).screen.last ?? ""
        #expect(small.contains("n New") && small.contains("? Help") && small.contains("q/Ctrl-C Quit"))
        let large = policy(Self.large).screen.last ?? ""
        for hint in ["n New", "p Profession", "c Changes", "s Skills", "m Members", "M Movements", "o Overview", "] Next"] {
            #expect(large.contains(hint), "\(hint)")
        }
    }

    @Test func aDeleteQuestionOnTheOverviewKeepsTheRowItAsksAboutInView() {
        let app = DemoApp(size: Self.small)
        app.press(.bottom, .deleteSelected)
        let question = app.screen.firstIndex { $0.contains("Delete") } ?? 0
        let row = app.screen.firstIndex { $0.hasPrefix("│Project Deli") }
        #expect(row != nil)
        #expect((row ?? .max) < question)
    }

    @Test func nameColumnsAreWiderOnAWideTerminalAndACutNameIsShownWholeForTheSelectedRow() {
        let small = DemoApp(size: Self.small), large = DemoApp(size: Self.large)
        for app in [small, large] { app.select("DDAT") }
        // At 80 columns the columns that give way (audit, below, trend) leave their room to the
        // names (decision 94): the selected row's detail line says their values.
        #expect(small.screen.contains { $0.hasPrefix("│Digital, Data and …") })
        #expect(!small.screen.contains { $0.contains(" Trend ") })
        #expect(small.screen.contains { $0.hasPrefix("│Profession: Digital, Data and Technology · Audit: ") && $0.contains("Trend: +") })
        #expect(large.screen.contains { $0.contains(" Succ Audit Below Trend Largest gap") })
        #expect(large.screen.contains { $0.hasPrefix("│Digital, Data and Technology ") })
        #expect(!large.screen.contains { $0.hasPrefix("│Profession: ") })
    }

    /// The profession form at 80x24 gives its values the room beside the labels: Operational
    /// Delivery's e-mail and its four levels read whole; an error narrows the values to show it.
    @Test func aFormsValuesReadWholeAt80UntilAnErrorNeedsTheRoom() {
        let app = DemoApp(size: Self.small)
        app.open("OPD")
        app.press(.editProfession)
        #expect(app.screen.contains { $0.contains("Email      marisel.kettleworth@dfa.example.org ") }, "\(app.screen.joined(separator: "\n"))")
        #expect(app.screen.contains { $0.contains("Awareness, Working, Practitioner, Expert") })
        // An empty code is refused on save: its error shows beside the narrowed values.
        for _ in 0..<3 { app.send(.backspace) }
        app.send(.ctrl("s"))
        #expect(app.screen.contains { $0.contains("⚠") }, "\(app.screen.joined(separator: "\n"))")
        #expect(!app.screen.contains { $0.contains("marisel.kettleworth@dfa.example.org") })
    }
}
