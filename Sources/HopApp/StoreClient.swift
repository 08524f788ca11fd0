import Foundation
import HopModel

/// What the app needs from the store. The executable adapts the SQLite store to it; tests use
/// an in-memory fake. Keeping GRDB out of HopApp keeps state, reducer and screens pure.
public protocol StoreClient: AnyObject {
    func allProfessionData(today: Day) throws -> [ProfessionData]
    func professionData(id: RowID, today: Day) throws -> ProfessionData
    /// Changes whenever any process commits to the store.
    func dataVersion() throws -> Int
    /// When any editor last committed to the store; nil for a store never written to.
    func lastChange() throws -> Date?
}
