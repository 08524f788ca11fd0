import HopModel
import TerminalUI

extension Screen {
    /// The latest changes to the store, across every profession.
    public static let recentChanges = Screen("recentChanges")
}

extension KeyScope {
    public static let recentChanges = KeyScope("recentChanges", "Recent changes across professions (R)")
}

/// The latest changes as read, newest first.
struct RecentChangesRead: FeatureData {
    var entries: [ChangeLogEntry]
}

public struct RecentChangesState: FeatureState, ListScreenState {
    /// nil until read.
    public var entries: [ChangeLogEntry]?
    public var list = ListModel<ChangeLogEntry>()
    public var returnTo: Screen = .overview

    public init() {}
}

extension AppState {
    var recentChanges: RecentChangesState {
        get { features[RecentChangesState.self] }
        set { features[RecentChangesState.self] = newValue }
    }
}

/// Who changed what across every profession, newest first: a read-only list, filterable by
/// who, what or which profession, with the selected change's fields as before → after.
enum RecentChangesFeature: Feature {
    static let screen = Screen.recentChanges
    static let showsNames = true

    static let bindings = [
        Binding([.char("R")], .show(.recentChanges), scope: .global,
                "Recent changes across every profession: who changed what, when", showsNames: true),
        Binding([.down, .char("j")], .down, scope: .recentChanges, "Next change"),
        Binding([.up, .char("k")], .up, scope: .recentChanges, "Previous change"),
        Binding([.pageDown], .pageDown, scope: .recentChanges, "Page down"),
        Binding([.pageUp], .pageUp, scope: .recentChanges, "Page up"),
        Binding([.home, .char("g")], .top, scope: .recentChanges, "Newest change"),
        Binding([.end, .char("G")], .bottom, scope: .recentChanges, "Oldest change shown"),
        Binding([.char("/")], .startFilter, scope: .recentChanges, "Filter by who, what, record or profession", hint: "Filter"),
        Binding([.escape], .back, scope: .recentChanges, "Back", hint: "Back"),
    ]

    /// Lines under the list for the selected change's fields.
    static let detailLines = 3

    static func scopes(_ state: AppState) -> [KeyScope] { state.recentChanges.list.promptScopes ?? [.recentChanges] }

    static func title(_ state: AppState) -> String { "Recent changes" }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen != screen else { return nil }
        state.recentChanges = RecentChangesState()
        state.recentChanges.returnTo = state.screen
        state.screen = screen
        return state.overview.loads + reload(state)
    }

    static func reload(_ state: AppState) -> [Effect] {
        [.read(FeatureRead(screen: screen, name: "recent changes") { client, _ in
            RecentChangesRead(entries: try EditingRead.editor(client).changeLog(.profession(nil)))
        })]
    }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let read = data as? RecentChangesRead else { return [] }
        state.recentChanges.entries = read.entries
        clamp(&state)
        return []
    }

    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 1, below: detailLines + 1) }

    static func clamp(_ state: inout AppState) {
        state.recentChanges.position.clamp(count: rows(state).count, visible: visibleRows(state.size))
    }

    static func type(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.recentChanges.list.type(key) { clamp(&state) }
        return []
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        if command == .back {
            if state.recentChanges.list.clearFilter() { clamp(&state) } else { state.screen = state.recentChanges.returnTo }
            return []
        }
        let rows = rows(state)
        let selected = rows.indices.contains(state.recentChanges.position.selected) ? rows[state.recentChanges.position.selected] : nil
        return state.recentChanges.list.reduce(command, count: rows.count, visible: visibleRows(state.size), selected: selected)
            ? [] : nil
    }

    /// The entries the filter lets through.
    static func rows(_ state: AppState) -> [ChangeLogEntry] {
        let entries = state.recentChanges.entries ?? []
        let needle = state.recentChanges.filter.lowercased()
        guard !needle.isEmpty else { return entries }
        return entries.filter { entry in
            [entry.user, ChangeLogView.what(entry), entry.recordId, professionName(entry.professionId, state)]
                .contains { $0.lowercased().contains(needle) }
        }
    }

    static func professionName(_ id: RowID?, _ state: AppState) -> String {
        guard let id else { return "" }
        return state.overview.rows.first { $0.professionId == id }?.name ?? "profession \(id)"
    }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        let view = state.recentChanges
        let inner = Block(title: "Recent changes · every profession, newest first", focused: true,
                          footer: Keymap.footer(.recentChanges, state: state))
            .render(in: body, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let ascii = !theme.unicode
        let rows = rows(state)
        func cells(_ entry: ChangeLogEntry) -> [String] {
            [String(entry.at.replacingOccurrences(of: "T", with: " ").prefix(16)), entry.user,
             ChangeLogView.what(entry),
             professionName(entry.professionId, state)]
        }
        // Each text column up to its longest value; what was changed takes two shares.
        let all = rows.map(cells)
        let columns = ColumnLayout.columns([
            .fixed("When (UTC)", 16, alignRight: false), .text("Who", min: 8, preferred: 12, values: all.map { $0[1] }),
            .text("What", min: 10, preferred: 30, share: 2, values: all.map { $0[2] }),
            .text("Profession", min: 10, preferred: 14, values: all.map { $0[3] }),
        ], width: inner.width)
        var out = LineWriter(inner)
        out.line(ColumnLayout.line(columns.map(\.header), columns, ascii: ascii), theme.title, buffer: &buffer)
        if view.entries == nil {
            out.line("Reading the change log…", theme.muted, buffer: &buffer)
        } else if rows.isEmpty {
            out.line(view.filter.isEmpty ? "No changes recorded yet." : "No change matches the filter.", theme.muted, buffer: &buffer)
        }
        for (i, entry) in rows.enumerated().dropFirst(view.position.offset).prefix(visibleRows(state.size)) {
            out.declareRow(i, selected: i == view.position.selected, buffer: &buffer)
            out.line(ColumnLayout.line(cells(entry), columns, ascii: ascii),
                     i == view.position.selected ? theme.selection : theme.text, buffer: &buffer)
        }
        var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - detailLines - 1, width: inner.width, height: detailLines + 1))
        if view.editingFilter || !view.filter.isEmpty {
            bottom.line([("Filter: ", theme.title), (view.filter + (view.editingFilter ? "_" : ""), theme.text),
                         ("  \(rows.count) of \(view.entries?.count ?? 0)", theme.muted)], buffer: &buffer)
        } else {
            let count = view.entries?.count ?? 0
            bottom.line("The latest \(count) change\(count == 1 ? "" : "s"). The selected one changed:", theme.muted, buffer: &buffer)
        }
        guard rows.indices.contains(view.position.selected) else { return }
        let detail = ChangeLogView.lines(rows[view.position.selected], to: Symbols(theme).to).detail
        let wrapped = TextFitting.wrap(detail, width: inner.width)
        for (n, text) in wrapped.prefix(detailLines).enumerated() {
            // The last line says when the detail goes on beyond what fits.
            let cut = n == detailLines - 1 && wrapped.count > detailLines
            bottom.line(cut ? TextFitting.truncate(text + " …", to: inner.width, ascii: ascii) : text, theme.text, buffer: &buffer)
        }
    }
}
