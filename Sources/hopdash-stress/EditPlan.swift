import HopModel

/// The deterministic stream of edits one writer makes: edit `index` of writer `W` is always the
/// same, whoever runs it and however often the process was killed before. Every edit is made
/// "by" `W-index`, so the change log says which edits reached the store.
///
/// Kinds cycle through the store's intention-named writes, including ones that touch several
/// rows and the summaries at once (adding a member with their profession, moving a member to
/// another grade).
enum EditPlan {
    enum Kind: Int, CaseIterable {
        /// `addStaff`: the staff row, the membership row, the summaries; two change-log rows.
        case addStaff
        /// `addAssessment` for the member added by the previous edit.
        case assess
        /// `addCPDActivity` for the member added two edits before.
        case cpd
        /// `saveChecklistEntry`: one item of one profession, owned by `W-index`.
        case checklist
        /// `addMaturityAssessment`, assessed by `W-index`.
        case maturity
        /// `saveStaff`: renames the member added five edits before and moves them up a grade.
        case regrade

        /// Change-log rows one edit of this kind writes.
        var loggedRows: Int { self == .addStaff ? 2 : 1 }
    }

    static let professionCodes = ["STA", "STB"]
    static let checklistItems = 17

    static func kind(_ index: Int) -> Kind { Kind(rawValue: index % Kind.allCases.count)! }

    static func user(_ writer: String, _ index: Int) -> String { "\(writer)-\(index)" }

    /// The staff number of the member that edit `index` (an `addStaff`) adds.
    static func staffNumber(_ writer: String, _ index: Int) -> String { writer + "-" + String(format: "%06d", index) }

    /// The `addStaff` edit whose member edit `index` works on.
    static func memberEdit(_ index: Int) -> Int { index - index % Kind.allCases.count }

    /// Which of the two professions edit `index` concerns.
    static func professionCode(_ index: Int) -> String { professionCodes[(index / Kind.allCases.count) % 2] }

    static func checklistItem(_ index: Int) -> String { String(format: "C%02d", (index / 6) % checklistItems + 1) }

    static func checklistStatus(_ index: Int) -> ChecklistStatus {
        ChecklistStatus.allCases[(index / 6) % ChecklistStatus.allCases.count]
    }

    /// The grade rank (1-based) a member added by edit `index` starts at; a regrade adds one.
    static func gradeRank(_ index: Int) -> Int { index % 5 + 1 }

    static func renamed(_ writer: String, _ index: Int) -> String { "Renamed \(writer) \(index)" }

    static func day(_ index: Int) -> Day { Day(iso: "2026-06-01")!.adding(days: index % 100) }
}
