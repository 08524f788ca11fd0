import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// `hopdash --open`: the dashboard opens at a profession or at the department comparison,
/// reading what that screen shows first and the professions' rows behind it.
@Suite struct StartPlaceTests {
    /// A runtime over the demo store opened at `place`, whose reads the client notes.
    func runtime(at place: StartPlace, size: Size = Size(width: 80, height: 24)) -> (Runtime, MemoryBackend, InstrumentedClient) {
        let client = InstrumentedClient(DemoApp.adapter(DemoApp.demo))
        var state = AppState(mode: .interactive, screen: .overview, size: size, today: DemoApp.today,
                             framework: .embedded, storeDescription: "/tmp/demo.sqlite")
        state.open(at: place)
        let backend = MemoryBackend(size: size)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: client,
                              today: { DemoApp.today }, now: { DemoApp.clock }, shouldStop: { true })
        return (runtime, backend, client)
    }

    func finance() throws -> Profession {
        try #require(try DemoApp.demo.professions().first { $0.code == "FIN" })
    }

    @Test func atAProfessionItsFirstFrameReadsOnlyIt() throws {
        let finance = try finance()
        let (runtime, backend, client) = runtime(at: .profession(finance.id, pane: nil))
        runtime.start()
        #expect(client.dashboardReads == ["profession \(finance.id)"])
        runtime.render()
        #expect(backend.screen.trimmedLines[0].hasPrefix(" hopdash · Finance (FIN) · "), "\n\(backend.screen.picture)")
        // The loop's first pass reads the professions' rows behind it (other screens name
        // professions from them), and the overview's selection starts on Finance.
        runtime.run()
        #expect(client.dashboardReads == ["profession \(finance.id)", "overview"])
        #expect(runtime.state.screen == .profession)
        #expect(runtime.state.overview.selected?.professionId == finance.id)
        // Esc goes to the overview as usual, with nothing more to read for its rows.
        runtime.handle(.key(.escape))
        #expect(runtime.state.screen == .overview)
        #expect(client.dashboardReads == ["profession \(finance.id)", "overview"])
        runtime.render()
        #expect(backend.screen.trimmedLines[0].hasPrefix(" hopdash · Overview · 9 professions"))
    }

    /// `--open FIN` with no store yet: the first-run screen first, then the store it creates
    /// opens at Finance; a code the new store lacks opens the overview and says why.
    @Test func aStoreCreatedAtFirstRunOpensWhereAsked() throws {
        let finance = try finance()
        let app = DemoApp(size: Size(width: 80, height: 24), .firstRun, createdAt: .profession(finance.id, pane: nil))
        #expect(app.runtime.state.screen == .firstRun)
        app.press(.createDemoStore)
        #expect(app.runtime.state.screen == .profession)
        #expect(app.backend.screen.trimmedLines[0].hasPrefix(" hopdash · Finance (FIN) · "), "\n\(app.backend.screen.picture)")
        #expect(app.runtime.state.overview.loaded)

        let notice = "No profession with code \"XYZ\" in /tmp/demo.sqlite. Codes: none. Showing the overview."
        let elsewhere = DemoApp(size: Size(width: 120, height: 30), .firstRun, notice: notice)
        elsewhere.press(.createEmptyStore)
        #expect(elsewhere.runtime.state.screen == .overview)
        #expect(elsewhere.backend.screen.picture.contains(notice), "\n\(elsewhere.backend.screen.picture)")
    }

    @Test func aPaneCanBeFullScreenFromTheStart() throws {
        let (runtime, _, _) = runtime(at: .profession(try finance().id, pane: .cpd))
        runtime.start()
        #expect(runtime.state.profession?.focus == .cpd)
        #expect(runtime.state.profession?.zoomed == true)
    }

    @Test func atTheDepartmentComparisonNoProfessionRowIsReadFirst() throws {
        let (runtime, backend, client) = runtime(at: .departments)
        runtime.start()
        #expect(client.dashboardReads == ["departments"])
        runtime.render()
        #expect(backend.screen.trimmedLines[0].hasPrefix(" hopdash · Overview · 1 department "),
                "\n\(backend.screen.picture)")
        #expect(backend.screen.trimmedLines[1].contains("Departments compared"))
        runtime.run()
        #expect(client.dashboardReads == ["departments", "overview"])
        // v shows the professions already read.
        runtime.handle(.key(.char("v")))
        #expect(!runtime.state.overview.byDepartment)
        #expect(client.dashboardReads == ["departments", "overview"])
    }

    @Test func atTheOverviewNothingIsReadTwice() {
        let (runtime, backend, client) = runtime(at: .overview)
        runtime.run()
        #expect(client.dashboardReads == ["overview"])
    }

    @Test func aChangeWhileComparingDepartmentsRereadsOnlyThem() {
        var state = Fixtures.loadedState()
        state.open(at: .departments)
        state.overview.departmentsLoaded = true
        #expect(Reducer.reduce(&state, .storeChanged) == [.loadDepartments])
        // The professions' rows are stale and read when shown again.
        #expect(Reducer.reduce(&state, .command(.toggleDepartments)) == [.loadOverview, OverviewFeature.baselineRead])
    }
}
