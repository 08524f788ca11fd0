import HopModel
import TerminalUI

extension Screen {
    /// One profession's dashboard: four panes, or one full screen.
    public static let profession = Screen("profession")
}

/// The profession's kept figures come back to the dashboard as its own read.
extension ProfessionHistory: FeatureData {}

extension KeyScope {
    public static let profession = KeyScope("profession", "Profession dashboard")
    public static let checklistPane = KeyScope("checklistPane", "Checklist pane, full screen")
    public static let maturityPane = KeyScope("maturityPane", "Maturity pane")
    public static let maturityHistory = KeyScope("maturityHistory", "Maturity pane, full screen: the area's history")
    public static let cpdPane = KeyScope("cpdPane", "CPD pane")
    public static let skillsPane = KeyScope("skillsPane", "Skills pane, full screen")
    /// A full-screen skills or CPD pane, whose selection is a figure about people.
    public static let figures = KeyScope("figures", "A figure about people (skills or CPD pane, full screen)")
}

/// A profession's dashboard: maturity, skills gaps, CPD and the checklist in a 2x2 grid, any
/// of them full screen; the forms for the profession itself and what its panes show.
enum ProfessionFeature: Feature {
    static let screen = Screen.profession

    static let bindings = [
        Binding([.tab], .nextPane, scope: .profession, "Next pane", hint: "Pane"),
        Binding([.backTab], .previousPane, scope: .profession, "Previous pane"),
        Binding([.char("1")], .focusPane(.maturity), scope: .profession, "Maturity pane"),
        Binding([.char("2")], .focusPane(.skills), scope: .profession, "Skills gaps pane"),
        Binding([.char("3")], .focusPane(.cpd), scope: .profession, "CPD pane"),
        Binding([.char("4")], .focusPane(.checklist), scope: .profession, "Checklist pane"),
        Binding([.enter], .open, scope: .profession, "Show the focused pane full screen", hint: "Zoom"),
        Binding([.escape], .back, scope: .profession, "Back (from full screen, then to the overview)", hint: "Back",
                rank: HintRank.always),
        Binding([.down, .char("j")], .down, scope: .profession, "Next row in the pane"),
        Binding([.up, .char("k")], .up, scope: .profession, "Previous row in the pane"),
        Binding([.pageDown], .pageDown, scope: .profession, "Page down in the pane"),
        Binding([.pageUp], .pageUp, scope: .profession, "Page up in the pane"),
        Binding([.home], .top, scope: .profession, "First row in the pane"),
        Binding([.end], .bottom, scope: .profession, "Last row in the pane (on the skills pane: never assessed)"),
        Binding([.char("]")], .nextProfession, scope: .profession, "Next profession", hint: "Next", rank: HintRank.elsewhere),
        Binding([.char("[")], .previousProfession, scope: .profession, "Previous profession"),
        Binding([.char("/")], .startFilter, scope: .profession, "Filter professions (on the overview)"),
        // Skills pane, full screen
        Binding([.left, .char("h")], .scrollLeft, scope: .skillsPane,
                "The skill's figure for the grade before, or its overall figure (earlier grades scroll into view)", hint: "Grades"),
        Binding([.right, .char("l")], .scrollRight, scope: .skillsPane,
                "The skill's figure for the next grade (later grades scroll into view)"),
        Binding([.char("p")], .editProfession, scope: .profession,
                "Edit this profession: code, name, head of profession and contacts, newly established, levels",
                hint: "Profession", rank: HintRank.editing, mutates: true),
        Binding([.char("c")], .showChangeLog, scope: .profession, "Change log of this profession: who changed what, when",
                hint: "Changes", rank: HintRank.editing, showsNames: true),
        // Checklist pane, full screen
        Binding([.char(" ")], .cycleStatus, scope: .checklistPane, "Next status for the selected item (saved at once)",
                hint: "Status", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .checklistPane, "Edit the selected item: status, owner, due, evidence",
                hint: "Edit", mutates: true),
        Binding([.char("c")], .showChangeLog, scope: .checklistPane, "Change log of the selected checklist item", showsNames: true),
        // Maturity pane
        Binding([.char("n")], .newAssessment, scope: .maturityPane, "New maturity assessment of the selected area",
                hint: "New", rank: HintRank.editing, mutates: true),
        // Maturity pane, full screen: the selected area's history
        Binding([.right, .char("l")], .scrollRight, scope: .maturityHistory, "Select the next assessment down the history (older)",
                hint: "History"),
        Binding([.left, .char("h")], .scrollLeft, scope: .maturityHistory, "Select the next assessment up the history (newer)"),
        Binding([.char("e")], .editSelected, scope: .maturityHistory,
                "Correct the selected assessment: level, assessor, date, rationale", hint: "Edit", rank: HintRank.editing,
                mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .maturityHistory, "Delete the selected assessment (asks first)",
                mutates: true),
        Binding([.char("c")], .showChangeLog, scope: .maturityHistory, "Change log of the selected assessment", showsNames: true),
        // CPD pane
        Binding([.char("e")], .editCPDRequirement, scope: .cpdPane, "Edit the CPD requirement: hours, cycle, what counts",
                mutates: true),
        Binding([.char("Q")], .editQualificationRequirements, scope: .cpdPane, "Edit the mandatory qualifications, grade by grade",
                mutates: true),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] {
        guard let profession = state.profession else { return [.profession] }
        if profession.pendingDelete != nil { return [.deletePrompt] }
        var scopes: [KeyScope] = []
        if profession.zoomed && (profession.focus == .skills || profession.focus == .cpd) { scopes.append(.figures) }
        if profession.focus == .checklist && profession.zoomed {
            // After the items, the overdue figure: Enter lists its items by owner.
            if let rows = profession.dashboard?.checklist.rows, !rows.isEmpty, profession.position(.checklist).selected == rows.count {
                scopes.append(.overdueFigure)
            }
            scopes.append(.checklistPane)
        }
        if profession.focus == .skills && profession.zoomed { scopes.append(.skillsPane) }
        if profession.focus == .maturity && profession.zoomed { scopes.append(.maturityHistory) }
        if profession.focus == .maturity { scopes.append(.maturityPane) }
        if profession.focus == .cpd { scopes.append(.cpdPane) }
        return scopes + [.profession]
    }

    /// "Policy (POL) · 612 staff · Head: Name, email, phone" for the title line (the screens
    /// reached from a dashboard share it).
    static func title(_ state: AppState) -> String {
        guard let dashboard = state.profession?.dashboard else { return "Loading…" }
        let p = dashboard.profession
        let parts = ["\(p.name) (\(p.code))\(p.isNew ? " new" : "")", "\(Format.count(dashboard.staffCount)) staff"]
        guard !p.headName.isEmpty else { return parts.joined(separator: " · ") }
        // The head's contacts as far as whole ones fit beside the date (the title line keeps
        // " hopdash · " before and the date after); the name alone is cut if it must be.
        let room = state.size.width - DisplayWidth.of(Format.date(state.today)) - 13
        let contacts = [p.headName, p.headEmail, p.headPhone].filter { !$0.isEmpty }
        let forms = (1...contacts.count).reversed().map { (parts + ["Head: " + contacts.prefix($0).joined(separator: ", ")]).joined(separator: " · ") }
        return forms.first { DisplayWidth.of($0) <= room } ?? forms.last!
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        guard let profession = state.profession else { return }
        guard let dashboard = profession.dashboard else {
            buffer.write("Loading…", x: body.x + 1, y: body.y + 1, style: theme.muted)
            return
        }
        let zoomed = profession.zoomed
        for (pane, rect) in Layout.panes(body, zoomed: Layout.filledPane(state)).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let focused = pane == profession.focus
            let hint = !zoomed ? (focused ? "Enter: full screen" : "\(pane.rawValue)") : "Esc: back"
            buffer.map.region(paneRegion(pane), rect)
            let inner = Block(title: "\(pane.rawValue) \(pane.title)", focused: focused, footer: hint)
                .render(in: rect, buffer: &buffer, theme: theme)
            guard !inner.isEmpty else { continue }
            PaneContent.render(pane, dashboard: dashboard, framework: state.framework, in: inner, buffer: &buffer,
                               theme: theme, zoomed: zoomed, focused: focused, position: profession.position(pane),
                               gradeOffset: profession.gradeOffset, figureColumn: profession.figureColumn,
                               historySelected: profession.historySelected,
                               historyHasSelection: profession.historyHasSelection,
                               question: profession.pendingDelete.map { deleteQuestion($0, state.framework) },
                               trends: FigureTrends(history: profession.history, dashboard: dashboard, today: state.today))
        }
    }

    /// The name a pane's area has in the frame's map (`FrameMap`), for a click to focus it.
    static func paneRegion(_ pane: Pane) -> String { "pane.\(pane.rawValue)" }

    /// The pane a region of the frame's map names.
    static func pane(region: String) -> Pane? {
        guard region.hasPrefix("pane."), let raw = Int(region.dropFirst(5)) else { return nil }
        return Pane(rawValue: raw)
    }

    /// Back to the open profession's dashboard (there is always one here once opened).
    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.profession != nil else { return nil }
        state.screen = screen
        return []
    }

    /// Opens a profession's dashboard, keeping the pane focus and zoom of the one before.
    static func open(_ id: RowID, _ state: inout AppState) -> [Effect] {
        var next = ProfessionState(professionId: id)
        if let current = state.profession {
            next.focus = current.focus
            next.zoomed = current.zoomed
        }
        state.profession = next
        state.screen = screen
        return [.loadProfession(id), historyRead(id)]
    }

    static func reload(_ state: AppState) -> [Effect] {
        state.profession.map { [.loadProfession($0.professionId), historyRead($0.professionId)] } ?? []
    }

    /// Every figure kept of the profession, for the sparklines beside its figures (none through
    /// a read-only client).
    static func historyRead(_ id: RowID) -> Effect {
        .read(FeatureRead(screen: screen, name: "history \(id)") { client, _ in
            try (client as? EditingStoreClient)?.professionHistory(professionId: id)
                ?? ProfessionHistory(professionId: id, kept: [:], forums: [])
        })
    }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let history = data as? ProfessionHistory, state.profession?.professionId == history.professionId else { return [] }
        state.profession?.history = history
        return []
    }

    static func clamp(_ state: inout AppState) {
        guard var profession = state.profession, let dashboard = profession.dashboard else { return }
        for pane in Pane.allCases {
            var position = profession.position(pane)
            position.clamp(count: PaneContent.rowCount(pane, dashboard: dashboard), visible: Layout.paneRows(pane, state: state))
            profession.positions[pane] = position
        }
        let history = profession.selectedArea?.history.count ?? 0
        profession.historySelected = min(max(0, history - 1), max(0, profession.historySelected))
        state.profession = profession
    }

    static func changeLogSubject(_ state: AppState) -> (title: String, subject: ChangeLogSubject)? {
        guard let profession = state.profession else { return nil }
        if profession.zoomed, let row = selectedChecklistRow(state) {
            return ("Changes to checklist item \(row.item.id)", .record(.checklistEntry(row.entry)))
        }
        if let a = profession.selectedAssessment {
            let area = state.framework.area(a.area)?.name ?? "area \(a.area)"
            return ("Changes to the maturity assessment of \(area) of \(a.date.iso)", .record(.maturityAssessment(a)))
        }
        return ("Changes in \(profession.dashboard?.profession.name ?? "this profession")", .profession(profession.professionId))
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        guard var profession = state.profession else { return nil }
        switch command {
        case .nextPane: profession.focus = profession.focus.next
        case .previousPane: profession.focus = profession.focus.previous
        case .focusPane(let pane): profession.focus = pane
        case .open: profession.zoomed = true
        case .back:
            if profession.zoomed {
                profession.zoomed = false
                profession.historyHasSelection = false
            } else {
                return OverviewFeature.open(&state)
            }
        case .up, .down, .pageUp, .pageDown, .top, .bottom, .selectRow:
            guard let dashboard = profession.dashboard else { return [] }
            let pane = profession.focus
            let count = PaneContent.rowCount(pane, dashboard: dashboard)
            let visible = Layout.paneRows(pane, state: state)
            var position = profession.position(pane)
            if let delta = ListPosition.delta(command, page: visible, count: count, current: position.selected) {
                position.move(by: delta, count: count, visible: visible)
            }
            if pane == .maturity {
                if position.selected != profession.position(pane).selected { profession.historySelected = 0 }
                profession.historyHasSelection = false
            }
            profession.positions[pane] = position
        case .deleteSelected:
            guard let assessment = profession.selectedAssessment else { return [] }
            profession.pendingDelete = assessment
        case .cancelDelete:
            profession.pendingDelete = nil
        case .confirmDelete:
            guard let assessment = profession.pendingDelete else { return [] }
            profession.pendingDelete = nil
            state.profession = profession
            return [.apply(.deleteMaturityAssessment(assessment), before: .maturityAssessment(assessment), origin: .quick)]
        case .scrollLeft where profession.zoomed && profession.focus == .maturity,
             .scrollRight where profession.zoomed && profession.focus == .maturity:
            // Through the selected area's history, newest first.
            let count = profession.selectedArea?.history.count ?? 0
            profession.historySelected = min(max(0, count - 1), max(0, profession.historySelected + (command == .scrollRight ? 1 : -1)))
            profession.historyHasSelection = true
        case .selectHistoryRow(let index):
            guard profession.zoomed, profession.focus == .maturity else { return [] }
            let count = profession.selectedArea?.history.count ?? 0
            profession.historySelected = min(max(0, count - 1), max(0, index))
            profession.historyHasSelection = true
        case .scrollLeft, .scrollRight:
            // The figure cursor moves along the skill's row (its overall figure, then a cell a
            // grade); the window of grade columns follows it.
            guard profession.zoomed, profession.focus == .skills, let report = profession.dashboard?.skills else { return [] }
            let grades = report.grades.count, figures = SkillsPane.Figures(report)
            let pane = Layout.panes(Layout.frame(state.size).body, zoomed: .skills)[.skills]?.inset(by: 1).width ?? 0
            let width = pane - SkillsPane.trendColumn(width: pane, figures: figures, zoomed: true, hasHistory: profession.history != nil,
                                                      words: state.screenReader)
            let window = SkillsPane.gradeWindow(grades: grades, width: width, figures: figures)
            profession.figureColumn = min(grades, max(0, profession.figureColumn + (command == .scrollRight ? 1 : -1)))
            let grade = profession.figureColumn - 1
            if grade >= 0 {
                if grade < profession.gradeOffset { profession.gradeOffset = grade }
                if grade >= profession.gradeOffset + window { profession.gradeOffset = grade - window + 1 }
            }
            profession.gradeOffset = min(max(0, grades - window), max(0, profession.gradeOffset))
        case .nextProfession, .previousProfession:
            return step(by: command == .nextProfession ? 1 : -1, &state)
        case .startFilter:
            state.overview.editingFilter = true
            return OverviewFeature.open(&state)
        default:
            return edit(command, &state)
        }
        state.profession = profession
        clamp(&state)
        return []
    }

    /// `[` and `]` walk the overview's order (filter and sort included).
    static func step(by delta: Int, _ state: inout AppState) -> [Effect] {
        let rows = state.overview.visibleRows
        guard !rows.isEmpty, let current = state.profession?.professionId else { return [] }
        let index = rows.firstIndex { $0.professionId == current } ?? -1
        let next = ((index + delta) % rows.count + rows.count) % rows.count
        state.overview.position.selected = next
        OverviewFeature.clamp(&state)
        return open(rows[next].professionId, &state)
    }

    // MARK: - Editing what the dashboard shows

    static func edit(_ command: Command, _ state: inout AppState) -> [Effect]? {
        guard let profession = state.profession, let data = profession.dashboard?.data else { return nil }
        switch command {
        case .editProfession:
            state.form = ProfessionForm.make(data.profession)
        case .editQualificationRequirements:
            state.form = QualificationRequirementsForm.make(professionId: data.profession.id,
                                                            current: data.qualificationRequirements, grades: data.grades)
        case .editCPDRequirement:
            state.form = CPDRequirementForm.make(data.cpdRequirement
                ?? CPDRequirement(professionId: data.profession.id, hoursPerCycle: 0))
        case .editSelected:
            if let assessment = profession.selectedAssessment {
                state.form = MaturityForm.make(assessment, framework: state.framework)
                return []
            }
            guard let row = selectedChecklistRow(state) else { return [] }
            state.form = ChecklistForm.make(row.entry, framework: state.framework)
        case .cycleStatus:
            guard let row = selectedChecklistRow(state) else { return [] }
            var next = row.entry
            next.status = row.entry.status.next
            return [.apply(.saveChecklistEntry(next), before: .checklistEntry(row.entry), origin: .quick)]
        case .newAssessment:
            guard profession.focus == .maturity, let area = profession.selectedArea else { return [] }
            let new = MaturityAssessment(professionId: profession.professionId, area: area.area.id, level: area.selfAssessed ?? 1,
                                         date: state.today, assessor: state.user)
            state.form = MaturityForm.make(new, framework: state.framework)
        default:
            return nil
        }
        return []
    }

    /// "Delete the maturity assessment of ... at L3 of 2026-01-01 by Alex Example? ..."
    static func deleteQuestion(_ a: MaturityAssessment, _ framework: Framework) -> String {
        "Delete the maturity assessment of \(framework.area(a.area)?.shortName ?? "area \(a.area)") at L\(a.level) of "
            + "\(a.date.iso) by \(a.assessor)? u puts it back. y deletes, n keeps it."
    }

    /// The selected checklist row when the checklist pane has the focus.
    static func selectedChecklistRow(_ state: AppState) -> ChecklistRow? {
        guard let profession = state.profession, profession.focus == .checklist,
              let rows = profession.dashboard?.checklist.rows else { return nil }
        let index = profession.position(.checklist).selected
        return rows.indices.contains(index) ? rows[index] : nil
    }
}
