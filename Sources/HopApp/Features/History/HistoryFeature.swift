import HopModel
import TerminalUI

extension Screen {
    /// One figure of the open profession over time, as a chart.
    public static let history = Screen("history")
}

extension KeyScope {
    public static let history = KeyScope("history", "A figure's history (t on a dashboard)")
}

/// Which figure the history chart shows.
public struct HistoryState: FeatureState {
    public var figure: Figure = .skillsGap
    public init() {}
}

extension AppState {
    public var history: HistoryState {
        get { features[HistoryState.self] }
        set { features[HistoryState.self] = newValue }
    }
}

/// The open profession's figure history: the values kept on quarter ends and forum dates and
/// today's, as a chart with the forum dates marked (`HistoryChart`). It draws from the
/// dashboard and the history the dashboard read (no read of its own); Tab steps through the
/// profession's figures.
enum HistoryFeature: Feature {
    static let screen = Screen.history

    static let bindings = [
        Binding([.char("t")], .show(.history), scope: .profession,
                "History of the focused pane's figure as a chart, forum dates marked (on the skills pane: the selected skill's gap)",
                hint: "History", rank: HintRank.editing),
        Binding([.tab], .nextPane, scope: .history, "The next figure's history", hint: "Figure"),
        Binding([.backTab], .previousPane, scope: .history, "The previous figure's history"),
        Binding([.escape], .back, scope: .history, "Back to the dashboard", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { [.history] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        guard let profession = state.profession, let dashboard = profession.dashboard else { return }
        HistoryChart.render(figure: state.history.figure, dashboard: dashboard, history: profession.history, today: state.today,
                            in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .profession, let profession = state.profession, profession.dashboard != nil else { return nil }
        state.history.figure = focusedFigure(profession)
        state.screen = screen
        return []
    }

    static func reload(_ state: AppState) -> [Effect] { ProfessionFeature.reload(state) }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            state.screen = .profession
        case .nextPane, .previousPane:
            guard let profession = state.profession else { return [] }
            let all = figures(profession)
            guard !all.isEmpty else { return [] }
            let index = all.firstIndex(of: state.history.figure) ?? -1
            let step = command == .nextPane ? 1 : all.count - 1
            state.history.figure = all[(index + step + all.count) % all.count]
        default:
            return nil
        }
        return []
    }

    /// The figure of the dashboard's focused pane: the selected skill's gap (coverage on the
    /// "never assessed" row), maturity, CPD compliance or checklist progress.
    static func focusedFigure(_ profession: ProfessionState) -> Figure {
        switch profession.focus {
        case .maturity: return .maturity
        case .cpd: return .cpdCompliance
        case .checklist: return .checklist
        case .skills:
            guard let report = profession.dashboard?.skills else { return .skillsGap }
            let rows = SkillsPane.ordered(report), selected = profession.position(.skills).selected
            return rows.indices.contains(selected) ? .skillGap(skillId: rows[selected].skill.id) : .auditCoverage
        }
    }

    /// The figures Tab steps through: the gap overall, each skill's (largest first), then the
    /// others in the order reports list them; each only when it has a value or a history.
    static func figures(_ profession: ProfessionState) -> [Figure] {
        guard let dashboard = profession.dashboard else { return [] }
        let now = Figure.values(dashboard)
        let skills = SkillsPane.ordered(dashboard.skills).map { Figure.skillGap(skillId: $0.skill.id) }
        let all = [Figure.skillsGap] + skills + Figure.headline.filter { $0 != .skillsGap }
        return all.filter { now[$0] != nil || !(profession.history?.kept[$0] ?? []).isEmpty }
    }
}
