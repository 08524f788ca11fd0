import HopModel
import TerminalUI

/// The overdue checklist items by owner: owner (once a group), item, due date, days overdue and
/// the item's text; a title saying how many items and owners.
enum OverdueItemsScreen {
    /// Rows visible at this size (inside the border, under the header, above two lines).
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: 2) }

    /// "Overdue checklist items by owner: 3 items, 2 owners".
    static func heading(_ items: [OverdueItem]) -> String {
        let owners = OverdueItems.owners(items)
        let unowned = items.filter { $0.owner.isEmpty }.count
        return OverdueItems.title + ": " + (items.count == 1 ? "1 item" : "\(Format.count(items.count)) items")
            + ", " + (owners == 1 ? "1 owner" : "\(owners) owners") + (unowned > 0 ? ", \(unowned) with none" : "")
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        let items = state.overdueItems
        let list = state.overdueItemsList
        let inner = Block(title: heading(items), focused: true,
                          footer: Keymap.footer(.overdueItems, state: state, width: rect.width - 4))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let ascii = !theme.unicode
        let owners = items.map { $0.owner.isEmpty ? OverdueItems.noOwner : $0.owner }
        let columns = ColumnLayout.columns([
            .text("Owner", min: 10, preferred: 20, values: owners),
            .fixed("Item", 5, alignRight: false), .fixed("Due", 11, alignRight: false), .fixed("Days late", 9),
            ColumnSpec("Text", min: 16, share: 3),
        ], width: inner.width)
        func cells(_ i: Int) -> [String] {
            // The owner on the first row of their group only: the rows under it are theirs.
            let owner = i > 0 && owners[i].lowercased() == owners[i - 1].lowercased() && i != list.position.offset ? "" : owners[i]
            return [owner, items[i].itemId, Format.date(items[i].due), Format.count(items[i].daysOverdue), items[i].label]
        }
        var out = LineWriter(inner)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        if items.isEmpty { out.line("No checklist item is overdue.", theme.muted, buffer: &buffer) }
        let first = list.position.offset
        for i in first..<min(items.count, first + visibleRows(state.size)) {
            let selected = i == list.position.selected
            out.declareRow(i, selected: selected, buffer: &buffer)
            out.line(ColumnLayout.line(cells(i), columns, ascii: ascii), selected ? theme.selection : theme.text, buffer: &buffer)
        }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
        let position = items.isEmpty ? 0 : list.position.selected + 1
        bottom.line("\(Format.count(position)) of \(Format.count(items.count))  by owner, most overdue first", theme.muted,
                    buffer: &buffer)
        if items.indices.contains(list.position.selected),
           let detail = ColumnLayout.detail([owners[list.position.selected]] + cells(list.position.selected).dropFirst(), columns) {
            bottom.line(detail, theme.text, buffer: &buffer)
        }
    }
}
