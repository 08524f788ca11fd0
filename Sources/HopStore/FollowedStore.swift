import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only store that follows its path, for a kiosk left running for hours.
///
/// Every access checks that the file at `path` is still the one that was opened (same device
/// and inode). A file moved away makes the store unavailable; a file replaced (a restored
/// backup, a copy dropped in place) is reopened; after a failed read the next access reopens
/// too. Opening is always `.readOnly`: nothing here can create, write or delete a file.
public final class FollowedStore: @unchecked Sendable {
    public let path: String
    private var store: Store?
    private var identity: StoreFiles.Identity?
    /// Counts openings, so that a reopened file never looks unchanged to `dataVersion`.
    public private(set) var generation = 0
    private let lock = NSLock()

    public init(path: String) { self.path = path }

    /// Runs `body` on the open store, (re)opening it read-only first if the file changed.
    /// A failure drops the handle so that the next call starts afresh.
    public func reading<T>(_ body: (Store) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(try current())
        } catch {
            store = nil
            identity = nil
            throw error
        }
    }

    /// `PRAGMA data_version` of the open file, made distinct for every opening.
    public func dataVersion() throws -> Int {
        try reading { store in try store.dataVersion() &+ (generation << 32) }
    }

    private func current() throws -> Store {
        guard let now = StoreFiles.Identity(path: path) else { throw StoreError.notFound(path: path) }
        if let store, identity == now { return store }
        store = nil
        let opened = try Store.open(path: path, mode: .readOnly)
        store = opened
        identity = now
        generation += 1
        return opened
    }
}
