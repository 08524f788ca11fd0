import HopModel
import TerminalUI

extension Screen {
    /// The overdue checklist items of the open profession, by owner.
    public static let overdueItems = Screen("overdueItems")
}

extension KeyScope {
    public static let overdueFigure = KeyScope("overdueFigure", "The checklist's overdue figure (checklist pane, full screen)")
    public static let overdueItems = KeyScope("overdueItems", "Overdue checklist items by owner (Enter on the overdue figure)")
}

/// The list's position; its rows are the open dashboard's overdue items, worked out as drawn
/// (`OverdueItems.list`), so they are the figure's at every moment.
public struct OverdueItemsState: FeatureState, ListScreenState {
    public var list = ListModel<OverdueItem>()

    public init() {}
}

extension AppState {
    public var overdueItemsList: OverdueItemsState {
        get { features[OverdueItemsState.self] }
        set { features[OverdueItemsState.self] = newValue }
    }

    /// The open profession's overdue checklist items by owner, as of today.
    var overdueItems: [OverdueItem] {
        profession?.dashboard.map { OverdueItems.list($0.checklist, today: today) } ?? []
    }
}

/// What became of `x` on the list.
struct OverdueItemsExported: FeatureData {
    var message: String
    var failed: Bool
}

/// The owners of overdue checklist items: Enter on the checklist's "overdue" figure lists the
/// items with owner, due date and days overdue, grouped by owner (owners are free text, not
/// staff records). Owners are people's names, so the kiosk never opens it, and `x` exports it
/// to a 0600 file recorded in the access log like a list of people.
enum OverdueItemsFeature: Feature {
    static let screen = Screen.overdueItems
    static let showsNames = true

    static let bindings = [
        Binding([.enter], .show(.overdueItems), scope: .overdueFigure,
                "The overdue items with their owners, due dates and days overdue, by owner", hint: "By owner"),
        Binding([.down, .char("j")], .down, scope: .overdueItems, "Next item"),
        Binding([.up, .char("k")], .up, scope: .overdueItems, "Previous item"),
        Binding([.pageDown], .pageDown, scope: .overdueItems, "Page down"),
        Binding([.pageUp], .pageUp, scope: .overdueItems, "Page up"),
        Binding([.home, .char("g")], .top, scope: .overdueItems, "First item"),
        Binding([.end, .char("G")], .bottom, scope: .overdueItems, "Last item"),
        Binding([.char("x")], .exportList, scope: .overdueItems,
                "Export the list to a CSV file in the folder hopdash started in, readable by you only; "
                + "recorded in the access log", hint: "Export", rank: HintRank.editing, mutates: true, showsNames: true),
        Binding([.escape], .back, scope: .overdueItems, "Back to the checklist", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { [.overdueItems] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        OverdueItemsScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    /// From the full-screen checklist pane, its overdue figure selected.
    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .profession, state.profession?.dashboard != nil else { return nil }
        state.overdueItemsList = OverdueItemsState()
        state.screen = screen
        return []
    }

    static func reload(_ state: AppState) -> [Effect] {
        state.profession.map { [.loadProfession($0.professionId)] } ?? []
    }

    static func clamp(_ state: inout AppState) {
        state.overdueItemsList.position.clamp(count: state.overdueItems.count, visible: OverdueItemsScreen.visibleRows(state.size))
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            state.screen = .profession
            return []
        case .exportList:
            let items = state.overdueItems
            guard let profession = state.profession, !items.isEmpty else {
                state.status = "No checklist item is overdue: nothing to export."
                return []
            }
            state.notice = "Writing the list…"
            let today = state.today, id = profession.professionId
            return [.read(FeatureRead(screen: screen, name: "export overdue items") { client, _ in
                do {
                    let written = try EditingRead.editor(client).exportOverdueItems(items, professionId: id, today: today)
                    let count = written.people == 1 ? "1 item" : "\(written.people) items"
                    return OverdueItemsExported(message: "Wrote \(count) to \(written.path), readable by you only; in the access log.",
                                                failed: false)
                } catch {
                    return OverdueItemsExported(message: "Could not export the list: \(error)", failed: true)
                }
            })]
        default:
            var list = state.overdueItemsList
            guard list.list.move(command, count: state.overdueItems.count,
                                 visible: OverdueItemsScreen.visibleRows(state.size)) else { return nil }
            state.overdueItemsList = list
            return []
        }
    }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let exported = data as? OverdueItemsExported else { return [] }
        if exported.failed { state.notice = nil; state.status = exported.message } else { state.notice = exported.message }
        return []
    }
}
