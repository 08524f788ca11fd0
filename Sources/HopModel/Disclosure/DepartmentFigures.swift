/// A department comparison row as it may be shown: its staff a count suppressed when small,
/// and each share (CPD compliance, latest levels below requirement, members assessed) printed
/// without its base, so shown only when the people it counts, the people it does not, and
/// their total are each at least the threshold. Each share is a `DisclosureTable` of its own:
/// base = counted + not counted, the base and the count printed as the share, the rest derived.
public struct DepartmentFigures: Hashable, Sendable {
    public var code: String
    public var name: String
    public var staff: Suppression.Disclosed<Int>
    /// Professions with members in the department: not a count of people.
    public var professions: Int
    public var cpdCompliant: Suppression.Disclosed<Ratio>
    public var belowRequired: Suppression.Disclosed<Ratio>
    public var assessed: Suppression.Disclosed<Ratio>

    public init(_ row: DepartmentRow, rule: Suppression) {
        code = row.code
        name = row.name
        staff = rule.count(row.staff)
        professions = row.professions
        cpdCompliant = Self.share(row.cpdCompliant, rule)
        belowRequired = Self.share(row.belowRequired, rule)
        assessed = Self.share(row.assessed, rule)
    }

    static func share(_ ratio: Ratio, _ rule: Suppression) -> Suppression.Disclosed<Ratio> {
        var table = DisclosureTable()
        let base = table.cell(ratio.base, .published(cost: 1))
        let counted = table.cell(ratio.count, .published(cost: 1))
        let rest = table.cell(ratio.base - ratio.count, .derived)
        table.sum(base, of: [counted, rest])
        let states = table.protect(rule)
        if states[base] == .shown && states[counted] == .shown { return .shown(rule.rounded(ratio)) }
        return states[base] == .small || states[counted] == .small ? .suppressed : .withheld
    }
}
