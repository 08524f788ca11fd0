import HopModel

/// Choice lists that forms on several screens share.
enum Choices {
    /// Every profession by name.
    static func professions(_ state: AppState) -> [NamedID] {
        state.overview.rows.map { NamedID(id: $0.professionId, name: $0.name) }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}
