import Foundation

/// An overdue checklist item with its owner: a row of the list behind the checklist's "overdue"
/// figure. Owners are free text (who the profession wrote down), not staff records, so the list
/// is of items, grouped by owner.
public struct OverdueItem: Hashable, Sendable {
    /// "" when nobody owns it.
    public var owner: String
    public var itemId: String
    public var label: String
    public var due: Day
    public var daysOverdue: Int

    public init(owner: String, itemId: String, label: String, due: Day, daysOverdue: Int) {
        self.owner = owner; self.itemId = itemId; self.label = label; self.due = due; self.daysOverdue = daysOverdue
    }
}

/// The list behind the checklist's overdue figure, and how it is written out.
public enum OverdueItems {
    /// The list's name in the access log and in the file's name.
    public static let listName = "checklist-overdue"
    public static let title = "Overdue checklist items by owner"
    /// The owner column's text for an item nobody owns.
    public static let noOwner = "(no owner)"

    /// The report's overdue items as of `today`: by owner (ignoring case; unowned last), each
    /// owner's most overdue first, then by item. As many as the figure counts.
    public static func list(_ report: ChecklistReport, today: Day) -> [OverdueItem] {
        report.overdue.compactMap { row -> OverdueItem? in
            guard let due = row.entry.due else { return nil }
            let owner = row.entry.owner.trimmingCharacters(in: .whitespaces)
            return OverdueItem(owner: owner, itemId: row.item.id, label: row.item.label, due: due,
                               daysOverdue: due.days(until: today))
        }.sorted { a, b in
            if a.owner.isEmpty != b.owner.isEmpty { return b.owner.isEmpty }
            let owners = a.owner.lowercased().compare(b.owner.lowercased())
            if owners != .orderedSame { return owners == .orderedAscending }
            if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
            return a.itemId < b.itemId
        }
    }

    /// How many people the list names: its distinct owners (ignoring case), the unowned not one.
    public static func owners(_ items: [OverdueItem]) -> Int {
        Set(items.map { $0.owner.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }).count
    }

    /// The same for checklist rows (the figure, before the list is made).
    public static func owners(of rows: [ChecklistRow]) -> Int {
        owners(rows.map { OverdueItem(owner: $0.entry.owner, itemId: "", label: "", due: Day(ordinal: 0), daysOverdue: 0) })
    }

    public static let headings = ["Owner", "Item", "Due", "Days overdue", "Text"]

    /// The list as CSV: a header line, then one line an item.
    public static func csv(_ items: [OverdueItem]) -> String {
        CSVWriter.line(headings) + items.map {
            CSVWriter.line([$0.owner.isEmpty ? noOwner : $0.owner, $0.itemId, $0.due.iso, String($0.daysOverdue), $0.label])
        }.joined()
    }
}
