import Foundation
import HopApp
import HopModel
import HopStoreAdapter

/// The real store's client with a test's hands on it: it notes each page of members asked of
/// it (so a test can check the members list reads pages as the selection moves, never every
/// row), and it can fail the next change as a store would (disk full, opened read-only),
/// changing nothing.
final class InstrumentedClient: EditingStoreClient {
    let client: StoreAdapter
    private(set) var pageReads: [StaffPageRequest] = []
    /// Each page of a list of people asked for, by where it starts.
    private(set) var peopleReads: [PeoplePageAnchor] = []
    /// Each read of dashboard figures: "overview", "all", "profession ID" or "departments".
    private(set) var dashboardReads: [String] = []
    /// The next apply fails with this message, and the store is not touched.
    var failNext: String?

    init(_ client: StoreAdapter) { self.client = client }

    func staffPage(_ request: StaffPageRequest) throws -> [StaffMember] {
        pageReads.append(request)
        return try client.staffPage(request)
    }

    func allProfessionData(today: Day) throws -> [ProfessionData] {
        dashboardReads.append("all")
        return try client.allProfessionData(today: today)
    }
    func overviewData(today: Day) throws -> [ProfessionData] {
        dashboardReads.append("overview")
        return try client.overviewData(today: today)
    }
    func professionData(id: RowID, today: Day) throws -> ProfessionData {
        dashboardReads.append("profession \(id)")
        return try client.professionData(id: id, today: today)
    }
    func departmentData(today: Day) throws -> [DepartmentData] {
        dashboardReads.append("departments")
        return try client.departmentData(today: today)
    }
    func dataVersion() throws -> Int { try client.dataVersion() }
    func lastChange() throws -> Date? { try client.lastChange() }
    func seminarSettings() throws -> SeminarSettings { try client.seminarSettings() }
    func apply(_ change: Change, today: Day, undoing: Bool) throws(SaveError) -> EditableRecord? {
        if let message = failNext { failNext = nil; throw .failed(message) }
        return try client.apply(change, today: today, undoing: undoing)
    }
    func changeLog(_ subject: ChangeLogSubject) throws -> [ChangeLogEntry] { try client.changeLog(subject) }
    func staffCount(professionId: RowID, filter: String) throws -> Int { try client.staffCount(professionId: professionId, filter: filter) }
    func departments() throws -> [Department] { try client.departments() }
    func grades() throws -> [Grade] { try client.grades() }
    func memberRecords(staffId: RowID) throws -> MemberRecords { try client.memberRecords(staffId: staffId) }
    func directory() throws -> Directory { try client.directory() }
    func staffMember(id: RowID) throws -> StaffMember? { try client.staffMember(id: id) }
    func peoplePage(_ query: PeopleQuery, anchor: PeoplePageAnchor, limit: Int) throws -> [PersonRow] {
        peopleReads.append(anchor)
        return try client.peoplePage(query, anchor: anchor, limit: limit)
    }
    func peopleCount(_ query: PeopleQuery) throws -> Int { try client.peopleCount(query) }
    func bookingListCount(_ query: PeopleQuery) throws -> BookingListCount { try client.bookingListCount(query) }
    func exportPeople(_ query: PeopleQuery) throws -> PeopleExport { try client.exportPeople(query) }
    func exportOverdueItems(_ items: [OverdueItem], professionId: RowID, today: Day) throws -> PeopleExport {
        try client.exportOverdueItems(items, professionId: professionId, today: today)
    }
    func accessLog(professionCode: String?, limit: Int) throws -> [AccessLogEntry] {
        try client.accessLog(professionCode: professionCode, limit: limit)
    }
    func successionRegister(professionId: RowID) throws -> SuccessionRegister {
        try client.successionRegister(professionId: professionId)
    }
    func staffMember(number: String) throws -> StaffMember? { try client.staffMember(number: number) }
    func learningCatalogue(professionId: RowID) throws -> LearningCatalogue {
        try client.learningCatalogue(professionId: professionId)
    }
    func planWorkbench(professionId: RowID, year: Int) throws -> PlanWorkbench {
        try client.planWorkbench(professionId: professionId, year: year)
    }
    func professionHistory(professionId: RowID) throws -> ProfessionHistory {
        try client.professionHistory(professionId: professionId)
    }
    func trendBaseline(today: Day) throws -> TrendBaseline? { try client.trendBaseline(today: today) }
}
