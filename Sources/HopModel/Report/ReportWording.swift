/// The words both renderers use, so the Markdown and the HTML say the same thing.
public enum ReportWording {
    /// Under the charts of figures over time.
    public static let trendsNote = "Figures kept at each quarter end and forum date, and today. A figure about people is "
        + "charted only when no point and no change between two points is about fewer people than the threshold."

    /// "Policy (POL)", with "newly established" where it is.
    public static func professionTitle(_ p: ProfessionReport) -> String { "\(p.name) (\(p.code))" }

    /// A summary row's profession: "Data Ethics (DETH), new".
    public static func professionTitle(name: String, code: String, isNew: Bool) -> String {
        "\(name) (\(code))" + (isNew ? ", new" : "")
    }

    public static func professionLead(_ p: ProfessionReport, _ rule: Suppression) -> String {
        "\(FigureText.count(p.staff, rule)) staff" + (p.isNew ? " · newly established" : "")
    }

    /// "L3 Defined", or "not assessed".
    public static func level(_ level: Int?, names: [String]) -> String {
        guard let level else { return "not assessed" }
        let name = (1...names.count).contains(level) ? " " + names[level - 1] : ""
        return "L\(level)\(name)"
    }

    /// "▲ up 2 since 1 Jan 2025", "▼ down 1 ...", "= unchanged ...", or "" with fewer than two assessments.
    public static func trend(_ line: ProfessionReport.MaturityLine) -> String {
        guard let trend = line.trend, line.history.count >= 2 else { return "" }
        let since = " since " + FigureText.date(line.history[line.history.count - 2].date)
        if trend > 0 { return "▲ up \(trend)" + since }
        if trend < 0 { return "▼ down \(-trend)" + since }
        return "= unchanged" + since
    }

    /// The history as "L2 (1 Jan 2025) → L4 (1 Jan 2026)", or "no assessment yet".
    public static func history(_ line: ProfessionReport.MaturityLine) -> String {
        guard !line.history.isEmpty else { return "no assessment yet" }
        return line.history.map { "L\($0.level) (\(FigureText.date($0.date)))" }.joined(separator: " → ")
    }

    /// "⚠ 2 levels above the evidence", "" when not flagged.
    public static func flag(_ line: ProfessionReport.MaturityLine) -> String {
        guard line.isFlagged, let gap = line.gap else { return "" }
        return "⚠ \(abs(gap)) levels \(gap > 0 ? "above" : "below") the evidence"
    }

    public static func cpdRequirement(_ cpd: ProfessionReport.CPDSection) -> String {
        "\(cpd.hoursPerCycle) hours a cycle; this cycle runs \(FigureText.date(cpd.cycleStart)) to \(FigureText.date(cpd.cycleEnd))."
    }

    public static let noCPD = "No CPD requirement set for this profession."

    /// Mandatory qualification compliance in one sentence, with its figures disclosed.
    public static func qualifications(_ q: ProfessionFigures.Qualifications, _ rule: Suppression) -> String {
        "Mandatory qualifications: \(FigureText.percent(q.holdAll)) of \(FigureText.count(q.members, rule)) members "
            + "at grades that require one hold them all; \(FigureText.count(q.missingOne, rule)) miss one; "
            + "\(FigureText.count(q.expiring, rule)) lapse within \(QualificationReport.expiringWithinDays) days."
    }

    public static let noSkills = "No skills in this profession's framework yet."

    /// "3 of 5 (60%)".
    public static func progress(_ ratio: Ratio) -> String {
        ratio.base == 0 ? "none applicable" : "\(ratio.count) of \(ratio.base) (\(FigureText.percent(ratio)))"
    }

    /// "C02 Publish a workforce plan (due 1 Sep 2026)".
    public static func item(_ line: ProfessionReport.ChecklistItemLine, due: Bool) -> String {
        "\(line.id) \(line.label)" + (due ? " (due \(FigureText.date(line.due)))" : "")
    }

    public static func openItemsIntro(_ shared: SharedIssues) -> String {
        "Good-practice checklist items not started or in progress in \(SharedIssues.minimumProfessions) or more of the \(shared.professionCount) professions."
    }

    public static let recurringGapsIntro = """
        A skill counts as a gap in a profession when \(SharedIssues.gapPercent)% or more of those assessed are below the \
        level their grade requires (and the figure is shown). A gap recurs when skills with the same theme, the \
        first word of the skill's name, are gaps in \(SharedIssues.minimumProfessions) or more professions.
        """

    public static let summaryNote = """
        Maturity: the latest self-assessed level per area (1 Initial to 5 Embedded; - not assessed). Checklist: \
        applicable good-practice items done. CPD: members completed or on track. Largest skills gap: the skill with the \
        largest share of assessed members below requirement.
        """

    /// The register of critical posts in one sentence (counts of posts; the high-risk count disclosed).
    public static func succession(_ s: ProfessionFigures.Succession, _ rule: Suppression) -> String {
        guard s.posts > 0 else { return "No business-critical posts on the succession register yet." }
        return "\(s.posts) business-critical post\(s.posts == 1 ? "" : "s"): \(FigureText.percent(s.readyNow)) with a successor "
            + "ready now, \(FigureText.percent(s.anySuccessor)) with any successor; \(s.vacancies) vacant; "
            + "\(FigureText.count(s.highRiskUncovered, rule)) at high risk of loss with no successor."
    }

    public static let maturityNote = """
        Evidence: the level the checklist items done, or evidenced by records kept in hopdash (a maintained succession \
        register), support. ⚠ marks a self-assessment \(MaturityReport.flagThreshold) or \
        more levels from the evidence.
        """

    public static let privacyNote = "Aggregates only: no one is named."

    /// How many figures the report withheld, and why.
    public static func withheldNote(_ report: ForumReport) -> String {
        let small = report.smallCount, further = report.withheldCount
        return "This report shows \(small) count\(small == 1 ? "" : "s") as \(report.suppression.label), and withholds "
            + "\(further) further figure\(further == 1 ? "" : "s") (\(Suppression.withheldLabel) or n/a) from which "
            + "one of them could be worked out by adding and subtracting what is shown."
    }

    public static func asOf(_ report: ForumReport) -> String {
        "Figures as of \(FigureText.date(report.today))."
    }
}
