import Foundation
import Testing
import HopApp
import HopModel
import HopStore
import HopStoreAdapter
import TerminalUI

/// hopdash as the command line starts it, over the demo store in memory, on a memory terminal,
/// with the day and the clock fixed. Tests drive it only as a user does: they press keys found
/// in the keymap by the command they are bound to, type text, and read the terminal's screen.
final class DemoApp {
    static let today = Day(iso: "2026-10-01")!
    /// 10:00 UTC on `today`: the store's change-log stamps and the kiosk's clock.
    static let clock = Date(timeIntervalSince1970: 1_790_848_800)
    static let user = "jo.editor"

    /// The demo store, written once (it takes a while) and only read by the tests that share it.
    static let demo = freshDemo()

    /// A demo store of one's own, for a test that changes it.
    static func freshDemo() -> Store {
        let store = try! Store.inMemory(clock: { clock })
        try! DemoData.writeDemo(into: store, seed: DemoData.defaultSeed, today: today)
        return store
    }

    /// Where `x` on a list of people writes in tests: a private folder, never the package's.
    static let exportFolder: String = {
        let path = NSTemporaryDirectory() + "hopdash-app-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// The adapter the app reads `store` through, exporting into `folder`.
    static func adapter(_ store: Store, exportingTo folder: String = exportFolder) -> StoreAdapter {
        let adapter = StoreAdapter(store, user: user)
        adapter.exportFolder = folder
        return adapter
    }

    let runtime: Runtime
    let backend: MemoryBackend

    enum Start { case editor, firstRun, kiosk }

    /// Starts on the overview (or the first-run screen, or the kiosk's first slide) at `size`.
    /// `client` stands between the app and `store` when a test watches what is read.
    /// From the first-run screen, the store created opens at `createdAt` (with `notice`).
    init(size: Size, _ start: Start = .editor, store: Store = DemoApp.demo, client: EditingStoreClient? = nil,
         screenReader: Bool = false, theme: Theme = .monochrome, createdAt: StartPlace = .overview, notice: String? = nil) {
        backend = MemoryBackend(size: size)
        let client = client ?? Self.adapter(store)
        var state = AppState(mode: start == .kiosk ? .kiosk : .interactive, screen: start == .firstRun ? .firstRun : .overview,
                             size: size, today: Self.today, framework: .embedded, storeDescription: "/tmp/demo.sqlite")
        // As the command line sets them up (DashboardCommand, KioskCommand).
        state.user = Self.user
        state.screenReader = screenReader
        if start == .kiosk { state.kiosk = KioskState(options: KioskOptions(timeZone: TimeZone(identifier: "UTC")!)) }
        runtime = Runtime(state: state, backend: backend, theme: theme, client: start == .firstRun ? nil : client,
                          createStore: { _ in CreatedStore(client: client, place: createdAt, notice: notice) }, today: { Self.today }, now: { Self.clock })
        runtime.start()
        runtime.render()
    }

    /// The first key bound to `command` in the keymap, so that tests follow the keymap.
    static func key(_ command: Command) -> Key? {
        Keymap.bindings.first { $0.command == command }?.keys.first
    }

    /// Presses the first key bound to `command` in a scope in force now, and draws, as the
    /// terminal loop does.
    func press(_ command: Command, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let key = boundKey(command, in: runtime.state) else {
            Issue.record("no key is bound to \(command) in \(Keymap.scopes(for: runtime.state))", sourceLocation: sourceLocation)
            return
        }
        send(key)
    }

    func press(_ commands: Command..., sourceLocation: SourceLocation = #_sourceLocation) {
        for command in commands { press(command, sourceLocation: sourceLocation) }
    }

    /// Types `text` (into a filter or a field), one key per character.
    func type(_ text: String) {
        for character in text { send(.char(character)) }
    }

    /// Moves the overview's selection down to the profession with `code`.
    func select(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in runtime.state.overview.rows where runtime.state.overview.selected?.code != code { press(.down) }
        #expect(runtime.state.overview.selected?.code == code, sourceLocation: sourceLocation)
    }

    /// Opens the dashboard of the profession with `code` from the overview.
    func open(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        select(code, sourceLocation: sourceLocation)
        press(.open, sourceLocation: sourceLocation)
    }

    func send(_ key: Key) {
        runtime.handle(.key(key))
        runtime.render()
    }

    /// What the terminal shows, each row with its trailing spaces trimmed.
    var screen: [String] { backend.screen.trimmedLines }
}

/// The first key bound to `command` in the keymap (for tests that send key lists).
func key(_ command: Command) -> Key {
    DemoApp.key(command) ?? .unknown(-1)
}

/// The first key bound to `command` in a scope in force in `state`, most specific scope first.
func boundKey(_ command: Command, in state: AppState) -> Key? {
    for scope in Keymap.scopes(for: state) {
        if let binding = state.bindings.first(where: { $0.scope == scope && $0.command == command }) { return binding.keys.first }
    }
    return nil
}

/// Presses, through `runtime`, the key bound to each command where it is in force now,
/// drawing after each as the terminal loop does.
func press(_ commands: Command..., in runtime: Runtime, sourceLocation: SourceLocation = #_sourceLocation) {
    for command in commands {
        guard let key = boundKey(command, in: runtime.state) else {
            Issue.record("no key is bound to \(command) in \(Keymap.scopes(for: runtime.state))", sourceLocation: sourceLocation)
            return
        }
        runtime.handle(.key(key))
        runtime.render()
    }
}
