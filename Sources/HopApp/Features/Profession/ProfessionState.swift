import HopModel

public enum Pane: Int, CaseIterable, Sendable {
    case maturity = 1, skills, cpd, checklist

    public var title: String {
        switch self {
        case .maturity: "Maturity"
        case .skills: "Skills gaps"
        case .cpd: "CPD"
        case .checklist: "Checklist"
        }
    }

    public var next: Pane { Pane(rawValue: rawValue % 4 + 1)! }
    public var previous: Pane { Pane(rawValue: (rawValue + 2) % 4 + 1)! }
}

/// The open profession: its dashboard, the focused pane and a position in each.
public struct ProfessionState: Hashable, Sendable {
    public var professionId: RowID
    public var dashboard: ProfessionDashboard?
    public var focus: Pane = .maturity
    /// Showing the focused pane full screen.
    public var zoomed = false
    /// A position per pane, for lists inside panes (skills, checklist items...).
    public var positions: [Pane: ListPosition] = [:]
    /// The first grade column the full-screen skills pane shows when not every grade fits.
    public var gradeOffset = 0
    /// The skills pane's figure column: 0 for a skill's "below" figure, 1 and on for the grade
    /// cells of the heat map (see `DashboardFigures`).
    public var figureColumn = 0

    public init(professionId: RowID) { self.professionId = professionId }

    public func position(_ pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }
}
