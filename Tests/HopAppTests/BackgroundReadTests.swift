import Foundation
@testable import HopApp
import HopModel
import Testing
import TerminalUI
import HopStoreAdapter

/// With reads off the input loop, a read that has not come back holds no key. The fault (a
/// read that blocks until the test lets it go) is injected in front of the real store.
@Suite struct BackgroundReadTests {
    /// A store whose profession read (or overview read) waits for `release`.
    final class SlowStore: StoreClient, @unchecked Sendable {
        let inner = DemoApp.adapter(TestStore.make())
        let slowOverview: Bool
        init(slowOverview: Bool = false) { self.slowOverview = slowOverview }
        let release = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var _waiting = false
        var waiting: Bool { lock.withLock { _waiting } }

        func allProfessionData(today: Day) throws -> [ProfessionData] {
            if slowOverview { wait() }
            return try inner.allProfessionData(today: today)
        }
        func departmentData(today: Day) throws -> [DepartmentData] { try inner.departmentData(today: today) }
        func dataVersion() throws -> Int { try inner.dataVersion() }
        func lastChange() throws -> Date? { try inner.lastChange() }
        func professionData(id: RowID, today: Day) throws -> ProfessionData {
            if !slowOverview { wait() }
            return try inner.professionData(id: id, today: today)
        }

        private func wait() {
            lock.withLock { _waiting = true }
            release.wait()
            lock.withLock { _waiting = false }
        }
    }

    @Test func keysWorkWhileAReadIsOutAndItsResultShowsWhenItComes() throws {
        let store = SlowStore()
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let open = try #require(Keymap.key(for: .open, in: .overview))
        let help = try #require(Keymap.key(for: .showHelp))
        var helpOpenedWhileReading: Bool?
        var sawLoading = false
        let deadline = Date().addingTimeInterval(30)
        var runtime: Runtime!
        // Between frames: once the overview is in, Enter opens a dashboard (whose read blocks);
        // once that read is out, ? opens help; help open, the read is let go.
        runtime = Runtime(state: Fixtures.state(), backend: backend, theme: .monochrome, client: store,
                          today: { Fixtures.today }, shouldStop: {
            let state = runtime.state
            if state.screen == .overview, state.overview.loaded, backend.pendingEvents == 0 {
                backend.enqueue([.key(open)])
            } else if state.screen == .profession, state.overlay == nil, store.waiting, backend.pendingEvents == 0 {
                if backend.screen.lines.joined().contains("Loading…") { sawLoading = true }
                backend.enqueue([.key(help)])
            } else if helpOpenedWhileReading == nil, state.overlay != nil {
                helpOpenedWhileReading = store.waiting
                store.release.signal()
            }
            return state.profession?.dashboard != nil || Date() > deadline
        })
        runtime.readsOffTheLoop = true
        runtime.typeAheadSeconds = 0
        runtime.run()
        #expect(sawLoading, "the dashboard said Loading… while its read was out")
        #expect(helpOpenedWhileReading == true, "? was handled while the read was still out")
        #expect(runtime.state.profession?.dashboard?.profession.name == runtime.state.overview.visibleRows.first?.name)
    }

    @Test func keysTypedJustAfterAReadWaitForItAndActOnWhatItBrings() throws {
        let store = SlowStore(slowOverview: true)
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let open = try #require(Keymap.key(for: .open, in: .overview))
        var pressed = false, released = false
        let deadline = Date().addingTimeInterval(30)
        var runtime: Runtime!
        // The overview's read is out; Enter is pressed; only then is the read let go.
        runtime = Runtime(state: Fixtures.state(), backend: backend, theme: .monochrome, client: store,
                          today: { Fixtures.today }, shouldStop: {
            if !pressed, store.waiting {
                backend.enqueue([.key(open)])
                pressed = true
            } else if pressed, !released, backend.pendingEvents == 0 {
                #expect(!runtime.state.overview.loaded, "Enter came before the rows")
                store.release.signal()
                released = true
            }
            return runtime.state.profession?.dashboard != nil || Date() > deadline
        })
        runtime.readsOffTheLoop = true
        runtime.run()
        #expect(runtime.state.screen == .profession, "Enter opened the first profession once the rows came")
        #expect(runtime.state.profession?.dashboard?.profession.name == runtime.state.overview.visibleRows.first?.name)
    }
}
