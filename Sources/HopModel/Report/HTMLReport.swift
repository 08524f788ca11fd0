/// The forum report as one self-contained HTML file: styles inline, charts as inline SVG, no
/// scripts, fonts or images fetched from anywhere. Fluid on a phone (tables scroll sideways),
/// one profession per printed page. The markup is also well-formed XML (every element closed,
/// only XML's own character references), so it can be checked with an XML parser.
public enum HTMLReport {
    public static func render(_ report: ForumReport) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(e(report.title)) · \(e(FigureText.date(report.today)))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>\(e(report.title))</h1>
            <p>\(e(ReportWording.asOf(report))) \(e(ReportWording.privacyNote)) <a href="#note">Small numbers are suppressed</a>.</p>

            """
        let professions = report.professions
        if professions.count > 1 {
            out += "<nav aria-label=\"Professions\"><p>Professions: "
                + professions.map { "<a href=\"#\(anchor($0.code))\">\(e($0.name))</a>" }.joined(separator: " · ")
                + "</p></nav>\n"
        }
        out += "</header>\n<main>\n"
        for section in report.sections {
            switch section {
            case .sinceLastForum(let changes): out += self.changes(changes)
            case .summary(let summary): out += self.summary(summary, report)
            case .sharedIssues(let shared): out += sharedIssues(shared)
            case .seminar(let plan): out += seminar(plan)
            case .profession(let profession): out += self.profession(profession, report)
            }
        }
        out += """
            </main>
            <footer>
            <p id="note">\(e(report.suppression.footnote + " " + ReportWording.withheldNote(report)))</p>
            <p>\(e("Good practice: \(report.source)."))</p>
            </footer>
            </body>
            </html>

            """
        return out
    }

    // MARK: Sections

    static func changes(_ changes: ForumChanges) -> String {
        var out = "<section id=\"since\">\n<h2>\(e(ForumChangesWording.heading(changes)))</h2>\n<p>\(e(ForumChangesWording.intro))</p>\n"
        out += table(["Profession"] + ForumChangesWording.columns, numeric: Set(1...ForumChangesWording.columns.count),
                     changes.rows.map(ForumChangesWording.row))
        for (title, movers) in [("Most improved", changes.improved), ("Slipping", changes.slipped)] {
            out += "<h3>\(e(title))</h3>\n"
            out += movers.isEmpty ? "<p>None shown.</p>\n"
                : "<ul>\n" + movers.map { "<li>\(e(ForumChangesWording.mover($0)))</li>\n" }.joined() + "</ul>\n"
        }
        return out + "</section>\n"
    }

    static func seminar(_ plan: SeminarPlan) -> String {
        var out = "<section id=\"seminar\">\n<h2>Seminar working groups</h2>\n<p>"
            + e("\(plan.professionCount) professions in \(plan.groups.count) groups, mixing more and less mature professions "
                + "(L = latest self-assessed maturity, 1-5).") + "</p>\n<ol>\n"
        for group in plan.groups {
            out += "<li><strong>" + e(group.professions.map(plan.member).joined(separator: ", ")) + "</strong>. "
                + e(group.explanation) + ".</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    static func summary(_ summary: ReportSummary, _ report: ForumReport) -> String {
        let rule = report.suppression
        var out = "<section id=\"summary\">\n<h2>Cross-profession summary</h2>\n"
        out += table(["Profession", "Staff"] + summary.areas.map(\.shortName) + ["Checklist", "CPD", "Largest skills gap"],
                     numeric: Set(1..<(4 + summary.areas.count)),
                     summary.rows.map { row in
                         [ReportWording.professionTitle(name: row.name, code: row.code, isNew: row.isNew),
                          FigureText.count(row.staff, rule)]
                             + row.maturity.map { $0.map(String.init) ?? "-" }
                             + [FigureText.percent(row.checklist), row.cpdCompliant.map(FigureText.percent) ?? "not set",
                                row.largestGap.map { "\(FigureText.percent($0.share)) \($0.skill)" } ?? "-"]
                     })
        out += "<p class=\"note\">\(e(ReportWording.summaryNote))</p>\n"
        out += figure(ReportCharts.bars(summary.rows.map { row in
            ReportCharts.Bar(label: row.name, fraction: row.checklist.fraction, value: ReportWording.progress(row.checklist))
        }, title: "Checklist items done, per profession"))
        return out + "</section>\n"
    }

    static func sharedIssues(_ shared: SharedIssues) -> String {
        var out = "<section id=\"shared\">\n<h2>Shared issues</h2>\n<h3>Checklist items open in several professions</h3>\n"
        out += "<p>\(e(ReportWording.openItemsIntro(shared)))</p>\n"
        if shared.openItems.isEmpty {
            out += "<p>None.</p>\n"
        } else {
            out += table(["Item", "Open in", "Professions", "Overdue in"], numeric: [1], shared.openItems.map { open in
                ["\(open.item.id) \(open.item.label)", "\(open.professions.count) of \(shared.professionCount)",
                 open.professions.joined(separator: ", "), open.overdueIn.isEmpty ? "-" : open.overdueIn.joined(separator: ", ")]
            })
        }
        out += "<h3>Skills gaps that recur across professions</h3>\n<p>\(e(ReportWording.recurringGapsIntro))</p>\n"
        if shared.recurringGaps.isEmpty {
            out += "<p>None.</p>\n"
        } else {
            out += table(["Theme", "Professions", "Skills below requirement"], numeric: [1], shared.recurringGaps.map { gap in
                [gap.theme, String(gap.professions.count),
                 gap.professions.map { "\($0.code): \($0.skill) \(FigureText.percent($0.share))" }.joined(separator: "; ")]
            })
        }
        return out + "</section>\n"
    }

    static func profession(_ p: ProfessionReport, _ report: ForumReport) -> String {
        let rule = report.suppression
        var out = "<section class=\"profession\" id=\"\(anchor(p.code))\">\n"
        out += "<h2>\(e(ReportWording.professionTitle(p)))</h2>\n<p class=\"lead\">\(e(ReportWording.professionLead(p, rule)))</p>\n"

        out += "<h3>Maturity</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Area</th><th scope=\"col\">Self-assessed</th>"
            + "<th scope=\"col\">Evidence</th><th scope=\"col\">Flag</th><th scope=\"col\">Trend</th></tr></thead>\n<tbody>\n"
        for line in p.maturity {
            out += "<tr><th scope=\"row\">\(e(line.area.name))</th>"
                + "<td>\(e(ReportWording.level(line.selfAssessed, names: report.levelNames)))</td>"
                + "<td>\(e(ReportWording.level(line.evidenced, names: report.levelNames)))</td>"
                + "<td>\(e(ReportWording.flag(line).ifEmpty("-")))</td>"
                + "<td class=\"trend\">\(ReportCharts.maturityTrend(line, levels: report.levelNames.count))"
                + "<span class=\"history\">\(e(ReportWording.history(line)))</span>"
                + (ReportWording.trend(line).isEmpty ? "" : " <span>\(e(ReportWording.trend(line)))</span>")
                + "</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n<p class=\"note\">\(e(ReportWording.maturityNote))</p>\n"
        out += "<h3>Succession</h3>\n<p>\(e(ReportWording.succession(p.succession, rule)))</p>\n"
        if let trends = report.trends[p.code], !trends.isEmpty {
            out += "<h3>Over time</h3>\n<ul class=\"trends\">\n"
            for trend in trends {
                out += "<li><strong>\(e(trend.figure.label.prefix(1).uppercased() + trend.figure.label.dropFirst()))</strong> "
                    + ReportCharts.trend(trend) + " <span class=\"history\">\(e(trend.words))</span></li>\n"
            }
            out += "</ul>\n<p class=\"note\">\(e(ReportWording.trendsNote))</p>\n"
        }

        let coverage = "Audit coverage: \(FigureText.percent(p.skills.coverage)) of members assessed; "
            + "\(FigureText.count(p.skills.neverAssessed, rule)) never assessed."
        out += "<h3>Skills gaps</h3>\n<p>\(e(coverage))</p>\n"
        if p.skills.lines.isEmpty {
            out += "<p>\(e(ReportWording.noSkills))</p>\n"
        } else {
            out += table(["Skill", "Assessed", "Below requirement", "% below", "Mean shortfall (levels)"], numeric: [1, 2, 3, 4],
                         p.skills.lines.map { line in
                             [line.skill, FigureText.count(line.assessed, rule), FigureText.count(line.below, rule),
                              FigureText.percent(line.belowShare), FigureText.decimal(line.meanShortfall)]
                         })
        }

        out += "<h3>CPD compliance</h3>\n"
        if let cpd = p.cpd {
            let compliance = "Completed or on track: \(FigureText.percent(cpd.compliant)) of \(FigureText.count(cpd.members, rule)) members."
            out += "<p>\(e(ReportWording.cpdRequirement(cpd))) \(e(compliance))</p>\n"
            out += figure(ReportCharts.bars(cpd.figures.map { figure in
                ReportCharts.Bar(label: figure.category.label, fraction: figure.share.value?.fraction,
                                 value: "\(FigureText.count(figure.count, rule)) (\(FigureText.percent(figure.share)))")
            }, title: "CPD this cycle, members by status"))
            out += table(["Status", "Members", "Share"], numeric: [1, 2], cpd.figures.map { figure in
                [figure.category.label, FigureText.count(figure.count, rule), FigureText.percent(figure.share)]
            })
        } else {
            out += "<p>\(e(ReportWording.noCPD))</p>\n"
        }
        if let q = p.qualifications { out += "<p>\(e(ReportWording.qualifications(q, rule)))</p>\n" }

        out += "<h3>Checklist</h3>\n<p>\(e("Done overall: \(ReportWording.progress(p.checklist.overall))."))</p>\n"
        out += figure(ReportCharts.bars(p.checklist.areas.map { area in
            ReportCharts.Bar(label: area.area.name, fraction: area.ratio.fraction, value: ReportWording.progress(area.ratio))
        }, title: "Checklist items done, per area"))
        out += table(["Area", "Done", "In progress", "Applicable", "Progress"], numeric: [1, 2, 3, 4],
                     p.checklist.areas.map { area in
                         [area.area.name, String(area.done), String(area.inProgress), String(area.applicable), FigureText.percent(area.ratio)]
                     })
        out += itemList("Overdue", p.checklist.overdue, due: true)
        out += itemList("Without an owner", p.checklist.unowned, due: false)
        return out + "</section>\n"
    }

    static func itemList(_ title: String, _ items: [ProfessionReport.ChecklistItemLine], due: Bool) -> String {
        guard !items.isEmpty else { return "<p>\(e(title)): none.</p>\n" }
        return "<p>\(e(title)) (\(items.count)):</p>\n<ul>\n"
            + items.map { "<li>\(e(ReportWording.item($0, due: due)))</li>\n" }.joined() + "</ul>\n"
    }

    // MARK: HTML

    static func e(_ text: String) -> String { HTMLText.escape(text) }

    /// An id from a profession code: letters and digits kept, anything else as "-".
    static func anchor(_ code: String) -> String {
        "p-" + String(code.unicodeScalars.map { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) ? Character($0) : "-" })
    }

    static func figure(_ svg: String) -> String { "<figure>\(svg)</figure>\n" }

    /// A table in a box that scrolls sideways on a narrow screen; the first column heads its row.
    static func table(_ headers: [String], numeric: Set<Int>, _ rows: [[String]]) -> String {
        func cell(_ tag: String, _ index: Int, _ text: String, scope: String? = nil) -> String {
            let attributes = (scope.map { " scope=\"\($0)\"" } ?? "") + (numeric.contains(index) ? " class=\"num\"" : "")
            return "<\(tag)\(attributes)>\(e(text))</\(tag)>"
        }
        var out = "<div class=\"scroll\"><table>\n"
        out += "<thead><tr>" + headers.enumerated().map { cell("th", $0.offset, $0.element, scope: "col") }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.enumerated().map { index, text in
                index == 0 ? cell("th", index, text, scope: "row") : cell("td", index, text)
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    static let style = """

        body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #0b0c0c; background: #fff;
               margin: 0 auto; max-width: 72rem; padding: 0 1rem 2rem; }
        h1 { font-size: 1.6rem; margin: 1rem 0 0.5rem; }
        h2 { font-size: 1.35rem; border-top: 3px solid #0b0c0c; padding-top: 0.5rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
        .lead { font-size: 1.1rem; }
        .note, footer { color: #505a5f; font-size: 0.9rem; }
        .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; }
        table { border-collapse: collapse; margin: 0.5rem 0; min-width: 20rem; }
        th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #f3f2f1; }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.trend { min-width: 12rem; }
        .history { display: block; font-size: 0.85rem; }
        figure { margin: 0.5rem 0; }
        svg { max-width: 100%; height: auto; display: block; }
        svg text { font: 12px system-ui, sans-serif; fill: #0b0c0c; }
        svg .tiny { font-size: 9px; }
        svg .track { fill: #f3f2f1; stroke: #b1b4b6; }
        svg .fill { fill: #1d70b8; }
        svg .grid { stroke: #e5e5e5; stroke-width: 1; }
        svg .step { fill: none; stroke: #1d70b8; stroke-width: 2; }
        svg .point { fill: #0b0c0c; }
        a { color: #1d70b8; }
        @media print {
          body { max-width: none; font-size: 10pt; padding: 0; }
          nav { display: none; }
          .profession { break-before: page; page-break-before: always; }
          .scroll { overflow: visible; }
          table, figure, tr { break-inside: avoid; page-break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
