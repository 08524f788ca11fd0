import HopModel
import TerminalUI

/// The skills list of the open profession: select, filter, and the delete question.
public struct SkillListState: Hashable, Sendable {
    public var position = ListPosition()
    public var filter = ""
    public var editingFilter = false
    /// Waiting for y/n before deleting this skill.
    public var pendingDelete: Skill?

    public init() {}
}

extension AppState {
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

extension Reducer {
    static func skillCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .showSkillList:
            guard state.profession?.dashboard != nil else { return [] }
            state.skillList = SkillListState()
            state.screen = .skills
        case .newRecord:
            guard let data = state.profession?.dashboard?.data else { return [] }
            state.form = SkillForm.make(Skill(professionId: data.profession.id, name: ""), requirements: [],
                                        grades: data.grades, scaleMax: data.profession.scaleMax)
        case .deleteSelected:
            state.skillList.pendingDelete = state.selectedSkill
        case .confirmDelete:
            guard let skill = state.skillList.pendingDelete else { return [] }
            state.skillList.pendingDelete = nil
            return [.apply(.deleteSkill(skill), before: .skill(skill, requirements: state.requirements(of: skill)), origin: .quick)]
        case .cancelDelete:
            state.skillList.pendingDelete = nil
        default:
            break
        }
        return []
    }

    static func openSkillForm(_ state: inout AppState) -> [Effect] {
        guard let skill = state.selectedSkill, let data = state.profession?.dashboard?.data else { return [] }
        state.form = SkillForm.make(skill, requirements: state.requirements(of: skill), grades: data.grades,
                                    scaleMax: data.profession.scaleMax)
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
