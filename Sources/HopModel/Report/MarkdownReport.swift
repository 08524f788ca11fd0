/// The forum report as Markdown (CommonMark with pipe tables): readable as plain text, and
/// safe to paste into anything that renders Markdown, since every piece of user text is
/// escaped (a profession called "<script>" prints as text, not as HTML).
public enum MarkdownReport {
    public static func render(_ report: ForumReport) -> String {
        var out: [String] = ["# " + escape(report.title), "",
                             escape(ReportWording.asOf(report)) + " " + escape(ReportWording.privacyNote) + "¹", ""]
        for section in report.sections {
            switch section {
            case .sinceLastForum(let changes): out += self.changes(changes)
            case .summary(let summary): out += self.summary(summary, report)
            case .sharedIssues(let shared): out += sharedIssues(shared)
            case .seminar(let plan): out += plan.markdownLines() + [""]
            case .profession(let profession): out += self.profession(profession, report)
            }
        }
        out += ["---", "", "¹ " + escape(report.suppression.footnote + " " + ReportWording.withheldNote(report)), "",
                escape("Good practice: \(report.source)."), ""]
        return out.joined(separator: "\n")
    }

    // MARK: Sections

    static func changes(_ changes: ForumChanges) -> [String] {
        var out = ["## " + escape(ForumChangesWording.heading(changes)), "", escape(ForumChangesWording.intro), ""]
        out += table(["Profession"] + ForumChangesWording.columns, right: Array(1...ForumChangesWording.columns.count),
                     changes.rows.map(ForumChangesWording.row))
        out.append("")
        for (title, movers) in [("Most improved", changes.improved), ("Slipping", changes.slipped)] {
            out += ["### " + title, ""]
            out += movers.isEmpty ? ["None shown.", ""] : movers.map { "- " + escape(ForumChangesWording.mover($0)) } + [""]
        }
        return out
    }

    static func summary(_ summary: ReportSummary, _ report: ForumReport) -> [String] {
        let rule = report.suppression
        var out = ["## Cross-profession summary", ""]
        out += table(["Profession", "Staff"] + summary.areas.map(\.shortName) + ["Checklist", "CPD", "Largest skills gap"],
                     right: [1] + Array(2..<(4 + summary.areas.count)),
                     summary.rows.map { row in
                         [ReportWording.professionTitle(name: row.name, code: row.code, isNew: row.isNew),
                          FigureText.count(row.staff, rule)]
                             + row.maturity.map { $0.map(String.init) ?? "-" }
                             + [FigureText.percent(row.checklist), row.cpdCompliant.map(FigureText.percent) ?? "not set",
                                row.largestGap.map { "\(FigureText.percent($0.share)) \($0.skill)" } ?? "-"]
                     })
        out += ["", escape(ReportWording.summaryNote), ""]
        return out
    }

    static func sharedIssues(_ shared: SharedIssues) -> [String] {
        var out = ["## Shared issues", "", "### Checklist items open in several professions", "",
                   escape(ReportWording.openItemsIntro(shared)), ""]
        if shared.openItems.isEmpty {
            out += ["None.", ""]
        } else {
            out += table(["Item", "Open in", "Professions", "Overdue in"], right: [1], shared.openItems.map { open in
                ["\(open.item.id) \(open.item.label)", "\(open.professions.count) of \(shared.professionCount)",
                 open.professions.joined(separator: ", "), open.overdueIn.isEmpty ? "-" : open.overdueIn.joined(separator: ", ")]
            })
            out.append("")
        }
        out += ["### Skills gaps that recur across professions", "", escape(ReportWording.recurringGapsIntro), ""]
        if shared.recurringGaps.isEmpty {
            out += ["None.", ""]
        } else {
            out += table(["Theme", "Professions", "Skills below requirement"], right: [1], shared.recurringGaps.map { gap in
                [gap.theme, String(gap.professions.count),
                 gap.professions.map { "\($0.code): \($0.skill) \(FigureText.percent($0.share))" }.joined(separator: "; ")]
            })
            out.append("")
        }
        return out
    }

    static func profession(_ p: ProfessionReport, _ report: ForumReport) -> [String] {
        let rule = report.suppression
        var out = ["## " + escape(ReportWording.professionTitle(p)), "", escape(ReportWording.professionLead(p, rule)), ""]

        out += ["### Maturity", ""]
        out += table(["Area", "Self-assessed", "Evidence", "Flag", "Trend", "History"], right: [], p.maturity.map { line in
            [line.area.name, ReportWording.level(line.selfAssessed, names: report.levelNames),
             ReportWording.level(line.evidenced, names: report.levelNames), ReportWording.flag(line).ifEmpty("-"),
             ReportWording.trend(line).ifEmpty("-"), ReportWording.history(line)]
        })
        out += ["", escape(ReportWording.maturityNote), ""]
        out += ["### Succession", "", escape(ReportWording.succession(p.succession, rule)), ""]

        out += ["### Skills gaps", "",
                escape("Audit coverage: \(FigureText.percent(p.skills.coverage)) of members assessed; "
                       + "\(FigureText.count(p.skills.neverAssessed, rule)) never assessed."), ""]
        if p.skills.lines.isEmpty {
            out += [escape(ReportWording.noSkills), ""]
        } else {
            out += table(["Skill", "Assessed", "Below requirement", "% below", "Mean shortfall (levels)"], right: [1, 2, 3, 4],
                         p.skills.lines.map { line in
                             [line.skill, FigureText.count(line.assessed, rule), FigureText.count(line.below, rule),
                              FigureText.percent(line.belowShare), FigureText.decimal(line.meanShortfall)]
                         })
            out.append("")
        }

        out += ["### CPD compliance", ""]
        if let cpd = p.cpd {
            out += [escape(ReportWording.cpdRequirement(cpd)) + " "
                    + escape("Completed or on track: \(FigureText.percent(cpd.compliant)) of \(FigureText.count(cpd.members, rule)) members."), ""]
            out += table(["Status", "Members", "Share"], right: [1, 2], cpd.figures.map { figure in
                [figure.category.label, FigureText.count(figure.count, rule), FigureText.percent(figure.share)]
            })
            out.append("")
        } else {
            out += [escape(ReportWording.noCPD), ""]
        }
        if let q = p.qualifications { out += [escape(ReportWording.qualifications(q, rule)), ""] }

        out += ["### Checklist", "", escape("Done overall: \(ReportWording.progress(p.checklist.overall))."), ""]
        out += table(["Area", "Done", "In progress", "Applicable", "Progress"], right: [1, 2, 3, 4], p.checklist.areas.map { area in
            [area.area.name, String(area.done), String(area.inProgress), String(area.applicable), FigureText.percent(area.ratio)]
        })
        out.append("")
        out += itemList("Overdue", p.checklist.overdue, due: true)
        out += itemList("Without an owner", p.checklist.unowned, due: false)
        return out
    }

    static func itemList(_ title: String, _ items: [ProfessionReport.ChecklistItemLine], due: Bool) -> [String] {
        guard !items.isEmpty else { return ["\(title): none.", ""] }
        return ["\(title) (\(items.count)):", ""] + items.map { "- " + escape(ReportWording.item($0, due: due)) } + [""]
    }

    // MARK: Markdown

    /// A pipe table; `right` lists the columns aligned right. Every cell is escaped.
    static func table(_ headers: [String], right: [Int], _ rows: [[String]]) -> [String] {
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        let rule = headers.indices.map { right.contains($0) ? "---:" : "---" }
        return [line(headers.map(escape)), line(rule)] + rows.map { line($0.map(escape)) }
    }

    /// Backslash-escapes Markdown's punctuation (CommonMark allows it before any ASCII
    /// punctuation) and folds line breaks, so user text cannot make markup, HTML, entities or
    /// table cells. "<" and "&" are escaped only where they could start a tag or an entity, so
    /// a suppressed "<5" stays readable as plain text.
    public static func escape(_ text: String) -> String {
        var out = ""
        let characters = Array(SafeText.line(text))
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            switch character {
            case "\\", "`", "*", "_", "[", "]", ">", "|", "~":
                out.append("\\"); out.append(character)
            case "<" where next.isLetter || "/?!".contains(next):
                out.append("\\<")
            case "&" where next.isLetter || next == "#":
                out.append("\\&")
            case "\n", "\r", "\r\n", "\t": out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
