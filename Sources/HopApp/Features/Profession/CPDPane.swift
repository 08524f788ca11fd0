import HopModel
import TerminalUI

/// CPD compliance for the current cycle: the requirement, members completed / on track /
/// behind / none logged, mandatory qualifications missed or lapsing, and hours by activity
/// type. Zoomed: the full breakdown with each mandatory qualification and what counts.
enum CPDPane {
    static func listHeight(inner: Rect, zoomed: Bool) -> Int {
        zoomed ? max(1, inner.height - 15) : max(1, inner.height - (compact(inner, zoomed: zoomed) ? 7 : 9))
    }

    /// In a short pane the four categories take two lines (two to a line, shares without
    /// counts or bars), so that
    /// more than one activity type shows under them.
    static func compact(_ inner: Rect, zoomed: Bool) -> Bool { !zoomed && inner.height < 12 && inner.width >= 36 }

    static func render(_ c: PaneContext, in rect: Rect, buffer: inout Buffer) {
        var out = LineWriter(rect)
        guard let report = c.dashboard.cpd else {
            out.line("No CPD requirement set for this profession.", c.theme.muted, buffer: &buffer)
            out.line("Principles 5.9 and 5.11: set hours per cycle,", c.theme.muted, buffer: &buffer)
            out.line("qualifications and the activities that count.", c.theme.muted, buffer: &buffer)
            renderQualificationSummary(c, out: &out, buffer: &buffer)
            return
        }
        let start = report.cycleStart, end = report.cycleEnd
        out.line("\(report.requirement.hoursPerCycle) h per cycle, \(Format.month(start)) to \(Format.month(end))",
                 c.theme.title, buffer: &buffer)
        let elapsed = Int((report.elapsedFraction * 100).rounded())
        out.line("\(elapsed)% of cycle gone; \(Format.hours(minutes: Int(report.proRataMinutes.rounded()))) due by now",
                 c.theme.muted, buffer: &buffer)
        let barWidth = max(0, min(40, rect.width - 28))
        if compact(rect, zoomed: c.zoomed) {
            let cells = CPDReport.Category.allCases.enumerated().map { i, category -> [(String, Style)] in
                let ratio = report.ratio(category), mark = c.marks.cpd(category)
                let label = i == c.selected ? c.theme.selection : c.theme.text
                // Shares only: the counts are on the full screen, the base on the line below.
                return [(mark.mark + c.figureMark(i == c.selected), mark.style), (category.label + " ", label),
                        (Format.percent(ratio), mark.style)]
            }
            // Two to a line, the second starting at the pane's middle.
            let half = rect.width / 2
            for pair in stride(from: 0, to: cells.count, by: 2) {
                let first = cells[pair]
                let used = first.reduce(0) { $0 + DisplayWidth.of($1.0) }
                var line = first + [(String(repeating: " ", count: max(1, half - used)), c.theme.text)]
                if pair + 1 < cells.count { line += cells[pair + 1] }
                out.line(line, buffer: &buffer)
            }
        }
        // Each category is a figure about people: the pane's first four rows (DashboardFigures).
        for (i, category) in CPDReport.Category.allCases.enumerated() where !compact(rect, zoomed: c.zoomed) {
            let ratio = report.ratio(category)
            let mark = c.marks.cpd(category)
            let text = i == c.selected ? c.theme.selection : c.theme.text
            out.line([
                (mark.mark + c.figureMark(i == c.selected), mark.style),
                (TextFitting.pad(category.label, to: 12), text),
                (TextFitting.pad(Format.count(ratio.count), to: 7, alignRight: true), text),
                (TextFitting.pad(Format.percent(ratio), to: 5, alignRight: true) + " ", mark.style),
                (Bar.text(fraction: ratio.fraction ?? 0, width: barWidth, symbols: c.symbols), mark.style),
            ], buffer: &buffer)
        }
        out.line(c.withTrend([("Completed or on track: \(Format.percent(report.compliant)) of \(Format.count(report.members))",
                               c.theme.title)], .cpdCompliance, width: rect.width), buffer: &buffer)
        // A short pane keeps its lines for activity types unless there is a figure to show; the
        // full screen says "none set" in its own section.
        if c.dashboard.qualifications != nil || !(compact(rect, zoomed: c.zoomed) || c.zoomed) {
            renderQualificationSummary(c, out: &out, buffer: &buffer)
        }
        if let followed = FollowUpLine.text(c.dashboard.data.followUps, pane: .cpd, zoomed: c.zoomed) {
            for line in TextFitting.wrap(followed, width: rect.width, lines: c.zoomed ? 3 : 1) {
                out.line(line, c.theme.text, buffer: &buffer)
            }
        }
        if c.zoomed {
            out.line("On track: logged what is due by now, pro-rated for joiners and part-timers.",
                     c.theme.muted, buffer: &buffer)
            let counted = "Counts: " + report.requirement.countedTypes.map(\.label).sorted().joined(separator: ", ")
            for line in TextFitting.wrap(counted, width: rect.width, lines: 2) { out.line(line, c.theme.muted, buffer: &buffer) }
            out.skip()
            renderQualifications(c, width: rect.width, out: &out, buffer: &buffer)
            out.skip()
        }
        renderTypes(report, c, out: &out, buffer: &buffer)
    }

    /// One line: members missing a mandatory qualification for their grade, and those whose
    /// lapses within `QualificationReport.expiringWithinDays`.
    static func renderQualificationSummary(_ c: PaneContext, out: inout LineWriter, buffer: inout Buffer) {
        guard let q = c.dashboard.qualifications else {
            out.line("Mandatory qualifications: none set", c.theme.muted, buffer: &buffer)
            return
        }
        let mark = q.missingOne > 0 ? c.marks.cpd(.behind) : c.marks.cpd(.completed)
        // Two figures about people: their rows follow the categories (`DashboardFigures.cpdFigures`).
        let first = c.dashboard.cpd == nil ? 0 : CPDReport.Category.allCases.count
        let missing = c.selected == first, lapsing = c.selected == first + 1
        out.declareRow(missing || lapsing ? c.selected ?? first : first, selected: missing || lapsing, buffer: &buffer)
        out.line(c.withTrend([
            (mark.mark + " ", mark.style),
            ("Quals: ", c.theme.text),
            (c.figurePrefix(missing) + "\(Format.count(q.missingOne)) miss one", missing ? c.theme.selection : c.theme.text),
            (", ", c.theme.text),
            (c.figurePrefix(lapsing) + "\(Format.count(q.expiring)) lapse in \(QualificationReport.expiringWithinDays)d",
             lapsing ? c.theme.selection : c.theme.text),
        ], .qualifications, label: "hold all ", width: out.rect.width), buffer: &buffer)
    }

    /// Each mandatory qualification by grade: members holding it, missing it, lapsing soon.
    static func renderQualifications(_ c: PaneContext, width: Int, out: inout LineWriter, buffer: inout Buffer) {
        let numbers = 3 * 7
        out.line(TextFitting.pad("Mandatory qualifications", to: max(0, width - numbers))
                 + TextFitting.pad("Held", to: 7, alignRight: true) + TextFitting.pad("Miss", to: 7, alignRight: true)
                 + TextFitting.pad("\(QualificationReport.expiringWithinDays)d", to: 7, alignRight: true),
                 c.theme.title, buffer: &buffer)
        let rows = (c.dashboard.qualifications?.grades ?? []).flatMap { grade in grade.qualifications.map { (grade.grade.code, $0) } }
        if rows.isEmpty { out.line("None set.", c.theme.muted, buffer: &buffer) }
        // Room is left for a few activity types below; what does not fit is counted.
        let room = max(3, out.remaining - 8)
        let shown = rows.count > room ? room - 1 : rows.count
        for (grade, q) in rows.prefix(shown) {
            out.line("  " + TextFitting.pad(grade, to: 5) + " " + TextFitting.pad(q.name, to: max(0, width - numbers - 8))
                     + TextFitting.pad(Format.count(q.holders), to: 7, alignRight: true)
                     + TextFitting.pad(Format.count(q.missing), to: 7, alignRight: true)
                     + TextFitting.pad(Format.count(q.expiring), to: 7, alignRight: true), c.theme.text, buffer: &buffer)
        }
        if shown < rows.count { out.line("  and \(rows.count - shown) more", c.theme.muted, buffer: &buffer) }
    }

    static func renderTypes(_ report: CPDReport, _ c: PaneContext, out: inout LineWriter, buffer: inout Buffer) {
        guard out.hasRoom else { return }
        let height = out.remaining - 1
        let count = report.typeTotals.count
        // The types follow the four categories in the pane's selection; the window keeps the
        // selected type in view.
        let first = DashboardFigures.cpdFigures(c.dashboard).count
        let typeSelected = (c.selected ?? -1) - first
        let start = min(max(0, typeSelected - max(1, height) + 1), max(0, count - height))
        // When not every type fits, the header says which are shown.
        let heading = count > height && height > 0 ? "Types \(start + 1)-\(min(count, start + height)) of \(count)" : "Activity type"
        // The figures as wide as their widest (the whole service logs millions of hours); the
        // type's name gives way to them.
        let hours = report.typeTotals.map { Format.hoursValue(minutes: $0.minutes) }
        let counts = report.typeTotals.map { Format.count($0.activities) }
        let hoursWidth = max(9, 1 + (hours.map(DisplayWidth.of).max() ?? 0))
        let countWidth = max(8, 1 + (counts.map(DisplayWidth.of).max() ?? 0))
        let nameWidth = max(10, min(21, out.rect.width - hoursWidth - countWidth))
        out.line(TextFitting.pad(heading, to: nameWidth) + TextFitting.pad("Hours", to: hoursWidth, alignRight: true)
                 + TextFitting.pad("Count", to: countWidth, alignRight: true), c.theme.title, buffer: &buffer)
        if report.typeTotals.isEmpty {
            out.line("Nothing logged this cycle.", c.theme.muted, buffer: &buffer)
            return
        }
        for (i, total) in report.typeTotals.enumerated().dropFirst(start).prefix(height) {
            let style = i + first == c.selected ? c.theme.selection : c.theme.text
            out.declareRow(i + first, selected: i + first == c.selected, buffer: &buffer)
            out.line(TextFitting.pad(total.type.label, to: nameWidth) + TextFitting.pad(hours[i], to: hoursWidth, alignRight: true)
                     + TextFitting.pad(counts[i], to: countWidth, alignRight: true), style, buffer: &buffer)
        }
    }
}
