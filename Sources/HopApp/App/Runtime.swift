import Foundation
import HopModel
import TerminalUI

/// The loop: input → keymap → reducer → effects → render → diff → one draw.
///
/// Generic over the terminal (ncurses or memory) and the store (SQLite or a fake). A burst of
/// keys is folded into one frame; an unchanged frame draws nothing; while idle the loop sleeps
/// in the backend's input wait and wakes only to poll the store's data version.
public final class Runtime {
    public private(set) var state: AppState
    public let backend: TerminalBackend
    public let theme: Theme
    private var client: StoreClient?
    private let createStore: ((Bool) throws -> StoreClient)?
    private let today: () -> Day
    private let now: () -> Date
    private let shouldStop: () -> Bool
    private var previousFrame: Buffer?
    private var previousCursor: (x: Int, y: Int)?
    private var lastDataVersion: Int?
    /// Effects the reducer asked for, performed in order by `drain` between frames.
    private var pending: [Effect] = []
    /// How long the loop waits for a key before polling the store.
    public var pollMilliseconds = 500

    public private(set) var framesDrawn = 0
    public private(set) var framesSkipped = 0

    public init(state: AppState, backend: TerminalBackend, theme: Theme, client: StoreClient?,
                createStore: ((Bool) throws -> StoreClient)? = nil, today: @escaping () -> Day,
                now: @escaping () -> Date = { Date() }, shouldStop: @escaping () -> Bool = { false }) {
        self.state = state
        self.backend = backend
        self.theme = theme
        self.client = client
        self.createStore = createStore
        self.today = today
        self.now = now
        self.shouldStop = shouldStop
    }

    private var started = false

    /// Loads what the first screen needs (once; `run` calls it if nobody has).
    public func start() {
        guard !started else { return }
        started = true
        state.size = backend.size
        enqueue(.clockTicked(now()))
        if client != nil && state.screen != .firstRun {
            lastDataVersion = try? client?.dataVersion()
            pending.append(contentsOf: Reducer.reload(state))
        }
        drain()
    }

    /// Runs until the user quits or `shouldStop` says so.
    public func run() {
        start()
        render()
        while state.isRunning && !shouldStop() {
            var event = backend.nextEvent(timeoutMilliseconds: pollMilliseconds)
            // Fold a burst: handle everything already waiting, then draw once. A key with more
            // keys behind it has its effects performed at once, so that the next key sees
            // their results (a list read before moving in it).
            var idle = false
            while true {
                receive(event)
                guard state.isRunning, !shouldStop() else { break }
                let next = backend.nextEvent(timeoutMilliseconds: 0)
                if next == .tick {
                    idle = true
                    break
                }
                drain()
                event = next
            }
            enqueue(.clockTicked(now()))
            if idle { pollStore() }
            // What the keys changed shows first ("Loading…", "Creating the store…"), then the
            // reads and writes they asked for run, then their results show.
            if !pending.isEmpty {
                render()
                drain()
            }
            render()
        }
    }

    /// Handles one event and everything that follows from it (tests and one-off callers).
    public func handle(_ event: InputEvent) {
        receive(event)
        drain()
    }

    /// Reduces one event; the effects it asks for wait in the queue.
    private func receive(_ event: InputEvent) {
        switch event {
        case .key(let key):
            if let action = Keymap.resolve(key, state: state) { enqueue(action) }
        case .resize(let size):
            backend.invalidate()
            previousFrame = nil
            enqueue(.resized(size))
        case .tick:
            break
        }
    }

    /// Reduces an action and performs everything that follows from it.
    public func dispatch(_ action: Action) {
        enqueue(action)
        drain()
    }

    /// Reduces an action; the effects it returns wait in the queue for `drain`.
    private func enqueue(_ action: Action) {
        pending.append(contentsOf: Reducer.reduce(&state, action))
    }

    /// Performs queued effects in order, each result reduced in turn (its own effects joining
    /// the end of the queue), until none is left. Never recursive, never drawing.
    public func drain() {
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let result = perform(effect) { enqueue(result) }
        }
    }

    /// The store as an editor sees it; nil for the kiosk's read-only client.
    private var editor: EditingStoreClient? { client as? EditingStoreClient }

    /// One effect against the store; what happened comes back as an action.
    private func perform(_ effect: Effect) -> Action? {
        func read(_ what: String, _ body: (StoreClient) throws -> Action) -> Action? {
            guard let client else { return nil }
            do { return try body(client) } catch { return .loadFailed("Could not read \(what): \(error)") }
        }
        switch effect {
        case .loadOverview:
            return read("the store") { .overviewLoaded(try $0.allProfessionData(today: state.today)) }
        case .loadDepartments:
            return read("the store") { .departmentsLoaded(try $0.departmentData(today: state.today)) }
        case .loadProfession(let id):
            return read("the store") { .professionLoaded(try $0.professionData(id: id, today: state.today)) }
        case .loadLastChange:
            return read("the store") { .lastChangeLoaded(try $0.lastChange()) }
        case .loadSeminarSettings:
            return read("the seminar plan") { .seminarSettingsLoaded(try $0.seminarSettings()) }
        case .read(let request):
            return read(request.name) { .featureLoaded(FeatureResult(screen: request.screen, data: try request.perform($0, state.today))) }
        case .loadChangeLog(let subject):
            guard let client = editor else { return nil }
            return read("the change log") { _ in .changeLogLoaded(try client.changeLog(subject)) }
        case .apply(let change, let before, let origin):
            guard let client = editor else {
                return .saveFailed(origin, message: client == nil ? "No store is open." : "This store is open read-only.")
            }
            do {
                let after = try client.apply(change, today: state.today)
                // Our own commit: the refresh after `saved` reads it, so the poll need not.
                lastDataVersion = try? client.dataVersion()
                return .saved(AppliedChange(change: change, before: before, after: after, origin: origin))
            } catch {
                switch error {
                case .conflict(let current): return .saveConflicted(origin, current: current)
                case .failed(let message): return .saveFailed(origin, message: message)
                }
            }
        case .createStore(let demo):
            guard let createStore else { return nil }
            do {
                client = try createStore(demo)
                lastDataVersion = try? client?.dataVersion()
                return .storeCreated
            } catch {
                return .loadFailed("Could not create the store: \(error)")
            }
        }
    }

    /// Between keys: pick up other processes' commits and a new day.
    private func pollStore() {
        let day = today()
        if day != state.today { enqueue(.dayChanged(day)) }
        guard let client else { return }
        let version: Int
        do { version = try client.dataVersion() } catch {
            // The kiosk shows that the store is unavailable (and keeps trying); the editor
            // finds out on its next read.
            if state.mode == .kiosk { enqueue(.loadFailed("Could not read the store: \(error)")) }
            return
        }
        if let last = lastDataVersion, last != version { enqueue(.storeChanged) }
        lastDataVersion = version
    }

    /// Renders the state, sends only the changed cells, and nothing at all when none changed.
    @discardableResult
    public func render() -> Buffer {
        let (frame, cursor) = Renderer.frame(state, theme: theme)
        let changes = frame.changes(since: previousFrame)
        // Moving along a field changes no cell, only where the cursor sits.
        let cursorMoved = cursor?.x != previousCursor?.x || cursor?.y != previousCursor?.y
        if changes.isEmpty && !cursorMoved {
            framesSkipped += 1
        } else {
            backend.draw(changes, cursor: cursor)
            framesDrawn += 1
        }
        previousFrame = frame
        previousCursor = cursor
        return frame
    }
}
