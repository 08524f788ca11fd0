import HopModel

/// Where the dashboard opens (`hopdash --open`): the overview, the department comparison, or
/// one profession's dashboard. The first screen reads only what it shows; the professions'
/// rows, which other screens name professions from, follow once it is drawn
/// (`Reducer.readsBehind`).
public enum StartPlace: Hashable, Sendable {
    case overview
    case departments
    /// A profession's dashboard, with a pane full screen if one is named.
    case profession(RowID, pane: Pane?)
}

/// A store the first-run screen created, and where the dashboard opens on it (`--open`, named
/// before the store existed); `notice` says why it opens elsewhere, if it does.
public struct CreatedStore {
    public var client: StoreClient
    public var place: StartPlace
    public var notice: String?

    public init(client: StoreClient, place: StartPlace = .overview, notice: String? = nil) {
        self.client = client
        self.place = place
        self.notice = notice
    }
}

extension AppState {
    /// Puts the dashboard at `place`; the runtime's start reads what it shows.
    public mutating func open(at place: StartPlace) {
        switch place {
        case .overview:
            screen = .overview
        case .departments:
            screen = .overview
            overview.byDepartment = true
        case .profession(let id, let pane):
            _ = ProfessionFeature.open(id, &self)
            if let pane {
                profession?.focus = pane
                profession?.zoomed = true
            }
        }
    }
}
