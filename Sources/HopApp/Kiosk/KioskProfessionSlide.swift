import HopModel
import TerminalUI

/// One profession for a projector: four tiles (checklist, CPD, largest skills gap, maturity),
/// each led by one big figure with a line or two of plain words. Figures about people are
/// disclosed by `ProfessionFigures` (as in the forum report); nothing names a person (no head
/// of profession, owner or assessor).
enum KioskProfessionSlide {
    static func title(_ dashboard: ProfessionDashboard, _ rule: Suppression) -> String {
        let p = dashboard.profession
        let staff = FigureText.count(ProfessionFigures(dashboard: dashboard, rule: rule).staff, rule)
        return "\(p.name) (\(p.code))\(p.isNew ? " · newly established" : "") · \(staff) staff"
    }

    static func render(_ dashboard: ProfessionDashboard, state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let rule = state.kiosk.options.suppression
        let figures = ProfessionFigures(dashboard: dashboard, rule: rule)
        let (tilesArea, strip) = body.splitBottom(1)
        buffer.write(" " + movementLine(figures.movements, rule), x: strip.x, y: strip.y, style: theme.text, clip: strip)
        let rows = tilesArea.rows(2)
        let top = rows[0].columns(2), bottom = rows[1].columns(2)
        let tiles: [(String, Rect, (Rect, inout Buffer) -> Void)] = [
            ("Checklist items done", top[0], { checklist(dashboard, in: $0, buffer: &$1, theme: theme) }),
            ("CPD completed or on track", top[1], { cpd(dashboard, figures, rule, in: $0, buffer: &$1, theme: theme) }),
            ("Largest skills gap", bottom[0], { skills(dashboard, figures, rule, in: $0, buffer: &$1, theme: theme) }),
            ("Maturity: self-assessed vs evidence", bottom[1], { maturity(dashboard, figures.succession, in: $0, buffer: &$1, theme: theme) }),
        ]
        for (title, rect, draw) in tiles {
            let inner = Block(title: title).render(in: rect, buffer: &buffer, theme: theme)
            guard !inner.isEmpty else { continue }
            draw(Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), &buffer)
        }
    }

    /// The profession's movements in one line of suppressed counts.
    static func movementLine(_ m: ProfessionFigures.Movements, _ rule: Suppression) -> String {
        func n(_ count: Suppression.Disclosed<Int>) -> String { FigureText.count(count, rule) }
        return "Movements: \(n(m.joiners)) joined, \(n(m.leavers)) left (12 months)"
            + " · \(n(m.awayNow)) away now · \(n(m.returningThisQuarter)) back this quarter"
    }

    /// A big figure (or "n/a", big) and the lines under it, then `extra` lines where there is
    /// room left (they never make the figure small). The figure grows with the tile (a scale for
    /// every seven rows of it, up to 4) as far as the tile's width and the lines under it allow.
    static func figure(_ text: String, _ lines: [(String, Style)], extra: [(String, Style)] = [], in rect: Rect,
                       buffer: inout Buffer, theme: Theme) {
        var y = rect.y
        let unicode = theme.unicode
        if rect.height >= BigText.height + lines.count {
            let big = text == Format.withheld ? "-" : text
            let aside = text == Format.withheld ? 5 : 0
            let scale = BigText.scale(big, width: rect.width - aside, rows: rect.height - lines.count - extra.count - 1,
                                      limit: min(4, rect.height / 7), unicode: unicode)
            let height = BigText.height(scale: scale)
            let width = BigText.render(big, x: rect.x, y: y, style: theme.title, clip: rect, buffer: &buffer, unicode: unicode, scale: scale)
            if text == Format.withheld {
                buffer.write("n/a", x: rect.x + width + 2, y: y + height / 2, style: theme.title, clip: rect)
            }
            y += height + (rect.height > height + lines.count ? 1 : 0)
        } else {
            buffer.write(text, x: rect.x, y: y, style: theme.title, clip: rect)
            y += 1
        }
        // A line too long for the tile wraps onto the rows left (the last ending in "…" if it
        // still does not fit); the extra lines are written only while rows are left.
        for (line, style) in lines where y < rect.maxY {
            for part in TextFitting.wrap(line, width: rect.width, lines: rect.maxY - y) {
                buffer.write(part, x: rect.x, y: y, style: style, clip: rect)
                y += 1
            }
        }
        for (line, style) in extra where y < rect.maxY {
            buffer.write(line, x: rect.x, y: y, style: style, clip: rect)
            y += 1
        }
    }

    static func checklist(_ d: ProfessionDashboard, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let overall = d.checklist.overall
        let symbols = Symbols(unicode: theme.unicode)
        figure(Format.percent(overall), [
            ("\(overall.count) of \(overall.base) applicable items done", theme.text),
            (Bar.text(fraction: overall.fraction ?? 0, width: min(30, rect.width), symbols: symbols), theme.accent),
            ("\(symbols.warning) \(d.checklist.overdue.count) overdue · \(d.checklist.unowned.count) without an owner", theme.warning),
        ], in: rect, buffer: &buffer, theme: theme)
    }

    static func cpd(_ d: ProfessionDashboard, _ figures: ProfessionFigures, _ rule: Suppression, in rect: Rect,
                    buffer: inout Buffer, theme: Theme) {
        guard let report = d.cpd, let shown = figures.cpd else {
            figure("-", [("No CPD requirement set for this profession.", theme.text)], extra: qualificationLine(figures, rule, width: rect.width, theme),
                   in: rect, buffer: &buffer, theme: theme)
            return
        }
        func n(_ category: CPDReport.Category) -> String { FigureText.count(shown.counts[category] ?? .withheld, rule) }
        figure(FigureText.percent(shown.compliant), [
            ("of \(FigureText.count(figures.staff, rule)) members, \(report.requirement.hoursPerCycle) h a cycle", theme.text),
            ("Completed \(n(.completed)) · On track \(n(.onTrack))", theme.text),
            ("Behind \(n(.behind)) · None logged \(n(.noneLogged))", theme.text),
        ], extra: qualificationLine(figures, rule, width: rect.width, theme), in: rect, buffer: &buffer, theme: theme)
    }

    /// Mandatory qualification compliance under the CPD figures, when the profession has any;
    /// in a narrow tile without those lapsing soon rather than cut.
    static func qualificationLine(_ figures: ProfessionFigures, _ rule: Suppression, width: Int, _ theme: Theme) -> [(String, Style)] {
        guard let q = figures.qualifications else { return [] }
        let held = "Quals held \(FigureText.percent(q.holdAll)) of \(FigureText.count(q.members, rule)) · missing "
            + FigureText.count(q.missingOne, rule)
        let full = held + " · lapsing \(FigureText.count(q.expiring, rule))"
        return [(DisplayWidth.of(full) <= width ? full : held, theme.text)]
    }

    /// The skill with the largest share below requirement, among skills assessed for enough
    /// people to show a percentage at all.
    static func skills(_ d: ProfessionDashboard, _ figures: ProfessionFigures, _ rule: Suppression, in rect: Rect,
                       buffer: inout Buffer, theme: Theme) {
        let coverage = "Audit coverage \(FigureText.percent(figures.coverage)) of members"
        if d.skills.coverage.count == 0 {
            figure("-", [("No audit yet: no one assessed.", theme.text)], in: rect, buffer: &buffer, theme: theme)
            return
        }
        guard let gap = figures.largestGap else {
            figure("-", [("No skill gap to show", theme.text), (coverage, theme.text)], in: rect, buffer: &buffer, theme: theme)
            return
        }
        let shortfall = gap.meanShortfall.value.map { Format.decimal($0) + " levels" } ?? Format.withheld
        figure(FigureText.percent(gap.belowShare), [
            (TextFitting.truncate("below requirement in \(gap.name)", to: rect.width, ascii: !theme.unicode), theme.text),
            ("Mean shortfall \(shortfall)", theme.text),
            (coverage, theme.text),
        ], in: rect, buffer: &buffer, theme: theme)
    }

    /// Whether the profession has nothing to show a maturity level from: no self-assessment
    /// and no checklist item begun (the evidenced level would read L1 from nothing).
    static func noMaturityAudit(_ d: ProfessionDashboard) -> Bool {
        d.maturity.areas.allSatisfy { $0.selfAssessed == nil && $0.recordEvidence.isEmpty }
            && d.checklist.rows.allSatisfy { $0.entry.status == .notStarted }
    }

    /// The succession register in one line for the Careers area (counts of posts, not people;
    /// nil when the register is empty).
    static func successionLine(_ s: ProfessionFigures.Succession, width: Int, ascii: Bool) -> String? {
        guard s.posts > 0 else { return nil }
        let posts = "\(s.posts) \(s.posts == 1 ? "post" : "posts")"
        let full = "Succession: \(s.posts) critical \(s.posts == 1 ? "post" : "posts"), \(FigureText.percent(s.readyNow)) with a successor ready now, "
            + "\(FigureText.percent(s.anySuccessor)) with any"
        let short = "Succession: \(posts), \(FigureText.percent(s.readyNow)) ready now"
        return DisplayWidth.of(full) <= width ? full : TextFitting.truncate(short, to: width, ascii: ascii)
    }

    static func maturity(_ d: ProfessionDashboard, _ succession: ProfessionFigures.Succession, in rect: Rect,
                         buffer: inout Buffer, theme: Theme) {
        let symbols = Symbols(unicode: theme.unicode)
        let register = successionLine(succession, width: rect.width, ascii: !theme.unicode)
        var y = rect.y
        if noMaturityAudit(d) {
            buffer.write("No audit yet", x: rect.x, y: y, style: theme.title, clip: rect)
            let reserved = register == nil ? 0 : 1
            for line in TextFitting.wrap("No area self-assessed and no checklist item begun, so no level is shown.",
                                         width: rect.width, lines: max(1, rect.height - 2 - reserved)) {
                y += 1
                buffer.write(line, x: rect.x, y: y, style: theme.text, clip: rect)
            }
            if let register, y + 1 < rect.maxY { buffer.write(register, x: rect.x, y: y + 1, style: theme.text, clip: rect) }
            return
        }
        let nameWidth = max(8, min(28, rect.width - 24))
        let spacing = rect.height >= d.maturity.areas.count * 2 + 1 ? 2 : 1
        for area in d.maturity.areas where y < rect.maxY {
            let flag = area.isFlagged ? "\(symbols.warning) gap" : ""
            let line = TextFitting.pad(area.area.shortName, to: nameWidth, ascii: !theme.unicode)
                + " self " + Format.level(area.selfAssessed) + "  evid " + Format.level(area.evidenced) + " "
            let x = rect.x + buffer.write(line, x: rect.x, y: y, style: theme.text.bolded(), clip: rect)
            buffer.write(flag, x: x, y: y, style: theme.warning, clip: rect)
            y += spacing
        }
        // The register sits under the areas (Careers draws on it), above the legend.
        if let register, y < rect.maxY - 1 {
            buffer.write(register, x: rect.x, y: y, style: theme.text, clip: rect)
        }
        if y < rect.maxY {
            buffer.write("evid: what the checklist supports", x: rect.x, y: rect.maxY - 1, style: theme.muted, clip: rect)
        }
    }
}
