import Testing
import HopModel
import HopStore
import HopStoreAdapter
import TerminalUI
@testable import HopApp

/// The people behind a dashboard's figures: the figure cursor on the full-screen skills and CPD
/// panes, Enter to the list (paged from the store, sorted and filtered by it), Enter to a
/// person's records; the kiosk reaches none of it. Over the real store in memory.
@Suite struct PeopleListTests {
    /// Policy's dashboard over `TestStore` (with `extra` more unassessed members), at `size`.
    func start(extra: Int = 0, size: Size = Size(width: 80, height: 24)) -> (DemoApp, InstrumentedClient) {
        let store = TestStore.make(extraPolicyMembers: extra)
        let recorder = InstrumentedClient(DemoApp.adapter(store))
        let app = DemoApp(size: size, store: store, client: recorder)
        app.open("POL")
        return (app, recorder)
    }

    /// Opens the list behind the figure under the cursor; returns its staff numbers, read
    /// through the screen's own pages, and the figure the dashboard showed.
    func list(_ app: DemoApp) -> (figure: PeopleFigure?, numbers: [String]) {
        let figure = app.runtime.state.profession.flatMap(DashboardFigures.selected)
        app.press(.show(.people))
        guard app.runtime.state.screen == .people else { return (figure, []) }
        let state = app.runtime.state.peopleList
        let numbers = (0..<state.total).compactMap { state.window.row(at: $0)?.staffNumber }
        app.press(.back)
        return (figure, numbers)
    }

    static func numbers(_ ids: some Sequence<Int>) -> [String] { ids.map { String(format: "S%04d", $0) } }

    /// Hand-computed from `TestStore`: every figure of Policy's skills and CPD panes lists
    /// exactly these people, and as many as the dashboard shows.
    @Test func everyFigureListsTheHandCountedPeopleAndAsManyAsItShows() throws {
        let (app, _) = start()
        app.press(.focusPane(.skills), .open)
        // Skills in the pane's order (largest share below first): Using evidence, then Drafting.
        var seen: [String: [String]] = [:]
        let report = try #require(app.runtime.state.profession?.dashboard?.skills)
        for row in 0..<SkillsPane.ordered(report).count {
            for column in 0...report.grades.count {
                let (figure, numbers) = list(app)
                if let figure {
                    #expect(numbers.count == figure.count, "\(figure.title)")
                    seen[figure.title] = numbers
                }
                if column < report.grades.count { app.press(.scrollRight) }
            }
            for _ in 0..<report.grades.count { app.press(.scrollLeft) }
            _ = row
            app.press(.down)
        }
        // After the skills, "never assessed" (its grade cells in the next test).
        let never = list(app)
        #expect(never.figure?.criterion == .neverAssessed)
        #expect(never.numbers == Self.numbers([6, 17, 18]))
        #expect(seen["Below requirement in Using evidence"] == Self.numbers([2, 3, 7, 8, 9, 10]))
        #expect(seen["Below requirement in Using evidence, grade SEO"] == Self.numbers([2, 3]))
        #expect(seen["Below requirement in Using evidence, grade G7"] == Self.numbers([7, 8, 9, 10]))
        #expect(seen["Below requirement in Drafting"] == Self.numbers([7]))
        #expect(seen["Below requirement in Drafting, grade G7"] == Self.numbers([7]))
        // Every figure of the skills pane was reached: two overall, three grade cells required.
        #expect(seen.count == 5)

        app.press(.back, .focusPane(.cpd), .open)
        var cpd: [CPDReport.Category: [String]] = [:]
        for category in CPDReport.Category.allCases {
            let (figure, numbers) = list(app)
            #expect(figure?.criterion == .cpd(category))
            #expect(numbers.count == figure?.count, "\(category)")
            cpd[category] = numbers
            app.press(.down)
        }
        #expect(cpd[.completed] == Self.numbers([7, 8]))
        #expect(cpd[.onTrack] == Self.numbers([9, 10, 11]))
        #expect(cpd[.behind] == Self.numbers([1, 2, 3, 4]))
        #expect(cpd[.noneLogged] == Self.numbers([5, 6] + Array(12...18)))
        // Then the mandatory qualification (grade 6's, held by no one) missed, and lapsing soon.
        let missing = list(app)
        #expect(missing.figure?.criterion == .qualificationMissing(nil) && missing.figure?.count == 12)
        #expect(missing.numbers == Self.numbers(Array(7...18)))
        app.press(.down)
        let lapsing = list(app)
        #expect(lapsing.figure?.criterion == .expiring && lapsing.figure?.count == 0 && lapsing.numbers.isEmpty)
        app.press(.down)
        // Past the figures, the activity types are no figure: Enter says so and stays.
        app.press(.show(.people))
        #expect(app.runtime.state.screen == .profession)
        #expect(app.runtime.state.status?.contains("figure about people") == true)
    }

    /// The audit figures (never assessed, assessed over the audit cycle ago; overall and at each
    /// grade) and the qualification figures, hand-counted after records that move people
    /// between them: the count shown is the list's length and the list is exactly these people.
    @Test func theAuditAndQualificationFiguresListTheHandCountedPeople() throws {
        let store = TestStore.make()
        let user = TestStore.user
        // Member 6 (grade SEO, never assessed) last assessed 16 months ago: audit overdue now.
        try store.addAssessment(SkillAssessment(staffId: 6, skillId: 10, level: 2, date: Day(iso: "2025-06-01")!,
                                                source: .lineManager), by: user)
        // Member 12 has an old assessment too, but their latest is March's: not overdue.
        try store.addAssessment(SkillAssessment(staffId: 12, skillId: 11, level: 1, date: Day(iso: "2024-01-01")!,
                                                source: .lineManager), by: user)
        // Grade 6 must hold "Policy Standards": 7 holds it to 30 days from now (lapsing), 8 held
        // it to yesterday (missing), 9 holds it without end (held); the other nine miss it.
        let today = DemoApp.today
        try store.addQualificationHeld(QualificationHeld(staffId: 7, qualification: "Policy Standards", date: Day(iso: "2024-01-01")!,
                                                         expires: today.adding(days: 30)), by: user)
        try store.addQualificationHeld(QualificationHeld(staffId: 8, qualification: "policy standards", date: Day(iso: "2023-01-01")!,
                                                         expires: today.adding(days: -1)), by: user)
        try store.addQualificationHeld(QualificationHeld(staffId: 9, qualification: "Policy Standards", date: Day(iso: "2024-01-01")!),
                                       by: user)
        let app = DemoApp(size: Size(width: 200, height: 60), store: store, client: DemoApp.adapter(store))
        app.open("POL")
        app.press(.focusPane(.skills), .open, .down, .down)
        let report = try #require(app.runtime.state.profession?.dashboard?.skills)
        #expect(report.grades.map(\.code).contains("SEO") && report.grades.map(\.code).contains("G7"))
        var seen: [String: [String]] = [:]
        for _ in 0..<DashboardFigures.auditFigures.count {
            for column in 0...report.grades.count {
                let (figure, numbers) = list(app)
                let figureShown = try #require(figure)
                #expect(numbers.count == figureShown.count, "\(figureShown.title)")
                seen[figureShown.title] = numbers
                if column < report.grades.count { app.press(.scrollRight) }
            }
            for _ in 0..<report.grades.count { app.press(.scrollLeft) }
            app.press(.down)
        }
        #expect(seen["Never assessed"] == Self.numbers([17, 18]))
        #expect(seen["Never assessed, grade SEO"] == [])
        #expect(seen["Never assessed, grade G7"] == Self.numbers([17, 18]))
        #expect(seen["Last assessed over 12 months ago"] == Self.numbers([6]))
        #expect(seen["Last assessed over 12 months ago, grade SEO"] == Self.numbers([6]))
        #expect(seen["Last assessed over 12 months ago, grade G7"] == [])
        // Every grade shown has a figure on both rows, plus the two overall.
        #expect(seen.count == 2 * (report.grades.count + 1))
        // The table shows them: the rows' counts and the grades' cells.
        #expect(app.screen.contains { $0.contains("Never assessed") && $0.contains("2 11%") })
        #expect(app.screen.contains { $0.contains("Not assessed in 12 months") && $0.contains("1 6%") })

        app.press(.back, .focusPane(.cpd), .open)
        for _ in CPDReport.Category.allCases { app.press(.down) }
        let missing = list(app)
        #expect(missing.figure?.count == 10 && missing.numbers == Self.numbers([8] + Array(10...18)))
        #expect(app.screen.contains { $0.contains("Quals: ▸10 miss one, 1 lapse in 90d") })
        app.press(.down)
        let lapsing = list(app)
        #expect(lapsing.figure?.count == 1 && lapsing.numbers == Self.numbers([7]))
    }

    /// Every figure the dashboard has a list for (DashboardFigures.all) counts what its list
    /// holds, read through the client the screen reads with.
    @Test func everyFigureOfEveryProfessionCountsItsList() throws {
        let (app, client) = start(extra: 30)
        for data in try client.allProfessionData(today: DemoApp.today) {
            let dashboard = ProfessionDashboard(data: data, framework: .embedded, today: DemoApp.today)
            let figures = DashboardFigures.all(dashboard)
            #expect(!figures.isEmpty)
            for figure in figures {
                let query = PeopleQuery(professionId: data.profession.id, criterion: figure.criterion, gradeId: figure.grade?.id,
                                        today: DemoApp.today)
                var rows: [PersonRow] = []
                var anchor = PeoplePageAnchor.first
                while true {
                    let page = try client.peoplePage(query, anchor: anchor, limit: 7)
                    rows += page
                    guard page.count == 7, let last = page.last else { break }
                    anchor = .after(last)
                }
                #expect(rows.count == figure.count, "\(data.profession.code) \(figure.title)")
                #expect(try client.peopleCount(query) == figure.count, "\(data.profession.code) \(figure.title)")
            }
        }
        _ = app
    }

    @Test func theListSaysWhichAndHowManyAndShowsItsColumnsAt80x24() {
        let (app, _) = start()
        app.press(.focusPane(.skills), .open)
        app.press(.down, .down)
        app.press(.show(.people))
        let lines = app.screen
        #expect(lines[1].contains("Never assessed: 3 people"))
        #expect(lines[2].hasPrefix("│Name▲"))
        for column in ["Staff no.", "Grade", "Department", "Post", "Assessed"] { #expect(lines[2].contains(column), "\(column)") }
        #expect(lines[3].contains("Member 0006") && lines[3].contains("S0006") && lines[3].contains("never"))
        #expect(lines.contains { $0.contains("1 of 3") && $0.contains("sorted by name") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func theSelectedFigureIsMarkedInTextNotOnlyColour() {
        let (app, _) = start()
        app.press(.focusPane(.skills), .open)
        #expect(app.screen.contains { $0.contains("▸") && $0.contains("Using evidence") })
        app.press(.scrollRight)
        let marked = app.screen.filter { $0.contains("▸") }
        #expect(marked.count == 1)
        app.press(.down, .down)
        #expect(app.screen.contains { $0.contains("Never assessed") && $0.contains("▸") })
        app.press(.back, .focusPane(.cpd), .open)
        #expect(app.screen.contains { $0.contains("▸Completed") || $0.contains("▸") && $0.contains("Completed") })
        // On the grid, Enter zooms: no figure is marked there.
        app.press(.back)
        #expect(!app.screen.contains { $0.contains("▸") })
    }

    @Test func pagesAreReadAsTheSelectionMovesAndTheEndIsOneRead() {
        let (app, client) = start(extra: 1000)
        app.press(.focusPane(.skills), .open, .down, .down, .show(.people))
        let state = app.runtime.state.peopleList
        #expect(state.total == 1003)
        #expect(state.window.rows.count == PeopleListState.pageSize)
        #expect(client.peopleReads == [.first])
        app.press(.bottom)
        #expect(client.peopleReads.count == 2)
        #expect(client.peopleReads.last == .last)
        #expect(app.runtime.state.peopleList.selected?.name == "Member 1018")
        #expect(app.runtime.state.peopleList.window.rows.count <= app.runtime.state.peopleList.window.maxRows)
        #expect(app.screen.contains { $0.contains("1,003 of 1,003") })
        for _ in 0..<20 { app.press(.pageUp) }
        #expect(app.runtime.state.peopleList.window.rows.count <= app.runtime.state.peopleList.window.maxRows)
        app.press(.top)
        #expect(app.runtime.state.peopleList.selected?.staffNumber == "S0006")
    }

    @Test func sortAndFilterAreTheStoresAndEscClearsTheFilterThenGoesBack() {
        let (app, _) = start()
        app.press(.focusPane(.cpd), .open, .down, .down, .show(.people))
        #expect(app.runtime.state.peopleList.figure?.criterion == .cpd(.behind))
        #expect(app.runtime.state.peopleList.window.rows.map(\.staffNumber) == Self.numbers([1, 2, 3, 4]))
        app.press(.reverseSort)
        #expect(app.runtime.state.peopleList.window.rows.map(\.staffNumber) == Self.numbers([4, 3, 2, 1]))
        #expect(app.screen[2].contains("Name▼"))
        // The value column sorts by the hours logged: member 1's 90 minutes after the hours.
        while app.runtime.state.peopleList.sort != .value { app.press(.nextSortColumn) }
        #expect(app.runtime.state.peopleList.window.rows.map(\.staffNumber) == Self.numbers([2, 3, 4, 1]))
        app.press(.startFilter)
        app.type("0003")
        #expect(app.runtime.state.peopleList.window.rows.map(\.staffNumber) == Self.numbers([3]))
        #expect(app.runtime.state.peopleList.total == 1)
        #expect(app.screen[1].contains("1 person matching the filter"))
        app.press(.closeOverlay, .back)
        #expect(app.runtime.state.peopleList.total == 4)
        app.press(.back)
        #expect(app.runtime.state.screen == .profession)
    }

    @Test func enterOpensThePersonsRecordsAndEscComesBackToTheList() {
        let (app, _) = start()
        app.press(.focusPane(.cpd), .open, .show(.people))
        app.press(.down)
        app.press(.show(.member))
        #expect(app.runtime.state.screen == .member)
        #expect(app.runtime.state.member?.member.staffNumber == "S0008")
        #expect(app.runtime.state.member?.member.gradeId == 6)
        #expect(app.screen.contains { $0.contains("Member 0008") })
        #expect(app.screen.contains { $0.contains("Policy profession course") } || app.runtime.state.member?.records != nil)
        app.press(.back)
        #expect(app.runtime.state.screen == .people)
        #expect(app.runtime.state.peopleList.selected?.staffNumber == "S0008")
    }

    /// `f` records a follow-up of the selected person through a form; the list's column shows it,
    /// and `u` takes it back.
    @Test func aPersonFollowedUpShowsInTheListAndUndoTakesItBack() throws {
        let (app, _) = start(size: Size(width: 200, height: 60))
        app.press(.focusPane(.cpd), .open, .down, .down, .show(.people))
        #expect(app.runtime.state.peopleList.selected?.staffNumber == "S0001")
        #expect(app.screen[2].contains("Followed up"))
        app.press(.followUpSelected)
        let form = try #require(app.runtime.state.form)
        #expect(form.title == "Follow-up of Member 0001 (S0001)")
        #expect(form.field("Date")?.value == DemoApp.today.iso)
        app.type("asked to log CPD")
        app.press(.saveForm)
        #expect(app.runtime.state.form == nil)
        #expect(app.runtime.state.notice?.hasPrefix("Saved: follow-up \"asked to log CPD\"") == true)
        let shown = "\(DemoApp.today.iso) asked to log CPD"
        #expect(app.runtime.state.peopleList.selected?.latestFollowUp == shown)
        #expect(app.screen.contains { $0.contains("S0001") && $0.contains(shown) })
        // The dashboard: one followed up for "behind", still on it.
        #expect(app.runtime.state.profession?.dashboard?.data.followUps["cpd:behind"] == FollowUpProgress(followedUp: 1, stillOnList: 1))
        app.press(.undo)
        #expect(app.runtime.state.notice?.hasPrefix("Undone.") == true)
        #expect(app.runtime.state.peopleList.selected?.latestFollowUp == "")
        #expect(!app.screen.contains { $0.contains(shown) })
    }

    /// A list scrolled away from its top (its window no longer starting at the first row) reads
    /// the rows in view again after a follow-up is saved, so their column is current.
    @Test func aFollowUpShowsInAListScrolledAwayFromItsTop() throws {
        let (app, _) = start(extra: 600, size: Size(width: 200, height: 60))
        app.press(.focusPane(.skills), .open, .down, .down, .show(.people))
        #expect(app.runtime.state.peopleList.figure?.criterion == .neverAssessed)
        app.press(.bottom)
        let list = app.runtime.state.peopleList
        #expect(list.window.start > 0)
        let last = try #require(list.selected)
        app.press(.up, .up)
        let person = try #require(app.runtime.state.peopleList.selected)
        app.press(.followUpSelected)
        app.type("asked to complete the skills audit")
        app.press(.saveForm)
        let shown = "\(DemoApp.today.iso) asked to complete the skills audit"
        #expect(app.runtime.state.peopleList.selected?.staffNumber == person.staffNumber)
        #expect(app.runtime.state.peopleList.selected?.latestFollowUp == shown)
        #expect(app.screen.contains { $0.contains(person.staffNumber) && $0.contains(shown) })
        // The rows around it are the same people as before, in the same places.
        #expect(app.runtime.state.peopleList.window.row(at: list.total - 1)?.staffNumber == last.staffNumber)
    }

    /// At 80 columns the list's keys fit its border: the most used first, "? more" for the rest.
    @Test func theListsKeysFitItsBorderAt80Columns() {
        let (app, _) = start()
        app.press(.focusPane(.cpd), .open, .down, .down, .show(.people))
        let border = app.screen[22]
        #expect(border.contains("/ filter") && border.contains("s sort") && border.contains("Esc back"))
        #expect(border.contains("? more"))
        #expect(border.hasSuffix("┘") && DisplayWidth.of(border) == 80)
        #expect(!border.contains("…"))
        let wide = PeopleListTests().start(size: Size(width: 200, height: 60)).0
        wide.press(.focusPane(.cpd), .open, .down, .down, .show(.people))
        #expect(wide.screen.contains { $0.contains("f follow up") && $0.contains("Esc back") && !$0.contains("? more") })
    }

    /// `F` asks first, saying how many; `y` opens the form; the save marks every one of them and
    /// `u` takes them all back.
    @Test func theWholeListIsFollowedUpAfterAQuestionAndUndoneWhole() throws {
        let (app, _) = start()
        app.press(.focusPane(.cpd), .open, .down, .down, .show(.people))
        #expect(app.runtime.state.peopleList.total == 4)
        app.press(.followUpList)
        #expect(app.screen.contains { $0.contains("Follow up all 4 people on this list? y: yes (a form next), n: no") })
        // Only y or n now: the list's keys wait.
        #expect(Keymap.scopes(for: app.runtime.state) == [.followUpListPrompt])
        app.press(.cancelFollowUpList)
        #expect(app.runtime.state.form == nil && app.runtime.state.status == "Nothing recorded.")
        app.press(.followUpList, .confirmFollowUpList)
        #expect(app.runtime.state.form?.title == "Follow-up of everyone on the list (4 people)")
        app.type("reminded of the CPD deadline")
        app.press(.saveForm)
        #expect(app.runtime.state.notice?.contains("(4 people)") == true)
        let rows = app.runtime.state.peopleList.window.rows
        #expect(rows.count == 4 && rows.allSatisfy { $0.latestFollowUp == "\(DemoApp.today.iso) reminded of the CPD deadline" })
        #expect(app.runtime.state.profession?.dashboard?.data.followUps["cpd:behind"] == FollowUpProgress(followedUp: 4, stillOnList: 4))
        app.press(.undo)
        #expect(app.runtime.state.peopleList.window.rows.allSatisfy { $0.latestFollowUp.isEmpty })
        #expect(app.runtime.state.profession?.dashboard?.data.followUps.isEmpty == true)
    }

    /// The kiosk cannot reach a list of people by any key: every binding that shows names or
    /// opens a screen that does is refused there, and no key from any slide opens one.
    @Test func noKioskKeyReachesAListOfPeople() {
        for binding in Keymap.bindings where binding.revealsNames {
            var state = Fixtures.state(in: binding.scope, mode: .kiosk)
            #expect(binding.disabledReason(state) == "names are not shown in kiosk mode", "\(binding.command)")
            state.screen = .profession
            #expect(binding.disabledReason(state) != nil)
        }
        #expect(Keymap.bindings.contains { $0.command == .show(.people) && $0.revealsNames })
        // Recording follow-ups (and confirming one for a whole list) is refused there too.
        for command in [Command.followUpSelected, .followUpList, .confirmFollowUpList, .exportList] {
            #expect(Keymap.bindings.contains { $0.command == command && $0.revealsNames }, "\(command)")
        }
        let namedScreens = Features.all.filter { $0.showsNames }.map { $0.screen }
        #expect(namedScreens.contains(.people) && namedScreens.contains(.member))
        let app = DemoApp(size: Size(width: 80, height: 24), .kiosk)
        var keys: [Key] = Keymap.bindings.flatMap(\.keys)
        keys += (32..<127).compactMap { UnicodeScalar($0).map { Key.char(Character($0)) } }
        for slide in 0..<app.runtime.state.kiosk.slides.count {
            for key in keys where !KioskExit.sequence.contains(key) {
                app.send(key)
                #expect(app.runtime.state.screen != .people && app.runtime.state.screen != .member)
                #expect(app.runtime.state.peopleList.figure == nil)
                #expect(app.runtime.state.form == nil)
            }
            _ = slide
            app.press(.nextSlide)
        }
        #expect(app.runtime.state.mode == .kiosk)
    }
}
