import HopModel
import TerminalUI

extension Screen {
    /// The open profession's skills and the level each requires per grade, editable.
    public static let skills = Screen("skills")
}

extension KeyScope {
    public static let skillList = KeyScope("skillList", "Skills list (s on a dashboard)")
}

/// The skills list of the open profession: select, filter, and the delete question.
public struct SkillListState: FeatureState, ListScreenState {
    public var list = ListModel<Skill>()
    public init() {}
}

extension AppState {
    public var skillList: SkillListState {
        get { features[SkillListState.self] }
        set { features[SkillListState.self] = newValue }
    }

    /// The open profession's skills, filtered, by name.
    public var skillRows: [Skill] {
        let skills = profession?.dashboard?.data.skills ?? []
        let needle = skillList.filter.lowercased()
        return skills.filter { needle.isEmpty || $0.name.lowercased().contains(needle) }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }

    var selectedSkill: Skill? {
        let rows = skillRows
        return rows.indices.contains(skillList.position.selected) ? rows[skillList.position.selected] : nil
    }

    func requirements(of skill: Skill) -> [SkillRequirement] {
        (profession?.dashboard?.data.requirements ?? []).filter { $0.skillId == skill.id }
    }
}

/// A profession's skills with the level each requires per grade: add, edit, delete, filter.
enum SkillsFeature: Feature {
    static let screen = Screen.skills

    static let bindings = [
        Binding([.char("s")], .show(.skills), scope: .profession,
                "Skills of this profession: add, edit, delete, required levels", hint: "Skills", rank: HintRank.editing),
        Binding([.down, .char("j")], .down, scope: .skillList, "Next skill"),
        Binding([.up, .char("k")], .up, scope: .skillList, "Previous skill"),
        Binding([.pageDown], .pageDown, scope: .skillList, "Page down"),
        Binding([.pageUp], .pageUp, scope: .skillList, "Page up"),
        Binding([.char("n")], .newRecord, scope: .skillList, "New skill", hint: "New", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .skillList, "Edit the selected skill and its required levels",
                hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .skillList, "Delete the selected skill (asks first)", hint: "Delete",
                mutates: true),
        Binding([.char("/")], .startFilter, scope: .skillList, "Filter skills by name", hint: "Filter"),
        Binding([.char("c")], .showChangeLog, scope: .skillList, "Change log of the selected skill", showsNames: true),
        Binding([.escape], .back, scope: .skillList, "Back to the dashboard", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { state.skillList.list.promptScopes ?? [.skillList] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        SkillListScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .profession, state.profession?.dashboard != nil else { return nil }
        state.skillList = SkillListState()
        state.screen = screen
        return []
    }

    static func reload(_ state: AppState) -> [Effect] { ProfessionFeature.reload(state) }

    static func clamp(_ state: inout AppState) {
        state.skillList.position.clamp(count: state.skillRows.count, visible: SkillListScreen.visibleRows(state.size))
    }

    static func type(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.skillList.list.type(key) { clamp(&state) }
        return []
    }

    static func changeLogSubject(_ state: AppState) -> (title: String, subject: ChangeLogSubject)? {
        if let skill = state.selectedSkill {
            return ("Changes to the skill \(skill.name)", .record(.skill(skill, requirements: state.requirements(of: skill))))
        }
        return ProfessionFeature.changeLogSubject(state)
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        guard let data = state.profession?.dashboard?.data else { return nil }
        switch command {
        case .back:
            if state.skillList.list.clearFilter() { clamp(&state) } else { state.screen = .profession }
        case .newRecord:
            state.form = SkillForm.make(Skill(professionId: data.profession.id, name: ""), requirements: [],
                                        grades: data.grades, scaleMax: data.profession.scaleMax)
        case .editSelected:
            guard let skill = state.selectedSkill else { return [] }
            state.form = SkillForm.make(skill, requirements: state.requirements(of: skill), grades: data.grades,
                                        scaleMax: data.profession.scaleMax)
        case .confirmDelete:
            guard let skill = state.skillList.list.confirmDelete() else { return [] }
            return [.apply(.deleteSkill(skill), before: .skill(skill, requirements: state.requirements(of: skill)), origin: .quick)]
        default:
            guard state.skillList.list.reduce(command, count: state.skillRows.count,
                                              visible: SkillListScreen.visibleRows(state.size),
                                              selected: state.selectedSkill) else { return nil }
        }
        return []
    }

    /// The delete question names the skill and what goes with it.
    static func deleteQuestion(_ skill: Skill, _ state: AppState) -> String {
        let required = state.requirements(of: skill).filter { $0.level > 0 }.count
        let assessed = (state.profession?.dashboard?.data.levelCounts ?? []).filter { $0.skillId == skill.id }
            .reduce(0) { $0 + $1.count }
        return "Delete the skill \"\(skill.name)\", its required levels at \(required) grade\(required == 1 ? "" : "s") "
            + "and every assessment of it (\(assessed) member\(assessed == 1 ? "" : "s") assessed)? "
            + "u cannot bring them back. y deletes, n keeps it."
    }
}
