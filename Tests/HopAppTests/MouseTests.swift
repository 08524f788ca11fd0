import Testing
@testable import HopApp
import HopModel
import TerminalUI

/// Clicks and the wheel, hit-tested against what the last frame drew.
@Suite struct MouseTests {
    let size = Size(width: 80, height: 24)

    /// The frame the app shows now, with its map.
    func frame(_ app: DemoApp) -> Buffer { Renderer.frame(app.runtime.state, theme: .monochrome).buffer }

    func send(_ event: MouseEvent, to app: DemoApp) {
        app.runtime.handle(.mouse(event))
        app.runtime.render()
    }

    @Test func aClickOnAnOverviewRowSelectsIt() throws {
        let app = DemoApp(size: size)
        let y = try #require(app.screen.firstIndex { $0.contains("Finance") })
        send(MouseEvent(.press, x: 10, y: y), to: app)
        #expect(app.runtime.state.overview.selected?.name == "Finance")
        // On the column header, the border or the hint bar: nothing.
        for (x, y) in [(10, 2), (0, y), (10, 23), (10, 0)] {
            send(MouseEvent(.press, x: x, y: y), to: app)
            #expect(app.runtime.state.overview.selected?.name == "Finance", "(\(x), \(y))")
        }
    }

    @Test func aClickOnAnotherPaneFocusesItAndSelectsTheRowUnderThePointer() throws {
        let app = DemoApp(size: size)
        app.open("DDAT")
        #expect(app.runtime.state.profession?.focus == .maturity)
        // The skills pane's third row, where the frame drew it.
        let map = frame(app).map
        let third = try #require(map.rows.first { $0.index == 2 && map.hit(x: $0.rect.x, y: $0.rect.y).region == "pane.2" })
        send(MouseEvent(.press, x: third.rect.x + 3, y: third.rect.y), to: app)
        #expect(app.runtime.state.profession?.focus == .skills)
        #expect(app.runtime.state.profession?.position(.skills).selected == 2)
        // A click on a pane's border focuses it without moving its selection.
        let cpd = try #require(map.regions.first { $0.id == "pane.3" })
        send(MouseEvent(.press, x: cpd.rect.x, y: cpd.rect.y), to: app)
        #expect(app.runtime.state.profession?.focus == .cpd)
        #expect(app.runtime.state.profession?.position(.skills).selected == 2)
    }

    /// Clicks the middle of the `n`th list row the frame drew (of `list`, nil: the main list).
    func click(row n: Int, list: String? = nil, in app: DemoApp, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rows = frame(app).map.rows.filter { $0.list == list }
        let row = try #require(rows.indices.contains(n) ? rows[n] : nil, "\(rows.count) rows drawn", sourceLocation: sourceLocation)
        send(MouseEvent(.press, x: row.rect.x + row.rect.width / 2, y: row.rect.y), to: app)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func aClickSelectsAMemberAndAPersonBehindAFigure(size: Size) throws {
        let app = DemoApp(size: size)
        app.open("DDAT")
        app.press(.show(.staff))
        #expect(app.runtime.state.screen == .staff)
        try click(row: 4, in: app)
        #expect(app.runtime.state.staffList.position.selected == 4)
        app.press(.back)
        // The skills pane full screen, the first skill's figure, and the people it counts.
        app.press(.focusPane(.skills), .open, .show(.people))
        #expect(app.runtime.state.screen == .people)
        let total = app.runtime.state.peopleList.total
        try #require(total > 3, "\(total) people")
        try click(row: 3, in: app)
        #expect(app.runtime.state.peopleList.position.selected == 3)
        // The row's line shows the person now selected.
        let person = try #require(app.runtime.state.peopleList.selected)
        #expect(app.screen.contains { $0.contains(person.staffNumber) })
    }

    @Test func aClickInTheMaturityHistorySelectsThatAssessmentAndTheWheelMovesAlongIt() throws {
        let app = DemoApp(size: Size(width: 200, height: 60))
        app.open("DDAT")
        app.press(.open)
        let history = Array(try #require(app.runtime.state.profession?.selectedArea?.history.reversed()))
        try #require(history.count >= 3, "\(history.count) assessments")
        try click(row: 1, list: MaturityPane.historyList, in: app)
        #expect(app.runtime.state.profession?.historySelected == 1)
        #expect(app.runtime.state.profession?.selectedAssessment == history[1])
        // The area stays where it was.
        #expect(app.runtime.state.profession?.position(.maturity).selected == 0)
        let row = try #require(frame(app).map.rows.first { $0.list == MaturityPane.historyList })
        send(MouseEvent(.wheelDown, x: row.rect.x + 2, y: row.rect.y), to: app)
        #expect(app.runtime.state.profession?.historySelected == min(history.count - 1, 1 + MouseInput.wheelRows))
        #expect(app.runtime.state.profession?.position(.maturity).selected == 0)
        // A click on an area row takes the selection back to the areas.
        try click(row: 2, in: app)
        #expect(app.runtime.state.profession?.position(.maturity).selected == 2)
        #expect(app.runtime.state.profession?.historySelected == 0)
    }

    @Test func theWheelMovesTheSelectionThreeRowsOverThePaneUnderThePointer() throws {
        let app = DemoApp(size: Size(width: 200, height: 60))
        app.open("DDAT")
        let skills = try #require(frame(app).map.regions.first { $0.id == "pane.2" })
        send(MouseEvent(.wheelDown, x: skills.rect.x + 5, y: skills.rect.y + 5), to: app)
        #expect(app.runtime.state.profession?.focus == .skills)
        #expect(app.runtime.state.profession?.position(.skills).selected == MouseInput.wheelRows)
        send(MouseEvent(.wheelUp, x: skills.rect.x + 5, y: skills.rect.y + 5), to: app)
        #expect(app.runtime.state.profession?.position(.skills).selected == 0)
    }

    @Test func theWheelScrollsHelpAndClicksBeneathItDoNothing() throws {
        let app = DemoApp(size: size)
        app.press(.showHelp)
        let before = app.screen
        send(MouseEvent(.wheelDown, x: 40, y: 12), to: app)
        guard case .help(let help) = app.runtime.state.overlay else { Issue.record("help closed"); return }
        #expect(help.offset == MouseInput.wheelRows)
        #expect(app.screen != before)
        send(MouseEvent(.press, x: 5, y: 5), to: app)
        #expect(app.runtime.state.overview.position.selected == 0)
    }

    @Test func whileAFormOrAFilterIsAnsweredTheMouseDoesNothing() throws {
        let app = DemoApp(size: size)
        let y = try #require(app.screen.firstIndex { $0.contains("Finance") })
        app.press(.startFilter)
        send(MouseEvent(.press, x: 10, y: y), to: app)
        #expect(app.runtime.state.overview.position.selected == 0)
        app.press(.closeOverlay)
        app.open("DDAT")
        app.press(.focusPane(.checklist), .open, .editSelected)
        let form = try #require(app.runtime.state.form)
        send(MouseEvent(.wheelDown, x: 40, y: 12), to: app)
        send(MouseEvent(.press, x: 40, y: 12), to: app)
        #expect(app.runtime.state.form == form)
        #expect(app.runtime.state.profession?.position(.checklist).selected == 0)
    }

    @Test func theKioskIgnoresTheMouse() {
        var state = Fixtures.loadedState(mode: .kiosk)
        let map = Renderer.frame(state, theme: .monochrome).buffer.map
        for kind in [MouseEvent.Kind.press, .wheelUp, .wheelDown] {
            #expect(MouseInput.actions(MouseEvent(kind, x: 10, y: 5), map: map, state: state).isEmpty)
        }
        // Even over a frame that declared rows.
        var declared = FrameMap()
        declared.row(1, at: Rect(x: 0, y: 5, width: 80, height: 1), selected: false)
        #expect(MouseInput.actions(MouseEvent(.press, x: 10, y: 5), map: declared, state: state).isEmpty)
        state.mode = .interactive
        #expect(MouseInput.actions(MouseEvent(.press, x: 10, y: 5), map: declared, state: state) == [.command(.selectRow(1))])
    }
}
