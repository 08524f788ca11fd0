import HopApp
import HopModel
import HopStore

/// Presents the SQLite store to the app through the narrow `StoreClient` protocol, so that
/// HopApp never imports GRDB. Its own target so that the command line and the benchmark drive
/// the app through the same adapter.
public final class StoreAdapter: StoreClient {
    public let store: Store

    public init(_ store: Store) { self.store = store }

    public func allProfessionData(today: Day) throws -> [ProfessionData] { try store.allProfessionData(today: today) }

    public func professionData(id: RowID, today: Day) throws -> ProfessionData { try store.professionData(id: id, today: today) }

    public func dataVersion() throws -> Int { try store.dataVersion() }
}
