import Foundation
import HopApp
import HopModel
import HopStore

/// Presents the SQLite store to the app through the narrow `StoreClient` protocol, so that
/// HopApp never imports GRDB.
final class StoreAdapter: StoreClient {
    let store: Store

    init(_ store: Store) { self.store = store }

    func allProfessionData(today: Day) throws -> [ProfessionData] { try store.allProfessionData(today: today) }

    func professionData(id: RowID, today: Day) throws -> ProfessionData { try store.professionData(id: id, today: today) }

    func dataVersion() throws -> Int { try store.dataVersion() }

    func lastChange() throws -> Date? { try store.lastChange().flatMap(Store.date(fromTimestamp:)) }
}
