import Foundation
import HopApp
import HopModel
import HopStore

/// The kiosk's store client: a read-only store that reopens itself when its file is replaced
/// and reports failures, so the kiosk can show "data unavailable" and recover on its own.
final class FollowedStoreAdapter: StoreClient {
    let followed: FollowedStore

    init(_ followed: FollowedStore) { self.followed = followed }

    func allProfessionData(today: Day) throws -> [ProfessionData] {
        try followed.reading { try $0.allProfessionData(today: today) }
    }

    func departmentData(today: Day) throws -> [DepartmentData] {
        try followed.reading { try $0.departmentData(today: today) }
    }

    func professionData(id: RowID, today: Day) throws -> ProfessionData {
        try followed.reading { try $0.professionData(id: id, today: today) }
    }

    func dataVersion() throws -> Int { try followed.dataVersion() }

    func seminarSettings() throws -> SeminarSettings { try followed.reading { try $0.seminarSettings() } }

    func lastForum(onOrBefore day: Day) throws -> LastForum? { try followed.reading { try $0.lastForum(onOrBefore: day) } }

    func lastChange() throws -> Date? {
        try followed.reading { try $0.lastChange() }.flatMap(Store.date(fromTimestamp:))
    }
}
