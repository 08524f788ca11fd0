/// Maturity per area: the head of profession's latest self-assessment beside the level the
/// evidence supports, with the history for a trend.
///
/// Evidenced level from the checklist: with `f` the share of the area's applicable items done,
/// level = 1 + ⌊4f⌋ (none done: 1 Initial; all done: 5 Embedded). An applicable item counts as
/// done when its status is done or when records in hopdash meet the evidence the framework
/// names for it (`ChecklistItem.evidence`, `RecordEvidence`): a maintained succession register
/// evidences the succession-plan item whatever its status says. A self-assessment two or
/// more levels away from the evidence is flagged ("guard against professional ego").
public struct AreaMaturity: Hashable, Sendable {
    public var area: Area
    /// Every assessment in this area, oldest first.
    public var history: [MaturityAssessment]
    /// Nil when every item in the area is not applicable.
    public var evidenced: Int?
    /// The record evidence met for the area's applicable items (counted in `evidenced`).
    public var recordEvidence: Set<RecordEvidence> = []

    public var latest: MaturityAssessment? { history.last }
    public var selfAssessed: Int? { latest?.level }
    /// Self-assessed minus evidenced.
    public var gap: Int? {
        guard let s = selfAssessed, let e = evidenced else { return nil }
        return s - e
    }
    public var isFlagged: Bool { abs(gap ?? 0) >= MaturityReport.flagThreshold }
    /// Change since the previous assessment (+ rising, - falling).
    public var trend: Int? {
        history.count >= 2 ? history[history.count - 1].level - history[history.count - 2].level : nil
    }
}

public struct MaturityReport: Hashable, Sendable {
    public static let flagThreshold = 2

    public var areas: [AreaMaturity]

    public init(framework: Framework, assessments: [MaturityAssessment], checklist: ChecklistReport,
                evidence: Set<RecordEvidence> = []) {
        self.areas = framework.areas.map { area in
            let history = assessments.filter { $0.area == area.id }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            let applicable = checklist.rows.filter { $0.item.area == area.id && $0.entry.status != .notApplicable }
            let done = applicable.filter { $0.entry.status == .done || !evidence.isDisjoint(with: $0.item.evidence) }
            return AreaMaturity(area: area, history: history,
                                evidenced: MaturityReport.evidencedLevel(Ratio(done.count, of: applicable.count)),
                                recordEvidence: Set(applicable.flatMap(\.item.evidence)).intersection(evidence))
        }
    }

    /// 1 + ⌊4 × done/applicable⌋, or nil with nothing applicable.
    public static func evidencedLevel(_ ratio: Ratio) -> Int? {
        guard ratio.base > 0 else { return nil }
        return 1 + (4 * ratio.count) / ratio.base
    }
}
