import HopModel
import TerminalUI

/// A figure about people on a profession's dashboard, with the list of the people it counts
/// behind it (`PeopleCriterion`, on one grade for a cell of the skills heat map).
public struct PeopleFigure: Hashable, Sendable {
    public var criterion: PeopleCriterion
    /// One grade only (a cell of the heat map), or every grade.
    public var grade: Grade?
    /// What the dashboard shows: the list holds exactly this many people.
    public var count: Int

    public init(_ criterion: PeopleCriterion, grade: Grade? = nil, count: Int) {
        self.criterion = criterion; self.grade = grade; self.count = count
    }

    /// "Below requirement in Analysis, grade HEO".
    public var title: String { criterion.title + (grade.map { ", grade \($0.code)" } ?? "") }
}

/// The figures about people a dashboard shows, and the one its figure cursor is on. The cursor
/// is the focused pane's selection, so it moves with the pane's keys: in the skills pane a
/// skill's row (↑/↓), then its "below" figure or one of its grade cells (←/→), and "never
/// assessed" after the last skill; in the CPD pane the four categories before the activity
/// types. Enter on a full-screen pane opens the figure's list.
enum DashboardFigures {
    /// Every figure that has a list, as the dashboard counts it.
    static func all(_ dashboard: ProfessionDashboard) -> [PeopleFigure] {
        let skills = dashboard.skills
        var figures: [PeopleFigure] = []
        for row in skills.rows {
            figures.append(PeopleFigure(.below(skill: row.skill.name), count: row.below))
            for (grade, cell) in zip(skills.grades, row.cells) where cell.required > 0 {
                figures.append(PeopleFigure(.below(skill: row.skill.name), grade: grade, count: cell.below))
            }
        }
        for criterion in auditFigures {
            figures.append(auditFigure(criterion, skills, grade: nil))
            figures += skills.grades.map { auditFigure(criterion, skills, grade: $0) }
        }
        return figures + cpdFigures(dashboard)
    }

    /// The rows of the skills pane after its skills: never assessed, then assessed over the
    /// audit cycle ago; each a figure overall and one a grade.
    static let auditFigures: [PeopleCriterion] = [.neverAssessed, .auditOverdue]

    /// An audit figure overall or at one grade, as the skills report counts it.
    static func auditFigure(_ criterion: PeopleCriterion, _ report: SkillGapReport, grade: Grade?) -> PeopleFigure {
        let count = switch (criterion, grade) {
        case (.neverAssessed, nil): report.neverAssessed
        case (.neverAssessed, let grade?): report.neverAssessed(grade: grade.id)
        case (_, nil): report.auditOverdue
        case (_, let grade?): report.auditOverdueByGrade[grade.id] ?? 0
        }
        return PeopleFigure(criterion, grade: grade, count: count)
    }

    /// The CPD pane's figures, its first rows: the four categories (with a CPD requirement),
    /// then those missing a mandatory qualification and those whose first lapses soon (with
    /// mandatory qualifications set).
    static func cpdFigures(_ dashboard: ProfessionDashboard) -> [PeopleFigure] {
        var figures: [PeopleFigure] = []
        if let cpd = dashboard.cpd {
            figures += CPDReport.Category.allCases.map { PeopleFigure(.cpd($0), count: cpd.counts[$0] ?? 0) }
        }
        if let q = dashboard.qualifications {
            figures += [PeopleFigure(.qualificationMissing(nil), count: q.missingOne), PeopleFigure(.expiring, count: q.expiring)]
        }
        return figures
    }

    /// The selectable rows of the skills pane: its skills, then the audit figures.
    static func skillsRows(_ report: SkillGapReport) -> Int { report.rows.isEmpty ? 0 : report.rows.count + auditFigures.count }

    /// The figure under the cursor in `pane`, or nil when the selection is not on one.
    /// `column`: 0 for a skill's "below" figure, 1 and on for its grade cells.
    static func figure(_ pane: Pane, dashboard: ProfessionDashboard, position: ListPosition,
                       column: Int) -> PeopleFigure? {
        switch pane {
        case .skills:
            let report = dashboard.skills
            let rows = SkillsPane.ordered(report)
            let selected = position.selected
            if !rows.isEmpty, selected >= rows.count, selected - rows.count < auditFigures.count {
                let grade = column > 0 && report.grades.indices.contains(column - 1) ? report.grades[column - 1] : nil
                return auditFigure(auditFigures[selected - rows.count], report, grade: grade)
            }
            guard rows.indices.contains(selected) else { return nil }
            let row = rows[selected]
            guard column > 0, report.grades.indices.contains(column - 1) else {
                return PeopleFigure(.below(skill: row.skill.name), count: row.below)
            }
            let cell = row.cells[column - 1]
            guard cell.required > 0 else { return nil }
            return PeopleFigure(.below(skill: row.skill.name), grade: report.grades[column - 1], count: cell.below)
        case .cpd:
            let figures = cpdFigures(dashboard)
            return figures.indices.contains(position.selected) ? figures[position.selected] : nil
        case .maturity, .checklist:
            return nil
        }
    }

    /// The figure under the cursor of the open dashboard's focused pane.
    static func selected(_ profession: ProfessionState) -> PeopleFigure? {
        guard let dashboard = profession.dashboard else { return nil }
        return figure(profession.focus, dashboard: dashboard, position: profession.position(profession.focus),
                      column: profession.figureColumn)
    }

    /// Why Enter opens no list here (said on the status line).
    /// For a reader (`screenReader`) the arrow keys are named in words.
    static func noFigure(_ profession: ProfessionState, screenReader: Bool = false) -> String {
        profession.focus == .skills && profession.figureColumn > 0
            ? "This grade has no required level for the skill, so nobody is below it."
            : "Select a figure about people (\(Symbols(unicode: true, words: screenReader).upDownKeys)) to list who is behind it."
    }

    /// The mark before the selected figure: text, so that it shows without colour.
    static func marker(_ symbols: Symbols) -> String { symbols.unicode && !symbols.words ? "▸" : ">" }
}
