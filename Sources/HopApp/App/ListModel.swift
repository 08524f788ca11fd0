import TerminalUI

/// A list position: the selected row and the first row shown. Kept in state so that frames
/// are pure functions of state (immediate mode).
public struct ListPosition: Hashable, Sendable {
    public var selected = 0
    public var offset = 0

    public init(selected: Int = 0, offset: Int = 0) { self.selected = selected; self.offset = offset }

    /// Moves by `delta` within `count` rows, keeping the selection visible in `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else { self = ListPosition(); return }
        selected = min(count - 1, max(0, selected + delta))
        clamp(count: count, visible: visible)
    }

    public mutating func clamp(count: Int, visible: Int) {
        guard count > 0 else { self = ListPosition(); return }
        selected = min(count - 1, max(0, selected))
        offset = Table.visibleOffset(selected: selected, offset: offset, bodyHeight: max(1, visible), count: count)
    }

    /// How far a movement command moves the selection; nil for any other command.
    public static func delta(_ command: Command, page: Int, count: Int, current: Int) -> Int? {
        switch command {
        case .up: -1
        case .down: 1
        case .pageUp: -max(1, page)
        case .pageDown: max(1, page)
        case .top: -current
        case .bottom: count - 1 - current
        case .selectRow(let index): index - current
        default: nil
        }
    }
}

/// What every list shares (lazygit's list controller): the position, the filter being typed,
/// and the record waiting for y or n before it is deleted. Each list screen keeps one and
/// says how many rows it has and how many fit; the list does the rest.
public struct ListModel<Row: Hashable & Sendable>: Hashable, Sendable {
    public var position = ListPosition()
    public var filter = ""
    /// True while the user is typing the filter.
    public var editingFilter = false
    /// Waiting for y/n before deleting this record.
    public var pendingDelete: Row?

    public init() {}

    /// While asking or typing, these scopes replace the screen's own.
    public var promptScopes: [KeyScope]? {
        if pendingDelete != nil { return [.deletePrompt] }
        if editingFilter { return [.filter] }
        return nil
    }

    /// Moves the selection for a movement command; false for any other command.
    public mutating func move(_ command: Command, count: Int, visible: Int) -> Bool {
        guard let delta = ListPosition.delta(command, page: visible, count: count, current: position.selected) else {
            return false
        }
        position.move(by: delta, count: count, visible: visible)
        return true
    }

    /// Typed text edits the filter while it is being typed; true when the filter changed.
    public mutating func type(_ key: Key) -> Bool {
        guard editingFilter else { return false }
        let before = filter
        LineEdit.apply(key, to: &filter)
        position = ListPosition()
        return filter != before
    }

    /// Esc: clears a filter; false when there was none to clear (Esc then goes back).
    public mutating func clearFilter() -> Bool {
        guard editingFilter || !filter.isEmpty else { return false }
        filter = ""
        editingFilter = false
        position = ListPosition()
        return true
    }

    /// The list's share of a command: movement, starting and keeping a filter, the delete
    /// question. Returns false for anything else, which the screen then handles.
    public mutating func reduce(_ command: Command, count: Int, visible: Int, selected: Row?) -> Bool {
        switch command {
        case .startFilter: editingFilter = true
        case .closeOverlay: editingFilter = false
        case .deleteSelected: pendingDelete = selected
        case .cancelDelete: pendingDelete = nil
        default: return move(command, count: count, visible: visible)
        }
        return true
    }

    /// `y` to the delete question: the record to delete, and the question is gone.
    public mutating func confirmDelete() -> Row? {
        defer { pendingDelete = nil }
        return pendingDelete
    }
}

/// The list screens' states forward the list's members (`state.overview.filter`), so that a
/// screen's state reads as one value while the list machinery lives in `ListModel`.
@dynamicMemberLookup
public protocol ListScreenState {
    associatedtype Row: Hashable & Sendable
    var list: ListModel<Row> { get set }
}

extension ListScreenState {
    public subscript<T>(dynamicMember keyPath: WritableKeyPath<ListModel<Row>, T>) -> T {
        get { list[keyPath: keyPath] }
        set { list[keyPath: keyPath] = newValue }
    }
}

/// One-line text entry for filters and searches: printable characters append, backspace removes.
public enum LineEdit {
    public static let maxLength = 80

    public static func apply(_ key: Key, to text: inout String) {
        switch key {
        case .char(let c) where !c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }:
            if text.count < maxLength { text.append(c) }
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        default:
            break
        }
    }
}
