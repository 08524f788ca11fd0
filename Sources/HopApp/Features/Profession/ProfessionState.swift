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
    /// The full-screen maturity pane's selected assessment in the selected area's history
    /// (0 the newest).
    public var historySelected = 0
    /// The history, not the areas, has the selection: ← → or a click last chose an assessment
    /// (up and down give it back to the areas). A screen reader's cursor sits on that assessment.
    public var historyHasSelection = false
    /// Every figure kept of the profession, for the sparklines; nil until read.
    public var history: ProfessionHistory?
    /// Waiting for y or n before deleting this maturity assessment.
    public var pendingDelete: MaturityAssessment?

    public init(professionId: RowID) { self.professionId = professionId }

    public func position(_ pane: Pane) -> ListPosition { positions[pane] ?? ListPosition() }

    /// The maturity area selected in its pane, and that area's history newest first.
    public var selectedArea: AreaMaturity? {
        guard let areas = dashboard?.maturity.areas, !areas.isEmpty else { return nil }
        return areas[min(max(0, position(.maturity).selected), areas.count - 1)]
    }

    /// The assessment selected in the full-screen maturity pane's history.
    public var selectedAssessment: MaturityAssessment? {
        guard focus == .maturity, zoomed, let history = selectedArea?.history.reversed() else { return nil }
        let newestFirst = Array(history)
        return newestFirst.indices.contains(historySelected) ? newestFirst[historySelected] : nil
    }
}
