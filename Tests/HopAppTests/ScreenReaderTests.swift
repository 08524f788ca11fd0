import Testing
import HopApp
import HopModel
import TerminalUI

/// Screen-reader mode: the demo's screens with no box drawing or decorative glyphs, the title
/// of what has focus on the first line, one pane at a time, and the terminal cursor on the
/// selected row.
@Suite struct ScreenReaderTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 200, height: 60)]

    /// Box drawing, block elements, geometric shapes, arrows, the dingbat marks and the angle
    /// quotes a field's scroll marks use.
    static func glyphs(_ lines: [String]) -> [String] {
        lines.joined().unicodeScalars.filter {
            (0x2190...0x21FF).contains($0.value) || (0x2500...0x25FF).contains($0.value)
                || (0x2600...0x27BF).contains($0.value) || (0x2B00...0x2BFF).contains($0.value)
                || $0.value == 0x2039 || $0.value == 0x203A
        }.map { String($0) }
    }

    /// Every screen and overlay the dashboard shows (the kiosk is never drawn for a reader), with
    /// the hint bar, the help's key names and the text inside them: no arrow or other glyph
    /// stays, whether it was drawn as a mark or written into a sentence or a key's name.
    @Test(arguments: ScreenPictureTests.Screen.allCases.filter { $0.start != .kiosk }, sizes)
    func noScreenShowsAGlyph(_ screen: ScreenPictureTests.Screen, size: Size) {
        let app = DemoApp(size: size, screen.start,
                          store: [.changeLog, .recentChanges].contains(screen) ? DemoApp.freshDemo() : DemoApp.demo,
                          screenReader: true)
        screen.reach(app)
        #expect(Self.glyphs(app.screen).isEmpty, "\(Set(Self.glyphs(app.screen)).sorted()): \(app.backend.screen.picture)")
        // The help's every page.
        if screen == .help {
            for _ in 0..<20 {
                app.press(.pageDown)
                #expect(Self.glyphs(app.screen).isEmpty, "\(Set(Self.glyphs(app.screen)).sorted()): \(app.backend.screen.picture)")
            }
        }
    }

    /// The screen's line that shows `text`, where the cursor must be.
    func line(showing text: String, in app: DemoApp) -> Int? {
        app.screen.firstIndex { $0.contains(text) }
    }

    @Test(arguments: sizes) func theOverviewHasNoGlyphsItsTitleFirstAndTheCursorOnTheSelection(size: Size) throws {
        let app = DemoApp(size: size, screenReader: true)
        #expect(app.screen[0].hasPrefix("Cross-profession overview"), "\(app.screen[0])")
        #expect(Self.glyphs(app.screen).isEmpty, "\(Self.glyphs(app.screen))")
        app.press(.down, .down, .down)
        let selected = try #require(app.runtime.state.overview.selected)
        #expect(app.runtime.state.overview.position.selected == 3)
        let cursor = try #require(app.backend.cursor)
        #expect(cursor.y == line(showing: selected.name, in: app), "\(app.backend.screen.picture)")
        #expect(cursor.x == 1)
    }

    @Test(arguments: sizes) func aDashboardShowsOnePaneAtATimeWithItsTitleFirst(size: Size) throws {
        let app = DemoApp(size: size, screenReader: true)
        app.open("DDAT")
        #expect(app.screen[0].hasPrefix("1 Maturity"), "\(app.screen[0])")
        #expect(!app.screen.joined().contains("Skills gaps"), "only the focused pane: \(app.backend.screen.picture)")
        #expect(Self.glyphs(app.screen).isEmpty, "\(Self.glyphs(app.screen))")
        app.press(.nextPane)
        #expect(app.screen[0].hasPrefix("2 Skills gaps"), "\(app.screen[0])")
        #expect(!app.screen.joined().contains("Maturity"))
        // The fourth skill as the pane lists them (the first on the line under the header).
        let header = try #require(app.screen.firstIndex { $0.hasPrefix(" Skill ") })
        let fourth = app.screen[header + 4]
        app.press(.down, .down, .down)
        #expect(app.runtime.state.profession?.position(.skills).selected == 3)
        let cursor = try #require(app.backend.cursor)
        #expect(cursor.y == header + 4 && app.screen[cursor.y] == fourth, "\(app.backend.screen.picture)")
        #expect(Self.glyphs(app.screen).isEmpty, "\(Self.glyphs(app.screen))")
        // Every pane, zoomed or not, draws no glyph.
        for _ in 0..<4 {
            app.press(.nextPane)
            #expect(Self.glyphs(app.screen).isEmpty, "\(app.backend.screen.picture)")
            app.press(.open)
            #expect(Self.glyphs(app.screen).isEmpty, "\(app.backend.screen.picture)")
            app.press(.back)
        }
    }

    @Test(arguments: sizes) func inTheFullScreenMaturityPaneTheCursorFollowsTheHistoryOnceItHasTheSelection(size: Size) throws {
        let app = DemoApp(size: size, screenReader: true)
        app.open("DDAT")
        app.press(.open)
        let area = try #require(app.runtime.state.profession?.selectedArea)
        let history = Array(area.history.reversed())
        try #require(history.count >= 2, "\(history.count) assessments")
        // The area's row (its name may be cut at 80 columns; the detail under the table names it whole).
        #expect(app.backend.cursor?.y == line(showing: String(area.area.name.prefix(8)), in: app), "\(app.backend.screen.picture)")
        // ← → choose an assessment: the cursor goes to its line of the history.
        app.press(.scrollRight)
        let chosen = history[1]
        let historyLine = app.screen.lastIndex { $0.contains(FigureText.date(chosen.date)) && $0.contains("L\(chosen.level)") }
        #expect(historyLine != nil)
        #expect(app.backend.cursor?.y == historyLine, "\(app.backend.screen.picture)")
        // Down chooses the next area: the cursor is back on the areas.
        app.press(.down)
        let next = try #require(app.runtime.state.profession?.selectedArea)
        #expect(app.backend.cursor?.y == line(showing: String(next.area.name.prefix(8)), in: app), "\(app.backend.screen.picture)")
    }

    /// Text that names a change or a key: a member's movements ("from → to"), and the status
    /// that says which keys pick a figure. A reader hears words.
    @Test func arrowsInsideTextAreWords() throws {
        let app = DemoApp(size: Size(width: 80, height: 24), screenReader: true)
        app.open("POL")
        app.press(.show(.staff), .show(.member))
        for _ in 0..<3 { app.press(.nextPane) }
        let header = try #require(app.screen.firstIndex { $0.contains("Start") && $0.contains("Type") }, "\(app.backend.screen.picture)")
        #expect(app.screen[header].contains("From, to, or where"), "\(app.screen[header])")
        #expect(Self.glyphs(app.screen).isEmpty, "\(Self.glyphs(app.screen)): \(app.backend.screen.picture)")
        app.press(.back, .back)
        // The CPD pane full screen, on an activity type (no figure about people): Enter says why.
        app.press(.focusPane(.cpd), .open, .bottom, .show(.people))
        let status = try #require(app.runtime.state.status)
        #expect(status.contains("(Up/Down)"), "\(status)")
        #expect(Self.glyphs(app.screen).isEmpty, "\(Self.glyphs(app.screen)): \(app.backend.screen.picture)")
    }

    @Test func anOverlayTakesTheFirstLineAndTheWholeBody() throws {
        let app = DemoApp(size: Size(width: 80, height: 24), screenReader: true)
        app.press(.showHelp)
        #expect(app.screen[0].hasPrefix("Help: keys"), "\(app.screen[0])")
        #expect(!app.screen.joined().contains("Communications"), "nothing of the screen beneath shows")
        #expect(Self.glyphs(app.screen).isEmpty)
        // No row is selected in help: the cursor rests on the title.
        #expect(app.backend.cursor?.x == 0 && app.backend.cursor?.y == 0)
    }

    @Test func inAFormTheCursorIsOnTheFocusedField() throws {
        let app = DemoApp(size: Size(width: 80, height: 24), screenReader: true)
        app.open("DDAT")
        app.press(.focusPane(.checklist), .open, .editSelected)
        let form = try #require(app.runtime.state.form)
        #expect(app.screen[0].hasPrefix(String(form.title.prefix(40))), "\(app.screen[0])")
        #expect(Self.glyphs(app.screen).isEmpty && !app.screen.joined().contains("‹"), "\(app.backend.screen.picture)")
        // The first field is a choice (no text cursor of its own): the cursor is on its line.
        let status = try #require(app.screen.firstIndex { $0.contains(form.fields[0].label) })
        #expect(app.backend.cursor?.y == status)
        app.press(.nextField)
        let owner = try #require(app.screen.firstIndex { $0.contains(form.fields[1].label) })
        #expect(app.backend.cursor?.y == owner)
    }

    @Test func aStatusMessageSaysWarningInAWordOnTheLastLine() throws {
        var state = Fixtures.loadedState()
        state.screenReader = true
        _ = Reducer.reduce(&state, .loadFailed("Could not read the store"))
        let lines = Renderer.render(state, theme: .color).trimmedLines
        #expect(lines[state.size.height - 1] == "Warning: Could not read the store")
    }

    @Test func withoutTheModeTheCursorStaysHiddenAndTheBoxesAreDrawn() {
        let app = DemoApp(size: Size(width: 80, height: 24))
        app.press(.down, .down, .down)
        #expect(app.backend.cursor == nil)
        #expect(app.screen[1].hasPrefix("┌"))
    }

    @Test func theKioskIsTheSameWithTheModeOn() {
        var state = Fixtures.state(mode: .kiosk)
        let plain = Renderer.frame(state, theme: .color)
        state.screenReader = true
        let reader = Renderer.frame(state, theme: .color)
        #expect(plain.buffer.lines == reader.buffer.lines)
        #expect(reader.cursor == nil)
    }
}
