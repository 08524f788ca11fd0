import Foundation

/// Progress against the good-practice checklist. Items with no stored entry count as not
/// started and unowned. "Not applicable" items leave the base of every percentage.
public struct ChecklistRow: Hashable, Sendable {
    public var item: ChecklistItem
    public var entry: ChecklistEntry
    public var isOverdue: Bool
    public var isUnowned: Bool

    public var isOpen: Bool { entry.status == .notStarted || entry.status == .inProgress }
}

public struct AreaProgress: Hashable, Sendable {
    public var area: Area
    public var done: Int
    public var inProgress: Int
    public var applicable: Int

    public var ratio: Ratio { Ratio(done, of: applicable) }
}

public struct ChecklistReport: Hashable, Sendable {
    public var rows: [ChecklistRow]
    public var areas: [AreaProgress]

    public var overall: Ratio {
        Ratio(areas.reduce(0) { $0 + $1.done }, of: areas.reduce(0) { $0 + $1.applicable })
    }
    public var overdue: [ChecklistRow] { rows.filter(\.isOverdue) }
    public var unowned: [ChecklistRow] { rows.filter(\.isUnowned) }

    public init(framework: Framework, entries: [ChecklistEntry], professionId: RowID, today: Day) {
        let byItem = Dictionary(entries.map { ($0.itemId, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = framework.checklist.map { item in
            let entry = byItem[item.id] ?? ChecklistEntry(professionId: professionId, itemId: item.id)
            let open = entry.status == .notStarted || entry.status == .inProgress
            let overdue = open && (entry.due.map { $0 < today } ?? false)
            // Blank: nothing but spaces and tabs (`CharacterSet.whitespaces`), tested scalar by
            // scalar rather than by trimming through Foundation, which was most of this report's cost.
            let unowned = open && entry.owner.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
            return ChecklistRow(item: item, entry: entry, isOverdue: overdue, isUnowned: unowned)
        }
        self.rows = rows
        self.areas = framework.areas.map { area in
            let inArea = rows.filter { $0.item.area == area.id }
            return AreaProgress(
                area: area,
                done: inArea.filter { $0.entry.status == .done }.count,
                inProgress: inArea.filter { $0.entry.status == .inProgress }.count,
                applicable: inArea.filter { $0.entry.status != .notApplicable }.count)
        }
    }
}
