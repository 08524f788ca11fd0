import HopModel

/// The overview as a list of professions: `n` adds one, `d` deletes the selected one (asks
/// first, naming what goes with it).
extension Reducer {
    static func professionListCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .newRecord:
            state.form = ProfessionForm.make(Profession(code: "", name: ""))
        case .deleteSelected:
            let rows = state.overview.visibleRows
            let i = state.overview.position.selected
            state.overview.pendingDelete = rows.indices.contains(i) ? rows[i] : nil
        case .confirmDelete:
            guard let row = state.overview.pendingDelete else { return [] }
            state.overview.pendingDelete = nil
            return [.apply(.deleteProfession(id: row.professionId, version: row.version, name: row.name), before: nil,
                           origin: .quick)]
        case .cancelDelete:
            state.overview.pendingDelete = nil
        default:
            break
        }
        return []
    }

    /// The delete question names the profession and everything that goes with it.
    static func professionDeleteQuestion(_ row: OverviewRow) -> String {
        let members = row.staff == 1 ? "1 member" : "\(row.staff) members"
        return "Delete \(row.name) (\(row.code))? Its \(members) stay as staff and its movements stay without it; its "
            + "skills, assessments, requirements, leads, checklist and maturity history go for good (u cannot bring them back)."
    }
}
