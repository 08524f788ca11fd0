import Foundation
import HopApp
import HopModel
import HopStore
import HopStoreAdapter
import Testing
import TerminalUI

/// The app's shape over a real store in memory: keys pressed by binding, effects drained by
/// the runtime, one refresh policy, a new screen in its own folder.
@Suite struct FeatureRuntimeTests {
    static let today = Day(iso: "2026-10-01")!

    /// A small demo store and a runtime over it, on the overview.
    func runtime(size: Size = Size(width: 80, height: 24), backend: TerminalBackend? = nil) throws -> (Runtime, TerminalBackend, Store) {
        let store = try Store.inMemory()
        try DemoData.write(into: store, seed: 5, today: Self.today, scale: 0.04)
        let backend = backend ?? MemoryBackend(size: size)
        let state = AppState(size: size, today: Self.today, framework: Framework.embedded)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: StoreAdapter(store, user: "jo.editor"),
                              today: { Self.today })
        runtime.start()
        return (runtime, backend, store)
    }

    @Test func theRecentChangesScreenListsASaveFromAnyProfessionAndFiltersIt() throws {
        let (runtime, _, _) = try runtime()
        try press(.open, runtime)
        let profession = try #require(runtime.state.profession?.dashboard?.profession.name)
        try press(.focusPane(.checklist), runtime)
        try press(.open, runtime)
        try press(.cycleStatus, runtime)
        #expect(runtime.state.notice?.hasPrefix("Saved") == true)
        try press(.show(.recentChanges), runtime)
        var screen = runtime.render().lines.joined(separator: "\n")
        #expect(screen.contains("hopdash · Recent changes"))
        #expect(screen.contains("jo.editor"))
        #expect(screen.contains("update checklist entry"))
        #expect(screen.contains(String(profession.prefix(14))))
        #expect(screen.contains("status:"), "the selected change's fields, before → after")
        try press(.startFilter, runtime)
        for c in "nobody-like-this" { runtime.handle(.key(.char(c))) }
        screen = runtime.render().lines.joined(separator: "\n")
        #expect(screen.contains("No change matches the filter."))
        try press(.back, runtime)   // clears the filter
        try press(.back, runtime)   // back where it was opened
        #expect(runtime.state.screen == .profession)
    }

    @Test func aSaveOfOnesOwnRefreshesLikeAnotherProcesssCommit() throws {
        let (runtime, _, store) = try runtime()
        try press(.open, runtime)
        try press(.focusPane(.checklist), runtime)
        try press(.open, runtime)
        for _ in 0..<3 { try press(.cycleStatus, runtime) }
        // The dashboard read its profession again; every other profession's figures wait.
        #expect(runtime.state.overview.stale)
        let id = try #require(runtime.state.profession?.professionId)
        let fresh = ProfessionDashboard(data: try store.professionData(id: id, today: Self.today),
                                        framework: Framework.embedded, today: Self.today)
        #expect(runtime.state.profession?.dashboard?.checklist == fresh.checklist)
        try press(.show(.overview), runtime)
        #expect(!runtime.state.overview.stale)
        #expect(runtime.state.overview.rows.first { $0.professionId == id } == OverviewRow(dashboard: fresh))
    }

    @Test func aBoundKeyThatCannotBeUsedSaysWhy() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let state = AppState(screen: Screen.firstRun, size: backend.size, today: Self.today, framework: Framework.embedded)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: nil, today: { Self.today })
        runtime.start()
        let overviewKey = try #require(Keymap.key(for: .show(.overview)))
        runtime.handle(.key(overviewKey))
        #expect(runtime.state.screen == Screen.firstRun)
        #expect(runtime.state.status == "\(overviewKey): there is no store yet.")
        #expect(runtime.render().lines.last?.contains("there is no store yet") == true)
    }

    @Test func whatAKeyChangedIsDrawnBeforeTheReadItAskedFor() throws {
        let recorder = FrameRecorder(MemoryBackend(size: Size(width: 80, height: 24)))
        let (watched, _, _) = try runtime(backend: recorder)
        recorder.enqueue([.key(try key(.open, watched.state)), .tick, .key(try key(.quit, watched.state))])
        watched.run()
        // The dashboard's frame without its data came before the frame with it.
        let loading = recorder.frames.firstIndex { $0.contains("Loading…") }
        let loaded = recorder.frames.firstIndex { $0.contains("1 Maturity") }
        #expect(loading != nil && loaded != nil && loading! < loaded!)
    }

    // MARK: - Helpers

    /// The first key bound to `command` in a scope in force now.
    func key(_ command: Command, _ state: AppState) throws -> Key {
        let scopes = Keymap.scopes(for: state)
        let binding = Keymap.bindings.first { $0.command == command && scopes.contains($0.scope) }
        return try #require(binding?.keys.first, "no key for \(command) in \(scopes)")
    }

    func press(_ command: Command, _ runtime: Runtime) throws {
        runtime.handle(.key(try key(command, runtime.state)))
    }
}

/// A backend that keeps the text of every frame drawn.
final class FrameRecorder: TerminalBackend {
    let inner: MemoryBackend
    private(set) var frames: [String] = []

    init(_ inner: MemoryBackend) { self.inner = inner }

    var size: Size { inner.size }
    func enqueue(_ events: [InputEvent]) { inner.enqueue(events) }
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent { inner.nextEvent(timeoutMilliseconds: timeoutMilliseconds) }
    func draw(_ changes: [CellChange], cursor: (x: Int, y: Int)?) {
        inner.draw(changes, cursor: cursor)
        frames.append(inner.screen.lines.joined(separator: "\n"))
    }
    func invalidate() { inner.invalidate() }
}
