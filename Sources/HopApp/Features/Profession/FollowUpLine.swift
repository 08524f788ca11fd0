import HopModel

/// "Followed up, still on the list: behind 3 of 5, never assessed 2 of 4": beside a pane's
/// figures, for each of its lists that anyone was followed up for in the last
/// `FollowUp.countedMonths`, how many of those followed up have not yet moved off it
/// (`Store.followUpProgress`; the rule is in docs/DECISIONS.md).
enum FollowUpLine {
    /// Which pane a list's figure is in.
    enum Pane { case skills, cpd }

    static func pane(of criterion: PeopleCriterion) -> Pane {
        switch criterion {
        case .neverAssessed, .auditOverdue, .below: .skills
        case .cpd, .qualificationMissing, .expiring: .cpd
        }
    }

    /// How the line names a list, short.
    static func label(_ criterion: PeopleCriterion) -> String {
        switch criterion {
        case .neverAssessed: "never assessed"
        case .auditOverdue: "audit overdue"
        case .below(let skill): "below in \(skill)"
        case .cpd(let category): category.label.lowercased()
        case .qualificationMissing(nil): "missing a qualification"
        case .qualificationMissing(let name?): "missing \(name)"
        case .expiring: "lapsing"
        }
    }

    /// The line for `pane`, or nil when no one was followed up for its lists: short in a pane
    /// of the grid ("Followed up, still on: behind 3/5"), in words on a full-screen pane.
    static func text(_ progress: [String: FollowUpProgress], pane: Pane, zoomed: Bool = true) -> String? {
        let parts = progress.sorted { $0.key < $1.key }.compactMap { list, p -> String? in
            guard let criterion = try? PeopleCriterion.parse(list), self.pane(of: criterion) == pane else { return nil }
            let counts = zoomed ? "\(Format.count(p.stillOnList)) of \(Format.count(p.followedUp))"
                : "\(Format.count(p.stillOnList))/\(Format.count(p.followedUp))"
            return "\(label(criterion)) \(counts)"
        }
        guard !parts.isEmpty else { return nil }
        return (zoomed ? "Followed up in the last \(FollowUp.countedMonths) months, still on the list: " : "Followed up, still on: ")
            + parts.joined(separator: ", ")
    }
}
