/// A profession as the seminar planner sees it: its latest self-assessed level per area.
public struct SeminarProfession: Hashable, Sendable {
    public var id: RowID
    public var code: String
    public var name: String
    /// Area id → latest self-assessed level (1-5); areas never assessed are absent.
    public var levels: [Int: Int]
    /// The overall level: the mean of `levels` rounded half up; 1 (Initial) when none.
    public var level: Int

    /// "L3", or "no audit yet" for a profession with no self-assessment: the planner groups it
    /// as Initial, but no screen shows it a level it never gave itself.
    public var levelLabel: String { levels.isEmpty ? "no audit yet" : "L\(level)" }

    public init(id: RowID, code: String, name: String, levels: [Int: Int]) {
        self.id = id; self.code = code; self.name = name; self.levels = levels
        let known = levels.values
        level = known.isEmpty ? 1 : Int((Double(known.reduce(0, +)) / Double(known.count) + 0.5).rounded(.down))
    }

    /// From an overview row, whose maturity is the latest level per area in framework order.
    public init(_ row: OverviewRow, framework: Framework) {
        var levels: [Int: Int] = [:]
        for (area, level) in zip(framework.areas.map(\.id), row.maturity) { levels[area] = level }
        self.init(id: row.professionId, code: row.code, name: row.name, levels: levels)
    }

    /// From a profession's data: the latest assessment per area wins (history is oldest first).
    public init(_ data: ProfessionData) {
        var levels: [Int: Int] = [:]
        for assessment in data.maturity { levels[assessment.area] = assessment.level }
        self.init(id: data.profession.id, code: data.profession.code, name: data.profession.name, levels: levels)
    }
}

public struct SeminarGroup: Hashable, Sendable {
    public var professions: [SeminarProfession]
    /// One line: who is strong where another is weak.
    public var explanation: String
}

/// Working groups for the Heads of Profession seminar (see `SeminarPlanner`).
public struct SeminarPlan: Hashable, Sendable {
    public var groups: [SeminarGroup]
    /// The professions pinned to their group by the organiser.
    public var locked: Set<RowID>

    /// The group (0-based) a profession is in.
    public func group(of id: RowID) -> Int? {
        groups.firstIndex { $0.professions.contains { $0.id == id } }
    }

    public var professionCount: Int { groups.reduce(0) { $0 + $1.professions.count } }

    func member(_ p: SeminarProfession) -> String {
        "\(p.name) \(p.levelLabel)" + (locked.contains(p.id) ? " (pinned)" : "")
    }

    /// The plan as plain text, a group to a paragraph: `hopdash seminar`'s output.
    public func textLines() -> [String] {
        var lines = ["Seminar working groups: \(professionCount) professions in \(groups.count) groups "
                     + "(L = latest self-assessed maturity, 1-5)"]
        for (i, group) in groups.enumerated() {
            lines.append("")
            lines.append("Group \(i + 1) (\(group.professions.count)): "
                         + SafeText.line(group.professions.map(member).joined(separator: " · ")))
            lines.append("  " + SafeText.line(group.explanation))
        }
        return lines
    }

    /// The plan as Markdown, for a report section: a heading, then a list item per group.
    public func markdownLines() -> [String] {
        var lines = ["## Seminar working groups", "",
                     "\(professionCount) professions in \(groups.count) groups, mixing more and less mature professions "
                     + "(L = latest self-assessed maturity, 1-5).", ""]
        for (i, group) in groups.enumerated() {
            lines.append("- **Group \(i + 1)**: " + MarkdownReport.escape(group.professions.map(member).joined(separator: ", ")
                         + ". " + group.explanation + "."))
        }
        return lines
    }
}
