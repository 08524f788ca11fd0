/// What several professions have in common, for the forum to take up together.
///
/// - A checklist item is shared when it is still open (not started or in progress) in
///   `minimumProfessions` or more professions.
/// - A skill is a gap in a profession when at least `gapPercent`% of those assessed (at grades
///   where it is required) are below requirement, and that share can be shown at all (its base
///   is not suppressed). A gap recurs when skills of the same theme are gaps in
///   `minimumProfessions` or more professions. The theme of a skill is the first word of its
///   name, ignoring case ("Risk management" and "Risk and compliance" share "risk"), so the
///   same skill name always shares a theme; the names are listed so the reader can judge.
public struct SharedIssues: Hashable, Sendable {
    public static let minimumProfessions = 2
    public static let gapPercent = 15

    public struct OpenItem: Hashable, Sendable {
        public var item: ChecklistItem
        /// Codes of the professions where it is open, in report order.
        public var professions: [String]
        /// Of those, where it is overdue.
        public var overdueIn: [String]
    }

    public struct GapInProfession: Hashable, Sendable {
        public var code: String
        public var skill: String
        /// Below requirement of those assessed; its base is at least the suppression threshold.
        public var share: Ratio
    }

    public struct RecurringGap: Hashable, Sendable {
        /// The shared first word, as the first skill spells it ("Risk").
        public var theme: String
        /// One entry per profession (its largest share when several of its skills share the theme).
        public var professions: [GapInProfession]
    }

    /// Most professions first, then by item number.
    public var openItems: [OpenItem]
    /// Most professions first, then by theme.
    public var recurringGaps: [RecurringGap]
    /// How many professions were compared.
    public var professionCount: Int

    public init(dashboards: [ProfessionDashboard], suppression: Suppression) {
        self.init(dashboards.map { ($0, ProfessionFigures(dashboard: $0, rule: suppression)) })
    }

    /// Shares as each profession's figures disclose them.
    public init(_ professions: [(dashboard: ProfessionDashboard, figures: ProfessionFigures)]) {
        let dashboards = professions.map(\.dashboard)
        professionCount = dashboards.count
        var items: [OpenItem] = []
        for item in dashboards.first?.checklist.rows.map(\.item) ?? [] {
            var open: [String] = [], overdue: [String] = []
            for dashboard in dashboards {
                guard let row = dashboard.checklist.rows.first(where: { $0.item.id == item.id }), row.isOpen else { continue }
                open.append(dashboard.profession.code)
                if row.isOverdue { overdue.append(dashboard.profession.code) }
            }
            if open.count >= Self.minimumProfessions {
                items.append(OpenItem(item: item, professions: open, overdueIn: overdue))
            }
        }
        openItems = items.enumerated().sorted { a, b in
            a.element.professions.count != b.element.professions.count
                ? a.element.professions.count > b.element.professions.count : a.offset < b.offset
        }.map(\.element)

        var byTheme: [String: [GapInProfession]] = [:]
        var spelling: [String: String] = [:]
        for (dashboard, figures) in professions {
            var best: [String: GapInProfession] = [:]
            for skill in figures.skills {
                guard let share = skill.belowShare.value, Self.isGap(share) else { continue }
                let (key, word) = Self.theme(of: skill.name)
                guard !key.isEmpty else { continue }
                let gap = GapInProfession(code: dashboard.profession.code, skill: skill.name, share: share)
                if let current = best[key], (current.share.fraction ?? 0) >= (share.fraction ?? 0) { continue }
                best[key] = gap
                if spelling[key] == nil { spelling[key] = word }
            }
            for key in best.keys.sorted() { byTheme[key, default: []].append(best[key]!) }
        }
        recurringGaps = byTheme.filter { $0.value.count >= Self.minimumProfessions }
            .map { RecurringGap(theme: spelling[$0.key] ?? $0.key, professions: $0.value) }
            .sorted { a, b in
                a.professions.count != b.professions.count
                    ? a.professions.count > b.professions.count
                    : a.theme.lowercased() < b.theme.lowercased()
            }
    }

    /// At least `gapPercent`% below requirement (compared in integers).
    static func isGap(_ share: Ratio) -> Bool {
        share.base > 0 && share.count * 100 >= gapPercent * share.base
    }

    /// The theme's key (lower case) and its spelling: the first run of letters and digits.
    static func theme(of name: String) -> (key: String, word: String) {
        let word = String(name.drop { !$0.isLetter && !$0.isNumber }.prefix { $0.isLetter || $0.isNumber })
        let spelled = word.prefix(1).uppercased() + word.dropFirst()
        return (word.lowercased(), spelled)
    }
}
