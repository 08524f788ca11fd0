import HopModel

/// The list behind a figure: which figure, its order and filter, and a window of its rows read
/// a page at a time (never the whole list).
public struct PeopleListState: FeatureState, ListScreenState {
    public var figure: PeopleFigure?
    public var professionId: RowID = 0
    public var sort: PeopleSortColumn = .name
    public var descending = false
    public var window = PagedWindow<PersonRow>(pageSize: PeopleListState.pageSize)
    public var list = ListModel<PersonRow>()
    /// `F` was pressed: waiting for y/n before a follow-up of everyone on the list.
    public var confirmingFollowUpList = false
    /// The plan line the list was opened from (its people are booked on it); nil for a figure's list.
    public var bookingLine: PlanLineKey?
    /// `B` was pressed and the list counted: waiting for y/n before booking everyone on it.
    public var confirmingBookList: BookingListCount?

    /// Rows per read: a few screens' worth.
    public static let pageSize = 100

    public init() {}

    /// How many people the list holds (the figure's count until the store's count arrives).
    public var total: Int { window.total }
    public var selected: PersonRow? { window.row(at: list.position.selected) }

    /// The store's query for the list as shown now.
    func query(today: Day) -> PeopleQuery? {
        figure.map { PeopleQuery(professionId: professionId, criterion: $0.criterion, gradeId: $0.grade?.id, filter: list.filter,
                                 sort: sort, descending: descending, today: today, bookingLine: bookingLine) }
    }
}

extension AppState {
    public var peopleList: PeopleListState {
        get { features[PeopleListState.self] }
        set { features[PeopleListState.self] = newValue }
    }
}

/// A page of a list of people as read, with the query and anchor it answers.
struct PeoplePage: FeatureData {
    var query: PeopleQuery
    var anchor: PeoplePageAnchor
    var rows: [PersonRow]
}

/// What became of `x`: the file written, or why not.
struct PeopleExported: FeatureData {
    var message: String
    var failed: Bool
}

/// What booking everyone on the list would do, as read when `B` is pressed.
struct BookingListCounted: FeatureData {
    var query: PeopleQuery
    var count: BookingListCount
}

/// How many people a list holds, as read.
struct PeopleCount: FeatureData {
    var query: PeopleQuery
    var count: Int
}
