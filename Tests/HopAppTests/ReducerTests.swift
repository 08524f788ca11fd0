import Testing
import HopModel
import TerminalUI
import HopStore
import HopStoreAdapter
@testable import HopApp

/// Key → state and effects, through the keymap, with no terminal and no store.
@Suite struct ReducerTests {
    /// Sends a key as typed (text into a filter, or a key bound to nothing).
    func send(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let action = Keymap.resolve(key, state: state) else { return [] }
        return Reducer.reduce(&state, action)
    }

    /// Presses the first key bound to `command` in a scope in force now.
    func press(_ command: Command, _ state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let key = boundKey(command, in: state) else {
            Issue.record("no key is bound to \(command) in \(Keymap.scopes(for: state))", sourceLocation: sourceLocation)
            return []
        }
        return send(key, &state)
    }

    @Test func enterOpensTheSelectedProfessionAndLoadsIt() {
        var state = Fixtures.loadedState()
        #expect(press(.down, &state) == [])
        #expect(state.overview.position.selected == 1)
        let effects = press(.open, &state)
        #expect(effects == [.loadProfession(1), ProfessionFeature.historyRead(1)])
        #expect(state.screen == .profession)
        #expect(state.profession?.professionId == 1)
        #expect(state.profession?.dashboard == nil)
        _ = Reducer.reduce(&state, .professionLoaded(Fixtures.policy()))
        #expect(state.profession?.dashboard?.staffCount == 18)
    }

    @Test func paneKeysAndZoom() {
        var state = Fixtures.loadedState()
        _ = press(.open, &state)
        _ = Reducer.reduce(&state, .professionLoaded(Fixtures.dataEthics()))
        #expect(state.profession?.focus == .maturity)
        _ = press(.nextPane, &state)
        #expect(state.profession?.focus == .skills)
        _ = press(.previousPane, &state)
        _ = press(.previousPane, &state)
        #expect(state.profession?.focus == .checklist)
        _ = press(.focusPane(.cpd), &state)
        #expect(state.profession?.focus == .cpd)
        _ = press(.open, &state)
        #expect(state.profession?.zoomed == true)
        _ = press(.back, &state)
        #expect(state.profession?.zoomed == false)
        #expect(state.screen == .profession)
        _ = press(.back, &state)
        #expect(state.screen == .overview)
    }

    @Test func bracketsWalkProfessionsInOverviewOrder() {
        var state = Fixtures.loadedState()
        _ = press(.open, &state)  // Data Ethics (first by name)
        #expect(press(.nextProfession, &state) == [.loadProfession(1), ProfessionFeature.historyRead(1)])
        #expect(press(.nextProfession, &state) == [.loadProfession(2), ProfessionFeature.historyRead(2)])
        #expect(press(.previousProfession, &state) == [.loadProfession(1), ProfessionFeature.historyRead(1)])
    }

    @Test func filterNarrowsAndEscapeClears() {
        var state = Fixtures.loadedState()
        _ = press(.startFilter, &state)
        #expect(state.overview.editingFilter)
        for c in "pol" { _ = send(.char(c), &state) }
        #expect(state.overview.visibleRows.map(\.code) == ["POL"])
        // While typing, letters are text, not commands: "q" does not quit.
        _ = send(.char("q"), &state)
        #expect(state.isRunning)
        #expect(state.overview.filter == "polq")
        _ = send(.backspace, &state)
        _ = press(.closeOverlay, &state)
        #expect(!state.overview.editingFilter)
        #expect(state.overview.filter == "pol")
        _ = press(.back, &state)
        #expect(state.overview.filter == "")
        #expect(state.overview.visibleRows.count == 2)
    }

    @Test func sortCyclesColumnsAndReverses() {
        var state = Fixtures.loadedState()
        #expect(state.overview.visibleRows.map(\.code) == ["DETH", "POL"])
        _ = press(.nextSortColumn, &state)
        #expect(state.overview.sortColumn == .staff)
        #expect(state.overview.descending)
        #expect(state.overview.visibleRows.map(\.code) == ["POL", "DETH"])
        _ = press(.reverseSort, &state)
        #expect(state.overview.visibleRows.map(\.code) == ["DETH", "POL"])
        _ = press(.previousSortColumn, &state)
        #expect(state.overview.sortColumn == .name)
    }

    @Test func selectionStaysInRangeWhenRowsShrinkOrTheTerminalResizes() {
        var state = Fixtures.loadedState()
        _ = press(.bottom, &state)
        #expect(state.overview.position.selected == 1)
        _ = Reducer.reduce(&state, .overviewLoaded([Fixtures.policy()]))
        #expect(state.overview.position.selected == 0)
        _ = Reducer.reduce(&state, .resized(Size(width: 1, height: 1)))
        #expect(state.overview.position.offset == 0)
    }

    @Test func storeChangeReloadsWhatIsOnScreen() {
        var state = Fixtures.loadedState()
        #expect(Reducer.reduce(&state, .storeChanged) == [.loadOverview, OverviewFeature.baselineRead])
        _ = press(.open, &state)
        // On a dashboard only the profession (and its kept figures) is read again; the overview when next shown
        #expect(Reducer.reduce(&state, .storeChanged) == [.loadProfession(2), ProfessionFeature.historyRead(2)])
        #expect(press(.back, &state) == [.loadOverview, OverviewFeature.baselineRead])
        #expect(state.screen == .overview)
    }

    @Test func firstRunCreatesOnlyWhenAsked() {
        var state = Fixtures.state()
        state.screen = .firstRun
        #expect(send(.char("j"), &state) == [])
        // Nothing needs a store before there is one: no overview, no filter.
        #expect(press(.show(.overview), &state) == [])
        #expect(state.screen == .firstRun)
        #expect(!Keymap.hints(for: state).contains { $0.label == "Overview" })
        #expect(press(.createDemoStore, &state) == [.createStore(demo: true)])
        #expect(press(.createEmptyStore, &state) == [.createStore(demo: false)])
        _ = press(.quit, &state)
        #expect(!state.isRunning)
    }

    @Test func kioskModeDisablesEveryMutatingBindingByData() {
        var state = Fixtures.state(mode: .kiosk)
        state.screen = .firstRun
        let mutating = Set(Keymap.bindings.filter(\.mutates).map(\.command))
        for binding in Keymap.bindings where binding.mutates {
            let inScope = Fixtures.state(in: binding.scope, mode: .kiosk)
            // Disabled by data, whatever the screen...
            #expect(binding.disabledReason(inScope) != nil, "\(binding.scope)")
            // ...and none of its keys reaches a command that changes data (in kiosk mode the
            // same keys may step slides).
            for key in binding.keys {
                if case .command(let command) = Keymap.resolve(key, state: inScope) {
                    #expect(!mutating.contains(command), "\(key) in \(binding.scope)")
                }
            }
            // The same keys work when not in kiosk mode.
            let interactive = Fixtures.state(in: binding.scope, mode: .interactive)
            for key in binding.keys { #expect(Keymap.resolve(key, state: interactive) == .command(binding.command)) }
        }
        #expect(!Keymap.hints(for: state).contains { $0.label == "Demo" })
    }

    @Test func kioskModeNeverOpensAListOfNamesOrTheChangeLog() throws {
        for binding in Keymap.bindings where binding.showsNames {
            let inScope = Fixtures.state(in: binding.scope, mode: .kiosk)
            #expect(binding.disabledReason(inScope) == "names are not shown in kiosk mode")
            for key in binding.keys { #expect(Keymap.resolve(key, state: inScope) != .command(binding.command), "\(key) in \(binding.scope)") }
        }
        var state = Fixtures.professionState(mode: .kiosk)
        _ = Keymap.resolve(try #require(Keymap.key(for: .show(.staff), in: .profession)), state: state).map { Reducer.reduce(&state, $0) }
        #expect(state.screen == .profession)
    }

    @Test func loadFailureIsShownNotSwallowed() {
        var state = Fixtures.loadedState()
        _ = Reducer.reduce(&state, .loadFailed("Could not read the store: disk I/O error"))
        #expect(state.status == "Could not read the store: disk I/O error")
        _ = press(.down, &state)
        #expect(state.status == nil)
    }

    @Test func keymapHasNoConflictingBindingsWithinAScope() {
        for scope in Keymap.allScopes {
            let keys = Keymap.bindings.filter { $0.scope == scope }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "duplicate key in \(scope)")
        }
    }
}

@Suite struct RuntimeTests {
    /// A runtime over the test store on the overview, as the terminal loop runs it.
    func runtime(_ backend: MemoryBackend, store: Store = TestStore.make(), shouldStop: @escaping () -> Bool = { false }) -> Runtime {
        Runtime(state: Fixtures.state(), backend: backend, theme: .monochrome, client: DemoApp.adapter(store),
                today: { Fixtures.today }, shouldStop: shouldStop)
    }

    func bound(_ command: Command, _ scope: KeyScope) throws -> Key { try #require(Keymap.key(for: command, in: scope)) }

    @Test func unchangedFrameDrawsNothingAndABurstCostsOneFrame() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let runtime = runtime(backend)
        runtime.start()
        runtime.render()
        let drawn = backend.drawCalls
        runtime.render()
        #expect(backend.drawCalls == drawn)
        #expect(runtime.framesSkipped == 1)
        // Five keys waiting at once, each of which changes the screen, then quit: one frame
        // for the burst (five if each key were drawn), none for quitting.
        backend.enqueue([.key(try bound(.down, .overview)), .key(try bound(.up, .overview)), .key(try bound(.down, .overview)),
                         .key(try bound(.open, .overview)), .key(try bound(.focusPane(.skills), .profession))])
        backend.enqueue([.tick, .key(try bound(.quit, .global))])
        let framesBefore = runtime.framesDrawn
        runtime.run()
        #expect(runtime.state.profession?.focus == .skills)
        #expect(!runtime.state.isRunning)
        #expect(runtime.framesDrawn == framesBefore + 1)
        #expect(backend.drawCalls == drawn + 1)
    }

    @Test func anotherProcessesCommitIsPickedUpOnTheNextTick() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let store = TestStore.make()
        var rounds = 0
        let runtime = runtime(backend, store: store, shouldStop: { rounds += 1; return rounds > 2 })
        runtime.start()
        #expect(runtime.state.overview.rows.map(\.name).contains("Policy"))
        // Another process renames a profession and commits.
        var policy = try #require(try store.profession(id: 1))
        policy.name = "Policy Profession"
        _ = try store.saveProfession(policy, by: "someone.else")
        #expect(!runtime.state.overview.rows.map(\.name).contains("Policy Profession"))
        backend.enqueue([.tick])
        runtime.run()
        #expect(runtime.state.overview.rows.map(\.name).contains("Policy Profession"))
    }
}
