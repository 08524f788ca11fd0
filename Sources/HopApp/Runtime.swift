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
        if state.mode == .kiosk { dispatch(.clockTicked(now())) }
        if client != nil && state.screen != .firstRun {
            lastDataVersion = try? client?.dataVersion()
            run(Reducer.reload(state))
        }
    }

    /// Runs until the user quits or `shouldStop` says so.
    public func run() {
        start()
        render()
        while state.isRunning && !shouldStop() {
            var event = backend.nextEvent(timeoutMilliseconds: pollMilliseconds)
            // Fold a burst: handle everything already waiting, then draw once.
            while true {
                handle(event)
                guard state.isRunning, !shouldStop() else { break }
                event = backend.nextEvent(timeoutMilliseconds: 0)
                if event == .tick { break }
            }
            if state.mode == .kiosk { dispatch(.clockTicked(now())) }
            if event == .tick { pollStore() }
            render()
        }
    }

    public func handle(_ event: InputEvent) {
        switch event {
        case .key(let key):
            if let action = Keymap.resolve(key, state: state) { dispatch(action) }
        case .resize(let size):
            backend.invalidate()
            previousFrame = nil
            dispatch(.resized(size))
        case .tick:
            break
        }
    }

    /// Reduces an action and performs the effects it returns, feeding results back.
    public func dispatch(_ action: Action) {
        let effects = Reducer.reduce(&state, action)
        observer?(action, state)
        run(effects)
    }

    /// Told of every action once it is reduced, with the state it left (the diagnostics log).
    public var observer: ((Action, AppState) -> Void)?

    private func run(_ effects: [Effect]) {
        for effect in effects { perform(effect) }
    }

    /// The store as an editor sees it; nil for the kiosk's read-only client.
    private var editor: EditingStoreClient? { client as? EditingStoreClient }

    private func perform(_ effect: Effect) {
        switch effect {
        case .loadOverview:
            guard let client else { return }
            do { dispatch(.overviewLoaded(try client.allProfessionData(today: state.today))) } catch {
                dispatch(.loadFailed("Could not read the store: \(error)"))
            }
        case .loadDepartments:
            guard let client else { return }
            do { dispatch(.departmentsLoaded(try client.departmentData(today: state.today))) } catch {
                dispatch(.loadFailed("Could not read the store: \(error)"))
            }
        case .loadProfession(let id):
            guard let client else { return }
            do { dispatch(.professionLoaded(try client.professionData(id: id, today: state.today))) } catch {
                dispatch(.loadFailed("Could not read the store: \(error)"))
            }
        case .apply(let change, let before, let origin):
            guard let client = editor else {
                dispatch(.saveFailed(origin, message: client == nil ? "No store is open." : "This store is open read-only."))
                return
            }
            do {
                let after = try client.apply(change, today: state.today)
                // Our own commit: already reloaded below, so the poll need not do it again.
                lastDataVersion = try? client.dataVersion()
                dispatch(.saved(AppliedChange(change: change, before: before, after: after, origin: origin)))
            } catch {
                switch error {
                case .conflict(let current): dispatch(.saveConflicted(origin, current: current))
                case .failed(let message): dispatch(.saveFailed(origin, message: message))
                }
            }
        case .loadChangeLog(let subject):
            guard let client = editor else { return }
            do { dispatch(.changeLogLoaded(try client.changeLog(subject))) } catch {
                dispatch(.loadFailed("Could not read the change log: \(error)"))
            }
        case .loadStaffPage(let request):
            guard let client = editor else { return }
            do {
                let rows = try client.staffPage(request)
                let total = try client.staffCount(professionId: request.professionId, filter: request.filter)
                // Departments are read with a fresh start of the list, not with every page.
                let departments: [Department]
                switch request.anchor {
                case .after, .before: departments = state.staffList.departments
                case .first, .last, .startingAt: departments = try client.departments()
                }
                dispatch(.staffPageLoaded(request, rows: rows, total: total, departments: departments))
            } catch {
                dispatch(.loadFailed("Could not read the members: \(error)"))
            }
        case .loadMemberRecords(let staffId):
            guard let client = editor else { return }
            do { dispatch(.memberRecordsLoaded(staffId: staffId, try client.memberRecords(staffId: staffId))) } catch {
                dispatch(.loadFailed("Could not read the member's records: \(error)"))
            }
        case .loadSetup:
            guard let client = editor else { return }
            do { dispatch(.setupLoaded(departments: try client.departments(), grades: try client.grades())) } catch {
                dispatch(.loadFailed("Could not read departments and grades: \(error)"))
            }
        case .loadDirectory:
            guard let client = editor else { return }
            do { dispatch(.directoryLoaded(try client.directory(), departments: try client.departments())) } catch {
                dispatch(.loadFailed("Could not read the directory: \(error)"))
            }
        case .loadSeminarSettings:
            guard let client else { return }
            do { dispatch(.seminarSettingsLoaded(try client.seminarSettings())) } catch {
                dispatch(.loadFailed("Could not read the seminar plan: \(error)"))
            }
        case .createStore(let demo):
            guard let createStore else { return }
            render()  // Show "Creating…" before the seconds a demo store takes.
            do {
                client = try createStore(demo)
                lastDataVersion = try? client?.dataVersion()
                dispatch(.storeCreated)
            } catch {
                dispatch(.loadFailed("Could not create the store: \(error)"))
            }
        case .loadLastChange:
            guard let client else { return }
            do { dispatch(.lastChangeLoaded(try client.lastChange())) } catch {
                dispatch(.loadFailed("Could not read the store: \(error)"))
            }
        }
    }

    /// Between keys: pick up other processes' commits and a new day.
    private func pollStore() {
        let day = today()
        if day != state.today { dispatch(.dayChanged(day)) }
        guard let client else { return }
        let version: Int
        do { version = try client.dataVersion() } catch {
            // The kiosk shows that the store is unavailable (and keeps trying); the editor
            // finds out on its next read.
            if state.mode == .kiosk { dispatch(.loadFailed("Could not read the store: \(error)")) }
            return
        }
        if let last = lastDataVersion, last != version { dispatch(.storeChanged) }
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
