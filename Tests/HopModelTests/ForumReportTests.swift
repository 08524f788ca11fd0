import Foundation
import Testing
@testable import HopModel

/// The forum report's figures on the hand-worked sample profession (see `Sample`), shared
/// issues over small made-up professions, and suppression in a profession of three.
@Suite struct ForumReportTests {
    static let rule = Suppression()

    static func report(_ data: [ProfessionData], today: Day = Sample.today, rule: Suppression = rule,
                       seminar: SeminarPlan? = nil) -> ForumReport {
        ForumReport(dashboards: data.map { ProfessionDashboard(data: $0, framework: .embedded, today: today) },
                    framework: .embedded, today: today, suppression: rule, seminar: seminar)
    }

    /// The hostile professions' report with their seminar groups, so that every section is escaped.
    static func hostileReport() -> ForumReport {
        let data = hostile()
        return report(data, seminar: SeminarPlanner.plan(data, settings: SeminarSettings(groups: 1), framework: .embedded))
    }

    @Test func figuresOfTheSampleProfession() throws {
        let report = Self.report([Sample.data()])
        // One profession: no summary or shared issues, just its section
        #expect(report.sections.count == 1)
        let p = try #require(report.professions.first)
        #expect(p.code == "POL" && p.name == "Policy" && !p.isNew)
        // Members: 6 SEO + 12 G7
        #expect(p.staff == .shown(18))

        // Evidence: G7 needs 3, SEO needs 2. Below: 4 G7 at level 2 (1 short each), 2 SEO at
        // level 1 (1 short each) = 6 of 10 + 5 = 15 assessed (40%), mean shortfall 6/6 = 1.0.
        let evidence = p.skills.lines[0]
        #expect(evidence.skill == "Evidence")
        #expect(evidence.assessed == .shown(15))
        #expect(evidence.below == .shown(6))
        #expect(evidence.belowShare == .shown(Ratio(6, of: 15)))
        #expect(evidence.meanShortfall == .shown(1.0))
        // Drafting: 7 G7 assessed, required nowhere: nobody below (0 is a small count)
        let drafting = p.skills.lines[1]
        #expect(drafting.assessed == .shown(7))
        #expect(drafting.below == .suppressed && drafting.belowShare == .suppressed && drafting.meanShortfall == .suppressed)
        // Coverage 15 of 18: the 3 never assessed are a small count, and would follow from the
        // share, which is withheld to protect them (it is not small itself)
        #expect(p.skills.neverAssessed == .suppressed)
        #expect(p.skills.coverage == .withheld)

        // CPD: 30 h = 1,800 min; 1 Oct is day 184 of 365 from 1 Apr: pro rata 907.4 min.
        // 1800×2 completed; 1000×3 and 908×1 on track; 907×1 and 60×4 behind; 18 - 11 logged = 7 none.
        let cpd = try #require(p.cpd)
        #expect(cpd.hoursPerCycle == 30 && cpd.cycleStart == Day(iso: "2026-04-01") && cpd.cycleEnd == Day(iso: "2027-03-31"))
        #expect(cpd.members == .shown(18))
        #expect(cpd.figures.map(\.category) == [.completed, .onTrack, .behind, .noneLogged])
        #expect(cpd.figures.map(\.count) == [.suppressed, .suppressed, .shown(5), .shown(7)])
        #expect(cpd.figures.map(\.share) == [.suppressed, .suppressed, .shown(Ratio(5, of: 18)), .shown(Ratio(7, of: 18))])
        #expect(cpd.compliant == .shown(Ratio(6, of: 18)))

        // Checklist: C01 done, C02 in progress (owner blank, due 1 Sep: overdue), C03 n/a; the
        // other 14 not started and unowned. Area 1 (C01-C03): 1 done of 2 applicable.
        #expect(p.checklist.overall == Ratio(1, of: 16))
        #expect(p.checklist.areas[0].done == 1 && p.checklist.areas[0].inProgress == 1 && p.checklist.areas[0].applicable == 2)
        #expect(p.checklist.overdue.map(\.id) == ["C02"])
        #expect(p.checklist.overdue.first?.due == Day(iso: "2026-09-01"))
        #expect(p.checklist.unowned.map(\.id) == ["C02"] + (4...17).map { String(format: "C%02d", $0) })

        // Maturity, area 1: 2 then 4 (up 2); evidence 1 + ⌊4 × 1/2⌋ = 3; gap +1, not flagged.
        let area1 = p.maturity[0]
        #expect(area1.history.map(\.level) == [2, 4])
        #expect(area1.selfAssessed == 4 && area1.evidenced == 3 && area1.gap == 1 && !area1.isFlagged && area1.trend == 2)
        #expect(ReportWording.trend(area1) == "▲ up 2 since 1 Jan 2025")
        #expect(ReportWording.history(area1) == "L2 (1 Jan 2025) → L4 (1 Jan 2026)")
        // Area 2: self 3, nothing done of 5: evidence 1, two apart: flagged
        let area2 = p.maturity[1]
        #expect(area2.selfAssessed == 3 && area2.evidenced == 1 && area2.isFlagged && area2.trend == nil)
        #expect(ReportWording.flag(area2) == "⚠ 2 levels above the evidence")
        #expect(ReportWording.trend(area2) == "")
    }

    @Test func markdownShowsTheSampleFigures() {
        let markdown = MarkdownReport.render(Self.report([Sample.data()]))
        #expect(markdown.contains("## Policy (POL)\n\n18 staff\n"))
        #expect(markdown.contains("| Evidence | 15 | 6 | 40% | 1.0 |"))
        #expect(markdown.contains("| Drafting | 7 | <5 | n/a | n/a |"))
        #expect(markdown.contains("| Completed | <5 | n/a |"))
        #expect(markdown.contains("| Behind | 5 | 28% |"))
        #expect(markdown.contains("Completed or on track: 33% of 18 members."))
        #expect(markdown.contains("- C02 Professions help assess how strategy changes capability needs (due 1 Sep 2026)"))
        #expect(markdown.contains("¹ " + MarkdownReport.escape(Self.rule.footnote)))
        #expect(markdown.contains("Mandatory qualifications: 58% of 12 members at grades that require one hold them all; "
                                  + "5 miss one; <5 lapse within 90 days."))
        // Five counts print as "<5" (completed, on track, never assessed, below in Drafting,
        // qualifications lapsing); the coverage share is withheld beside the 3 never assessed
        #expect(markdown.contains("This report shows 5 counts as <5, and withholds 1 further figure (\\[c\\] or n/a)"), "\(markdown)")
        // Nobody named: not the head of profession, the checklist owner or the assessor
        for name in ["Alex Example", "Sam", "HoP"] { #expect(!markdown.contains(name), "\(name)") }
    }

    // MARK: Shared issues

    /// A profession with one G7 grade where each skill has `below` members at level 2 and
    /// `above` at level 3 (required 3), and the given checklist statuses.
    static func profession(_ id: RowID, _ code: String, skills: [(String, below: Int, above: Int)],
                           checklist: [String: ChecklistStatus] = [:], due: Day? = nil, unassessed: Int = 0) -> ProfessionData {
        let assessed = skills.map { $0.below + $0.above }.max() ?? 0
        let members = assessed + unassessed
        let skillRecords = skills.enumerated().map { Skill(id: id * 100 + RowID($0.offset), professionId: id, name: $0.element.0) }
        return ProfessionData(
            profession: Profession(id: id, code: code, name: code.capitalized),
            grades: Sample.grades, skills: skillRecords,
            requirements: skillRecords.map { SkillRequirement(skillId: $0.id, gradeId: Sample.g7, level: 3) },
            membership: [GradeMembership(gradeId: Sample.g7, members: members, assessed: assessed)],
            levelCounts: zip(skillRecords, skills).flatMap { skill, counts in
                [SkillLevelCount(skillId: skill.id, gradeId: Sample.g7, level: 2, count: counts.below),
                 SkillLevelCount(skillId: skill.id, gradeId: Sample.g7, level: 3, count: counts.above)]
            },
            checklist: checklist.map { ChecklistEntry(professionId: id, itemId: $0.key, status: $0.value, owner: "Owner", due: due) })
    }

    @Test func sharedIssuesFindItemsOpenInSeveralProfessionsAndRecurringGaps() throws {
        let doneEverywhere: [String: ChecklistStatus] = ["C05": .done]
        let data = [
            // Risk: 6 of 15 below (40%), a gap. Drafting 3 of 15 (20%) but its count is small: not shown, not a gap.
            // (Each has 5 never assessed: with none, a skill everyone was assessed in would give
            // that zero away, and its share would be withheld.)
            Self.profession(1, "AAA", skills: [("Risk management", 6, 9), ("Drafting", 3, 12)],
                            checklist: doneEverywhere.merging(["C01": .done]) { a, _ in a }, unassessed: 5),
            // "risk and compliance": the same theme, 5 of 25 below (20%), a gap. Evidence 10 of 20 (50%).
            Self.profession(2, "BBB", skills: [("risk and compliance", 5, 20), ("Evidence", 10, 10)],
                            checklist: doneEverywhere.merging(["C01": .inProgress, "C02": .notApplicable]) { a, _ in a },
                            due: Day(iso: "2026-01-01"), unassessed: 5),
            // Risk 5 of 50 (10%): below the 15% line. Evidence 8 of 40 (20%), a gap: "Evidence" recurs too.
            Self.profession(3, "CCC", skills: [("Risk", 5, 45), ("Evidence base", 8, 32)],
                            checklist: doneEverywhere.merging(["C02": .done]) { a, _ in a }, unassessed: 5),
        ]
        let report = Self.report(data)
        guard case .sharedIssues(let shared) = report.sections[1] else { Issue.record("no shared issues"); return }
        #expect(shared.professionCount == 3)
        // Open in all three: C03, C04, C06 ... C17 (14 items, in order); then C01 (BBB, CCC) and
        // C02 (AAA only: BBB n/a, CCC done) is not shared; C05 is done everywhere.
        let threes = ["C03", "C04"] + (6...17).map { String(format: "C%02d", $0) }
        #expect(shared.openItems.map(\.item.id) == threes + ["C01"])
        #expect(shared.openItems.prefix(14).allSatisfy { $0.professions == ["AAA", "BBB", "CCC"] })
        let c01 = try #require(shared.openItems.last)
        #expect(c01.professions == ["BBB", "CCC"])
        // BBB's C01 was due on 1 Jan 2026, before the report's day
        #expect(c01.overdueIn == ["BBB"])
        // Gaps: Evidence (BBB 50%, CCC 20%) and Risk (AAA 40%, BBB 20%) recur; two professions each, by theme
        #expect(shared.recurringGaps.map(\.theme) == ["Evidence", "Risk"])
        #expect(shared.recurringGaps[0].professions.map(\.code) == ["BBB", "CCC"])
        #expect(shared.recurringGaps[1].professions.map(\.skill) == ["Risk management", "risk and compliance"])
        #expect(shared.recurringGaps[1].professions.map(\.share) == [Ratio(6, of: 15), Ratio(5, of: 25)])
    }

    @Test func theThemeIsTheFirstWordIgnoringCase() {
        #expect(SharedIssues.theme(of: "Risk and compliance").key == "risk")
        #expect(SharedIssues.theme(of: "  risk-based audit").key == "risk")
        #expect(SharedIssues.theme(of: "User-centred design") == ("user", "User"))
        #expect(SharedIssues.isGap(Ratio(3, of: 20)) && !SharedIssues.isGap(Ratio(2, of: 20)) && !SharedIssues.isGap(Ratio(0, of: 0)))
    }

    // MARK: Suppression

    @Test func aProfessionOfThreeShowsNoExactSmallCount() throws {
        // Three members at G7: one below requirement, two at it; one completed CPD, one behind, one none
        var data = Self.profession(1, "TINY", skills: [("Singing", 1, 2)])
        data.cpdRequirement = CPDRequirement(professionId: 1, hoursPerCycle: 10)
        data.cpdCycleYear = 2026
        let rule = CPDRule(requirement: data.cpdRequirement!, cycleYear: 2026, today: .earliest)
        data.cpdCoverage = [CPDCoverageBin(rule, minutes: 600, staff: 1), CPDCoverageBin(rule, minutes: 30, staff: 1)]
        let big = Self.profession(2, "WREN", skills: [("Singing", 10, 30)])
        let report = Self.report([data, big])
        let tiny = try #require(report.professions.first { $0.code == "TINY" })
        #expect(tiny.staff == .suppressed)
        #expect(tiny.skills.lines.allSatisfy { $0.assessed == .suppressed && $0.below == .suppressed
            && $0.belowShare == .suppressed && $0.meanShortfall == .suppressed })
        #expect(tiny.skills.coverage == .suppressed && tiny.skills.neverAssessed == .suppressed)
        let cpd = try #require(tiny.cpd)
        #expect(cpd.members == .suppressed && cpd.compliant == .suppressed)
        #expect(cpd.figures.allSatisfy { $0.count == .suppressed && $0.share == .suppressed })
        guard case .summary(let summary) = report.sections[0] else { Issue.record("no summary"); return }
        let row = try #require(summary.rows.first { $0.code == "TINY" })
        #expect(row.staff == .suppressed && row.cpdCompliant == .suppressed)
        // No share is shown, so no skill is named as the largest gap (naming one would rank the withheld shares)
        #expect(row.largestGap == nil)

        // And in print: "<5" and "n/a" wherever the three are counted, with the footnote
        let markdown = MarkdownReport.render(report)
        for line in ["| Tiny (TINY) | <5 | - | - | - | - | - | 0% | n/a | - |", "<5 staff",
                     "Audit coverage: n/a of members assessed; <5 never assessed.", "| Singing | <5 | <5 | n/a | n/a |",
                     "Completed or on track: n/a of <5 members.", "| Completed | <5 | n/a |", "| On track | <5 | n/a |",
                     "| Behind | <5 | n/a |", "| None logged | <5 | n/a |", "¹ <5: fewer than 5 people"] {
            #expect(markdown.contains(line), "\(line)")
        }
        // In the HTML, the profession's people figures (before its checklist) hold no digit but in dates and hours
        let html = HTMLReport.render(report)
        let start = try #require(html.range(of: "<section class=\"profession\" id=\"p-TINY\">"))
        let end = try #require(html.range(of: "<h3>Checklist</h3>", range: start.upperBound..<html.endIndex))
        let section = String(html[start.upperBound..<end.lowerBound])
        for exact in [">1<", ">2<", ">3<", ">0<", "33%", "67%", "50%", "(1", "(2", " 3 "] {
            #expect(!section.contains(exact), "\(exact)")
        }
        #expect(section.contains("&lt;5 staff") && section.contains(">&lt;5 (n/a)</text>"))
    }

    @Test func roundedCountsAndSharesWorkedOutFromThem() {
        // Rounded to 5: 18 members print as 20; Evidence's 6 below of 15 as 5 of 15 (33%); behind 5
        // and none logged 7 as 5 each, 25% of 20; compliance 6 of 18 as 5 of 20. Means stay exact.
        let markdown = MarkdownReport.render(Self.report([Sample.data()], rule: Suppression(rounding: 5)))
        for line in ["20 staff", "| Evidence | 15 | 5 | 33% | 1.0 |", "| Behind | 5 | 25% |", "| None logged | 5 | 25% |",
                     "Completed or on track: 25% of 20 members.", "Counts are rounded to the nearest 5"] {
            #expect(markdown.contains(line), "\(line)")
        }
        #expect(!markdown.contains("18 staff") && !markdown.contains("40%"))
        let rule = Suppression(rounding: 5)
        #expect([17, 18, 22, 23, 1_234].map(rule.rounded) == [15, 20, 20, 25, 1_235])
        #expect(Suppression().rounded(17) == 17)
    }

    @Test func theThresholdIsTheOptionGiven() throws {
        // With 2, the sample's 3 never assessed and 4 on track show; 0 below in Drafting still does not
        let p = try #require(Self.report([Sample.data()], rule: Suppression(threshold: 2)).professions.first)
        #expect(p.skills.neverAssessed == .shown(3))
        #expect(p.cpd?.figures[1].count == .shown(4))
        #expect(p.skills.lines[1].below == .suppressed)
        #expect(MarkdownReport.render(Self.report([Sample.data()], rule: Suppression(threshold: 2))).contains("<2: fewer than 2 people"))
    }

    // MARK: Escaping, well-formedness, determinism

    static func hostile() -> [ProfessionData] {
        var a = Sample.data()
        a.profession.name = "<script>alert(\"x\")</script> & Sons 'Ltd'"
        a.profession.code = "<B>"
        a.skills[0].name = "Evidence <img src=x onerror=alert(1)> | pipes & *stars*"
        var b = Self.profession(7, "R&D", skills: [("Data & <i>insight</i>", 6, 9)])
        b.profession.name = "Research & Development\nsecond line"
        return [a, b]
    }

    @Test func htmlEscapesEveryUserText() {
        let html = HTMLReport.render(Self.hostileReport())
        for raw in ["<script", "<img", "<B>", "<i>", "& Sons", "R&D", "Data & "] { #expect(!html.contains(raw), "\(raw)") }
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons &#39;Ltd&#39;"))
        #expect(html.contains("Evidence &lt;img src=x onerror=alert(1)&gt; | pipes &amp; *stars*"))
        #expect(html.contains("href=\"#p--B-\"") && html.contains("id=\"p-R-D\""))
        #expect(HTMLText.escape("a\u{0}b\u{7}c\r\nd") == "abc\n\nd")
    }

    @Test func markdownEscapesEveryUserText() {
        let markdown = MarkdownReport.render(Self.hostileReport())
        // Every "<" that could open a tag, and every "|" or "*" from a name, is backslash-escaped
        for line in markdown.split(separator: "\n") {
            let characters = Array(line)
            for (i, c) in characters.enumerated() where c == "<" && i + 1 < characters.count && characters[i + 1].isLetter {
                #expect(i > 0 && characters[i - 1] == "\\", "unescaped tag in: \(line)")
            }
        }
        #expect(markdown.contains("\\<script\\>alert(\"x\")\\</script\\> & Sons 'Ltd'"))
        #expect(markdown.contains("Evidence \\<img src=x onerror=alert(1)\\> \\| pipes & \\*stars\\*"))
        #expect(markdown.contains("## Research & Development second line (R\\&D)"))
        #expect(MarkdownReport.escape("&amp; &#60; x&y") == "\\&amp; \\&#60; x\\&y")
    }

    @Test func theSeminarGroupsFollowTheSharedIssuesWithTheirExplanation() throws {
        let data = [Self.profession(7, "AAA", skills: []), Self.profession(8, "BBB", skills: [])]
        let plan = SeminarPlanner.plan(data, settings: SeminarSettings(groups: 1), framework: .embedded)
        let report = Self.report(data, seminar: plan)
        let kinds = report.sections.map { section -> String in
            switch section {
            case .summary: "summary"
            case .sharedIssues: "shared"
            case .seminar: "seminar"
            case .sinceLastForum: "since"
            case .profession(let p): p.code
            }
        }
        #expect(kinds == ["summary", "shared", "seminar", "AAA", "BBB"])
        let group = try #require(plan.groups.first)
        let markdown = MarkdownReport.render(report)
        #expect(markdown.contains("## Seminar working groups"))
        #expect(markdown.contains("- **Group 1**: "))
        let html = HTMLReport.render(report)
        #expect(html.contains("<h2>Seminar working groups</h2>"))
        #expect(html.contains(HTMLText.escape(group.explanation)))
        // A report on one profession has no cross-profession sections, the groups included
        #expect(Self.report([data[0]], seminar: plan).sections.count == 1)
    }

    /// A tiny well-formedness check, as far as the report's markup goes: every element closed
    /// in order or self-closed ("<meta ... />"), no "<" or ">" outside a tag, and only XML's own
    /// character references. Nil when well formed, else what is wrong.
    static func malformation(_ text: String) -> String? {
        var open: [Substring] = []
        var rest = Substring(text)
        while let index = rest.firstIndex(where: { $0 == "<" || $0 == "&" || $0 == ">" }) {
            let after = rest[rest.index(after: index)...]
            switch rest[index] {
            case ">":
                return "a \">\" outside a tag"
            case "&":
                guard let semicolon = after.firstIndex(of: ";") else { return "a bare &" }
                let name = after[..<semicolon]
                guard ["amp", "lt", "gt", "quot", "apos"].contains(name)
                        || (name.first == "#" && name.count > 1 && name.dropFirst().allSatisfy(\.isNumber)) else {
                    return "the reference &\(name);"
                }
                rest = after[after.index(after: semicolon)...]
            default:
                guard let close = after.firstIndex(of: ">") else { return "a tag never closed" }
                let tag = after[..<close]
                if tag.contains("<") { return "a \"<\" inside the tag <\(tag)>" }
                rest = after[after.index(after: close)...]
                if tag.hasPrefix("!") || tag.hasSuffix("/") { continue }
                if tag.hasPrefix("/") {
                    let last = open.popLast()
                    guard last == tag.dropFirst() else { return "</\(tag.dropFirst())> closes <\(last ?? "nothing")>" }
                    continue
                }
                open.append(tag.prefix { !$0.isWhitespace })
            }
        }
        return open.isEmpty ? nil : "<\(open.joined(separator: "> <"))> never closed"
    }

    @Test func htmlIsWellFormedAndSelfContained() {
        // The checker can fail: an unclosed element and a bare ampersand are refused
        #expect(Self.malformation("<p><b>x</p>") == "</p> closes <b>")
        #expect(Self.malformation("<p>a & b</p>") == "a bare &")
        #expect(Self.malformation("<div><p>x</p>") == "<div> never closed")
        #expect(Self.malformation("<p a=\"1 > 0\">x</p>") == "a \">\" outside a tag")
        #expect(Self.malformation("<p>&nbsp;<br /></p>") == "the reference &nbsp;")
        for data in [Self.hostile(), [Sample.data()]] {
            let html = HTMLReport.render(Self.report(data))
            #expect(Self.malformation(html) == nil)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"))
            #expect(html.contains("@media print") && html.contains("overflow-x: auto"))
            // Nothing fetched: no script, no external stylesheet, image or font
            for outside in ["<script", "<link", "<img", " src=\"", "url(", "@import", "http://", "https://"] {
                let allowed = outside == "http://" ? html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "") : html
                #expect(!allowed.contains(outside), "\(outside)")
            }
            // Every chart is labelled for a screen reader
            let charts = html.components(separatedBy: "<svg ").count - 1
            #expect(charts > 0)
            #expect(html.components(separatedBy: "role=\"img\" aria-label=\"").count - 1 == charts)
            #expect(html.components(separatedBy: "<title>").count - 1 == charts + 1)
        }
    }

    @Test func theSameDayGivesTheSameBytes() {
        let day = Day(iso: "2026-10-01")!
        let first = Self.report([Sample.data(), Self.profession(2, "BBB", skills: [("Risk", 6, 9)])], today: day)
        let second = Self.report([Sample.data(), Self.profession(2, "BBB", skills: [("Risk", 6, 9)])], today: day)
        #expect(MarkdownReport.render(first) == MarkdownReport.render(second))
        #expect(HTMLReport.render(first) == HTMLReport.render(second))
        // A later day changes what is overdue and the date it is as of
        let later = Self.report([Sample.data()], today: Day(iso: "2026-08-01")!)
        #expect(later.professions[0].checklist.overdue.isEmpty)
        #expect(MarkdownReport.render(later).contains("Figures as of 1 Aug 2026."))
    }

    @Test func chartsDrawBarsAndSteps() {
        let bars = ReportCharts.bars([.init(label: "Done", fraction: 0.5, value: "1 of 2 (50%)"),
                                      .init(label: "Withheld", fraction: nil, value: "<5 (n/a)")], title: "T")
        // Half of the 220-unit track filled; the withheld bar has a track but no fill
        #expect(bars.contains("<rect x=\"0\" y=\"17\" width=\"110\" height=\"12\" class=\"fill\" />"))
        #expect(bars.components(separatedBy: "class=\"fill\"").count - 1 == 1)
        #expect(bars.contains(">&lt;5 (n/a)</text>"))
        #expect(bars.contains("aria-label=\"T: Done 1 of 2 (50%); Withheld &lt;5 (n/a)\""))
        let p = Self.report([Sample.data()]).professions[0]
        // Levels 2 then 4 on a 1-5 scale 38 units high from y=10: y = 10 + 38 × (5 - level) / 4
        let step = ReportCharts.maturityTrend(p.maturity[0], levels: 5)
        #expect(step.contains("<polyline points=\"10,38 156,38 156,19\" class=\"step\" />"))
    }
}
