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
    private let createStore: ((Bool) throws -> CreatedStore)?
    private let today: () -> Day
    private let now: () -> Date
    private let shouldStop: () -> Bool
    private var previousFrame: Buffer?
    private var previousCursor: (x: Int, y: Int)?
    private var lastDataVersion: Int?
    /// Effects the reducer asked for, performed in order by `drain` between frames.
    private var pending: [Effect] = []
    /// Every call into the store goes through it, one at a time.
    private let lane = StoreLane()
    /// Reads run on the store's queue while the loop goes on taking keys (the dashboard and
    /// the kiosk); off, every effect is performed before `run`'s next frame (tests, snapshots).
    public var readsOffTheLoop = false
    /// How long keys typed while a read is out wait for it before acting on what is shown.
    public var typeAheadSeconds: TimeInterval = 1
    /// When the reads now out began (the first of them).
    private var readsOutSince: Date?
    /// How long the loop waits for a key before polling the store.
    public var pollMilliseconds = 500

    public private(set) var framesDrawn = 0
    public private(set) var framesSkipped = 0

    public init(state: AppState, backend: TerminalBackend, theme: Theme, client: StoreClient?,
                createStore: ((Bool) throws -> CreatedStore)? = nil, today: @escaping () -> Day,
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
            lastDataVersion = lane.sync { try? client?.dataVersion() }
            pending.append(contentsOf: Reducer.reload(state))
        }
        drain(background: true)
    }

    /// Runs until the user quits or `shouldStop` says so.
    public func run() {
        start()
        pending.append(contentsOf: Reducer.readsBehind(state))
        drain(background: true)
        render()
        var typeAhead: [InputEvent] = []
        while state.isRunning && !shouldStop() {
            // While reads are out, wake often to show their results as they come.
            let first = backend.nextEvent(timeoutMilliseconds: lane.inFlight > 0 ? 10 : pollMilliseconds)
            // A burst: everything already waiting is handled, then drawn once.
            var burst = [first]
            while burst.last != .tick { burst.append(backend.nextEvent(timeoutMilliseconds: 0)) }
            collectReads()
            if lane.inFlight > 0, let since = readsOutSince, now().timeIntervalSince(since) < typeAheadSeconds {
                // Keys typed just after one that asked for a read wait for it, so that they
                // act on what it brings (Enter on a list that is still loading).
                typeAhead += burst.filter(\.isTyped)
                burst.removeAll(where: \.isTyped)
            } else {
                burst = typeAhead + burst
                typeAhead = []
            }
            for (i, event) in burst.enumerated() where event != .tick {
                receive(event)
                guard state.isRunning, !shouldStop() else { break }
                // A key with more keys behind it has its effects performed at once, so that
                // the next key sees their results (a list read before moving in it).
                if burst[(i + 1)...].contains(where: { $0 != .tick }) { drain() }
            }
            enqueue(.clockTicked(now()))
            // Another process's commit is looked for once no read of ours is out.
            if lane.inFlight == 0 && typeAhead.isEmpty { pollStore() }
            // What the keys changed shows first ("Loading…", "Creating the store…"), then the
            // reads and writes they asked for run, then their results show.
            if !pending.isEmpty {
                render()
                drain(background: true)
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
        case .paste(let text):
            enqueue(.paste(text))
        case .mouse(let event):
            // What the last frame drew under the pointer says what the event means.
            for action in MouseInput.actions(event, map: previousFrame?.map ?? FrameMap(), state: state) { enqueue(action) }
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
        observer?(action, state)
    }

    /// Told of every action once it is reduced, with the state it left (the diagnostics log).
    public var observer: ((Action, AppState) -> Void)?

    /// Performs queued effects in order, each result reduced in turn (its own effects joining
    /// the end of the queue), until none is left. Never recursive, never drawing. With
    /// `readsOffTheLoop` and `background`, reads start on the store's queue instead and their
    /// results arrive later (`collectReads`).
    public func drain() { drain(background: false) }

    private func drain(background: Bool) {
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let job = StoreLane.job(for: effect, today: state.today) {
                guard let client else { continue }
                if background && readsOffTheLoop {
                    if lane.inFlight == 0 { readsOutSince = now() }
                    lane.start(job, on: client)
                } else {
                    // Reads already out come first, in order.
                    if lane.inFlight > 0 {
                        lane.sync {}
                        collectReads()
                    }
                    enqueue(lane.sync { job(client) })
                }
            } else if let result = perform(effect) {
                enqueue(result)
            }
        }
    }

    /// Reduces the results of background reads that have finished.
    private func collectReads() {
        for action in lane.collect() { enqueue(action) }
    }

    /// The store as an editor sees it; nil for the kiosk's read-only client.
    private var editor: EditingStoreClient? { client as? EditingStoreClient }

    /// A write (or creating the store) on the store's queue; what happened comes back as an action.
    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .loadOverview, .loadSlides, .loadDepartments, .loadProfession, .loadLastChange, .loadSeminarSettings, .loadLastForum, .loadChangeLog,
             .read:
            return nil  // reads are StoreLane jobs
        case .apply(let change, let before, let origin):
            guard let client = editor else {
                return .saveFailed(origin, message: client == nil ? "No store is open." : "This store is open read-only.")
            }
            let today = state.today
            let outcome: Result<EditableRecord?, SaveError> = lane.sync {
                do throws(SaveError) { return .success(try client.apply(change, today: today, undoing: origin == .undo)) }
                catch { return .failure(error) }
            }
            switch outcome {
            case .success(let after):
                // Our own commit: the refresh after `saved` reads it, so the poll need not.
                lastDataVersion = lane.sync { try? client.dataVersion() }
                return .saved(AppliedChange(change: change, before: before, after: after, origin: origin))
            case .failure(.conflict(let current)):
                return .saveConflicted(origin, current: current)
            case .failure(.failed(let message)):
                return .saveFailed(origin, message: message)
            }
        case .repaint:
            // The next frame is sent whole, and the terminal clears first (ncurses' clearok).
            backend.invalidate()
            previousFrame = nil
            previousCursor = nil
            return nil
        case .createStore(let demo):
            guard let createStore else { return nil }
            do {
                let created = try lane.sync { try createStore(demo) }
                client = created.client
                lastDataVersion = lane.sync { try? created.client.dataVersion() }
                return .storeCreated(created.place, notice: created.notice)
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
        do { version = try lane.sync { try client.dataVersion() } } catch {
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

private extension InputEvent {
    /// Keys and pastes: what the user typed, kept in order while reads are out.
    var isTyped: Bool {
        switch self {
        case .key, .paste, .mouse: true
        case .resize, .tick: false
        }
    }
}
