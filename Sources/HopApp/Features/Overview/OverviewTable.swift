import HopModel
import TerminalUI

/// The overview's table: its columns in order, each with its cell, its width rule and the sorts
/// whose arrow it carries, fitted to a width. Some columns give way on a narrow terminal: when
/// the names would be cut to less than `readableName`, they are dropped (width 0, their place
/// kept) lowest `givesWay` first, and the selected row's detail line says their values.
struct OverviewTable {
    struct Part {
        var sorts: [OverviewColumn]
        /// Dropped for the names' room, lowest first; nil: always shown.
        var givesWay: Int?
        var cell: (OverviewRow) -> String
        /// The column's rule, given every row's cell.
        var spec: ([String]) -> ColumnSpec
    }

    /// The name column's width at 80 columns with only the columns that never give way:
    /// "Operational Deliv…".
    static let readableName = 18

    let parts: [Part]
    /// Fitted to the width; a dropped column has width 0.
    let columns: [Column]

    /// `rows`: every profession (not only those a filter shows), so the columns stay put.
    /// `trends`: nil when nothing was kept to measure from (no trend column).
    init(areas: [Area], trends: [RowID: ProfessionTrend]?, rows: [OverviewRow], width: Int) {
        func figure(_ header: String, _ sort: OverviewColumn, givesWay: Int? = nil, _ value: @escaping (OverviewRow) -> Ratio?) -> Part {
            Part(sorts: [sort], givesWay: givesWay, cell: { Format.percent(value($0)) }, spec: { _ in .fixed(header, 5) })
        }
        var parts = [
            Part(sorts: [.name], cell: { $0.name + ($0.isNew ? " *" : "") },
                 spec: { .text("Profession", min: 12, preferred: 20, share: 2, values: $0) }),
            Part(sorts: [.staff], cell: { Format.count($0.staff) }, spec: { .figures("Staff", min: 6, values: $0) }),
        ]
        for (i, area) in areas.enumerated() {
            let sort = OverviewColumn(rawValue: OverviewColumn.area1.rawValue + i) ?? .area5
            parts.append(Part(sorts: [sort], cell: { row in row.maturity.indices.contains(i) ? row.maturity[i].map(String.init) ?? "-" : "-" },
                              spec: { _ in .fixed(String(area.shortName.prefix(2)), 2) }))
        }
        parts += [
            figure("Check", .checklist) { $0.checklist },
            figure("CPD", .cpd) { $0.cpdCompliant },
            figure("Quals", .qualifications) { $0.qualificationsHeld },
            figure("Succ", .succession) { $0.successionReadyNow },
            // The dashboard's two headline skills figures, for a terminal with room for them.
            figure("Audit", .audited, givesWay: 1) { $0.figures[.auditCoverage] },
            figure("Below", .below, givesWay: 2) { $0.figures[.skillsGap] },
        ]
        if let trends {
            parts.append(Part(sorts: [.improved, .slipping], givesWay: 3, cell: { trends[$0.professionId]?.text ?? "-" },
                              spec: { _ in .fixed("Trend", 5) }))
        }
        parts.append(Part(sorts: [.gap], cell: { row in row.largestGap.map { OverviewTable.gapText($0.ratio, $0.skill) } ?? "-" },
                          spec: { .text("Largest gap", min: 12, preferred: 12, values: $0) }))
        self.parts = parts
        let specs = parts.map { part in part.spec(rows.map(part.cell)) }
        self.columns = OverviewTable.fit(specs, givesWay: parts.map(\.givesWay), width: width)
    }

    /// The columns with every one that gives way shown while the names keep `readableName`
    /// cells (or their longest, if shorter); those that do not fit go, lowest `givesWay` first.
    static func fit(_ specs: [ColumnSpec], givesWay: [Int?], width: Int) -> [Column] {
        let wanted = min(readableName, specs[0].max ?? readableName)
        var dropped: Set<Int> = []
        let order = givesWay.indices.filter { givesWay[$0] != nil }.sorted { givesWay[$0]! < givesWay[$1]! }
        for next in [nil] + order.map(Optional.some) {
            if let next { dropped.insert(next) }
            let kept = specs.indices.filter { !dropped.contains($0) }
            let fitted = ColumnLayout.columns(kept.map { specs[$0] }, width: width)
            if fitted[0].width >= wanted || next == order.last {
                var columns = specs.map { Column($0.header, width: 0, alignRight: $0.alignRight) }
                for (i, column) in zip(kept, fitted) { columns[i] = column }
                return columns
            }
        }
        return ColumnLayout.columns(specs, width: width)
    }

    /// A row's cells, one per column (dropped ones included, for the detail line).
    func cells(_ row: OverviewRow) -> [String] { parts.map { $0.cell(row) } }

    /// The column a sort orders by (nil: none shows it, e.g. the trend with nothing kept).
    func index(of sort: OverviewColumn) -> Int? { parts.firstIndex { $0.sorts.contains(sort) } }

    /// The gap's percentage right-aligned in four columns ("100%"), so the skill names line up.
    static func gapText(_ ratio: Ratio, _ skill: String) -> String {
        TextFitting.pad(Format.percent(ratio), to: 4, alignRight: true) + " " + skill
    }
}
