/// What a profession's records in hopdash can show about a checklist item, beyond its status.
/// `Resources/framework.json` names, per checklist item, the evidence that counts for it
/// (`"evidence": ["succession-register"]`); an item whose evidence is met counts as done for
/// the evidenced maturity level even while its status says otherwise (see `MaturityReport`).
public enum RecordEvidence: String, CaseIterable, Hashable, Sendable {
    /// Principles 3.3 and 3.4: a maintained succession plan. The register holds at least one
    /// business-critical post, at least half of its posts have a successor, and no high-risk
    /// post is without one.
    case successionRegister = "succession-register"
    /// Principle 2.4: critical roles agreed with the Head of Profession. At least one post on
    /// the register says the Head of Profession must be involved in recruiting to it.
    case headInCriticalRecruitment = "head-in-critical-recruitment"

    /// How the screens name it.
    public var label: String {
        switch self {
        case .successionRegister: "a maintained succession plan (register of critical posts)"
        case .headInCriticalRecruitment: "critical posts where the Head of Profession joins recruitment"
        }
    }

    /// The evidence a profession's succession register meets.
    public static func met(by succession: SuccessionCoverage) -> Set<RecordEvidence> {
        var met: Set<RecordEvidence> = []
        if succession.posts > 0, succession.highRiskUncovered == 0, 2 * succession.anySuccessor.count >= succession.posts {
            met.insert(.successionRegister)
        }
        if succession.headInvolved > 0 { met.insert(.headInCriticalRecruitment) }
        return met
    }
}
