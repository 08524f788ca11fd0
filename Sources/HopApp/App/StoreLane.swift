import Foundation
import HopModel

/// The runtime's one way into the store: every call runs on one serial queue, one at a time,
/// so a store client is never used from two threads at once. Reads can run there in the
/// background while the input loop goes on (keys keep working, "Loading…" shows); their results
/// wait in an inbox the loop collects between frames. Writes and polls wait their turn.
final class StoreLane {
    private let queue = DispatchQueue(label: "hopdash.store")
    private let inbox = Inbox()
    /// Reads started in the background whose results have not been collected.
    private(set) var inFlight = 0

    /// Runs `body` on the store's queue and waits for it.
    func sync<T>(_ body: () throws -> T) rethrows -> T { try queue.sync(execute: body) }

    /// Starts a read in the background; its action comes back through `collect`.
    func start(_ job: @escaping @Sendable (StoreClient) -> Action, on client: StoreClient) {
        inFlight += 1
        let client = Unchecked(client)
        queue.async { [inbox] in inbox.post(job(client.value)) }
    }

    /// The results of background reads that have finished, in the order they finished.
    func collect() -> [Action] {
        let actions = inbox.take()
        inFlight -= actions.count
        return actions
    }

    /// A read effect as a job for the queue; nil for effects that are not reads.
    static func job(for effect: Effect, today: Day) -> (@Sendable (StoreClient) -> Action)? {
        func attempt(_ what: String, _ body: @escaping @Sendable (StoreClient) throws -> Action) -> @Sendable (StoreClient) -> Action {
            { client in
                do { return try body(client) } catch { return .loadFailed("Could not read \(what): \(error)") }
            }
        }
        switch effect {
        case .loadOverview:
            return attempt("the store") { .overviewLoaded(try $0.overviewData(today: today)) }
        case .loadSlides:
            return attempt("the store") { .overviewLoaded(try $0.allProfessionData(today: today)) }
        case .loadDepartments:
            return attempt("the store") { .departmentsLoaded(try $0.departmentData(today: today)) }
        case .loadProfession(let id):
            return attempt("the store") { .professionLoaded(try $0.professionData(id: id, today: today)) }
        case .loadLastChange:
            return attempt("the store") { .lastChangeLoaded(try $0.lastChange()) }
        case .loadSeminarSettings:
            return attempt("the seminar plan") { .seminarSettingsLoaded(try $0.seminarSettings()) }
        case .loadLastForum:
            return attempt("the forum dates") { .lastForumLoaded(try $0.lastForum(onOrBefore: today)) }
        case .loadChangeLog(let subject):
            return attempt("the change log") { .changeLogLoaded(try EditingRead.editor($0).changeLog(subject)) }
        case .read(let request):
            return attempt(request.name) { .featureLoaded(FeatureResult(screen: request.screen, data: try request.perform($0, today))) }
        case .apply, .createStore, .repaint:
            return nil
        }
    }

    /// A value handed to the store's queue; only that queue touches it while a read runs.
    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private final class Inbox: @unchecked Sendable {
        private let lock = NSLock()
        private var actions: [Action] = []

        func post(_ action: Action) { lock.withLock { actions.append(action) } }
        func take() -> [Action] { lock.withLock { defer { actions = [] }; return actions } }
    }
}
