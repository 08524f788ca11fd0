import Foundation
import HopModel

/// What the app needs from the store. The executable adapts the SQLite store to it; tests use
/// an in-memory fake. Keeping GRDB out of HopApp keeps state, reducer and screens pure.
public protocol StoreClient: AnyObject {
    func allProfessionData(today: Day) throws -> [ProfessionData]
    /// The same without the movement facts, which the interactive overview does not show.
    func overviewData(today: Day) throws -> [ProfessionData]
    func professionData(id: RowID, today: Day) throws -> ProfessionData
    /// Every department with its professions' figures for its own staff (computed, not summarised).
    func departmentData(today: Day) throws -> [DepartmentData]
    /// Changes whenever any process commits to the store.
    func dataVersion() throws -> Int
    /// When any editor last committed to the store; nil for a store never written to.
    func lastChange() throws -> Date?
    /// The seminar planner's number of groups and pins (the kiosk shows the plan too).
    func seminarSettings() throws -> SeminarSettings
    /// The latest forum marked on or before `day` with the figures kept on its date; nil when none is.
    func lastForum(onOrBefore day: Day) throws -> LastForum?
}

extension StoreClient {
    /// A client that cannot leave the movements out (the kiosk's, tests') gives them: the same
    /// overview, read a little slower.
    public func overviewData(today: Day) throws -> [ProfessionData] { try allProfessionData(today: today) }
    /// Stores that keep no settings plan with the defaults.
    public func seminarSettings() throws -> SeminarSettings { SeminarSettings() }
    /// Stores that keep no forum dates have nothing to compare with.
    public func lastForum(onOrBefore day: Day) throws -> LastForum? { nil }
}

/// What editing needs on top: writes and the per-person lists. The kiosk's read-only client
/// does not conform, so no write can be reached from it, whatever a key binding says.
public protocol EditingStoreClient: StoreClient {
    /// Applies one change in one transaction (summaries and change log included), dated
    /// `today`; returns the record as saved, nil after a removal. A record changed since it was
    /// read is `SaveError.conflict`, never overwritten. `undoing`: it puts back an earlier
    /// change, and the change log says "undo".
    func apply(_ change: Change, today: Day, undoing: Bool) throws(SaveError) -> EditableRecord?
    /// Who changed what and when, newest first.
    func changeLog(_ subject: ChangeLogSubject) throws -> [ChangeLogEntry]
    /// Up to `StaffPageRequest.limit` members after `request.after` (keyset pagination).
    func staffPage(_ request: StaffPageRequest) throws -> [StaffMember]
    /// How many members `staffPage` would list in all.
    func staffCount(professionId: RowID, filter: String) throws -> Int
    func departments() throws -> [Department]
    /// The grade ladder, lowest first.
    func grades() throws -> [Grade]
    /// A member's assessments, CPD activities and qualifications.
    func memberRecords(staffId: RowID) throws -> MemberRecords
    /// Every profession's head and departmental leads.
    func directory() throws -> Directory
    /// One staff member as stored now, nil when gone.
    func staffMember(id: RowID) throws -> StaffMember?
    /// Up to `limit` people of a list behind a figure from `anchor`, in the list's order.
    func peoplePage(_ query: PeopleQuery, anchor: PeoplePageAnchor, limit: Int) throws -> [PersonRow]
    /// How many people the list holds.
    func peopleCount(_ query: PeopleQuery) throws -> Int
    /// What booking everyone on a plan line's list would do: who is on it, who of them is on
    /// the line already, and the line's places.
    func bookingListCount(_ query: PeopleQuery) throws -> BookingListCount
    /// Writes the list as CSV to a new file readable by its owner only (0600), in the folder
    /// hopdash was started in, and records it in the access log (no names); says where.
    /// `Store.exportPeople(_:inFolder:by:)` says what it never replaces.
    func exportPeople(_ query: PeopleQuery) throws -> PeopleExport
    /// Writes the overdue checklist items with their owners as CSV to a new 0600 file in the same
    /// folder, recorded in the access log like a list of people; says where and how many items.
    func exportOverdueItems(_ items: [OverdueItem], professionId: RowID, today: Day) throws -> PeopleExport
    /// The latest exports of lists of people, newest first; one profession's only (by code) when given.
    func accessLog(professionCode: String?, limit: Int) throws -> [AccessLogEntry]
    /// A profession's register of business-critical posts with the people it names.
    func successionRegister(professionId: RowID) throws -> SuccessionRegister
    /// A profession's learning catalogue (its own offers and the shared ones) with the skills they name.
    func learningCatalogue(professionId: RowID) throws -> LearningCatalogue
    /// A profession's year: its development plan if kept, hopdash's proposal, gaps and offers.
    func planWorkbench(professionId: RowID, year: Int) throws -> PlanWorkbench
    /// The member with this staff number, nil when there is none.
    func staffMember(number: String) throws -> StaffMember?
    /// Every figure kept of a profession (quarter ends, forum dates) and the forum dates.
    func professionHistory(professionId: RowID) throws -> ProfessionHistory
    /// What the overview's trend is measured from; nil when no figures were kept yet.
    func trendBaseline(today: Day) throws -> TrendBaseline?
}

