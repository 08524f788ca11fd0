import Foundation
import HopModel
import TerminalUI

/// The columns the catalogue sorts by (`s` steps through them, `r` reverses).
public enum OfferSort: Int, CaseIterable, Sendable {
    case title, provider, kind, hours, cost, places

    public var label: String {
        switch self {
        case .title: "title"
        case .provider: "provider"
        case .kind: "kind"
        case .hours: "hours"
        case .cost: "cost"
        case .places: "places"
        }
    }

    func ascending(_ a: LearningOffer, _ b: LearningOffer) -> Bool {
        func text(_ x: String, _ y: String) -> Bool? {
            let order = x.localizedStandardCompare(y)
            return order == .orderedSame ? nil : order == .orderedAscending
        }
        func number(_ x: Int, _ y: Int) -> Bool? { x == y ? nil : x < y }
        let first: Bool? = switch self {
        case .title: text(a.title, b.title)
        case .provider: text(a.provider, b.provider)
        case .kind: text(a.type.label, b.type.label)
        case .hours: number(a.minutes, b.minutes)
        case .cost: number(a.costPence, b.costPence)
        case .places: number(a.places, b.places)
        }
        return first ?? text(a.title, b.title) ?? (a.id < b.id)
    }
}

/// The open profession's learning catalogue (principles 5.3, 5.6, 5.10): its offers and the
/// shared ones, filtered by title, provider, kind or skill, sorted by a column.
public struct LearningState: FeatureState, ListScreenState {
    public var professionId: RowID = 0
    public var catalogue: LearningCatalogue?
    public var list = ListModel<LearningOffer>()
    public var sort: OfferSort = .title
    public var descending = false

    public init() {}

    /// The offers the filter keeps, in the chosen order.
    public var rows: [LearningOffer] {
        guard let catalogue else { return [] }
        let needle = list.filter.lowercased()
        let kept = catalogue.offers.filter { offer in
            needle.isEmpty || [offer.title, offer.provider, offer.type.label].contains { $0.lowercased().contains(needle) }
                || offer.skills.contains { catalogue.skillText($0).lowercased().contains(needle) }
        }
        let sorted = kept.sorted { sort.ascending($0, $1) }
        return descending ? sorted.reversed() : sorted
    }

    public var selected: LearningOffer? {
        let rows = rows
        return rows.indices.contains(list.position.selected) ? rows[list.position.selected] : nil
    }
}

extension AppState {
    public var learning: LearningState {
        get { features[LearningState.self] }
        set { features[LearningState.self] = newValue }
    }
}

extension LearningCatalogue: FeatureData {}

extension Screen {
    /// The open profession's learning catalogue.
    public static let learning = Screen("learning")
}

extension KeyScope {
    public static let learning = KeyScope("learning", "Learning catalogue of a profession (L on a dashboard)")
}

enum LearningFeature: Feature {
    static let screen = Screen.learning

    static let bindings = [
        Binding([.char("L")], .show(.learning), scope: .profession,
                "Learning catalogue: the offers that develop this profession's skills, their cost and places",
                hint: "Learning", rank: HintRank.elsewhere),
        Binding([.down, .char("j")], .down, scope: .learning, "Next offer"),
        Binding([.up, .char("k")], .up, scope: .learning, "Previous offer"),
        Binding([.pageDown], .pageDown, scope: .learning, "Page down"),
        Binding([.pageUp], .pageUp, scope: .learning, "Page up"),
        Binding([.char("n")], .newRecord, scope: .learning, "New learning offer", hint: "New", mutates: true),
        Binding([.char("e"), .enter], .editSelected, scope: .learning,
                "Edit the selected offer: title, provider, kind, hours, cost, places, skills", hint: "Edit", mutates: true),
        Binding([.char("d")], .deleteSelected, scope: .learning, "Delete the selected offer (asks first)", hint: "Delete",
                mutates: true),
        Binding([.char("/")], .startFilter, scope: .learning, "Filter offers by title, provider, kind or skill", hint: "Filter"),
        Binding([.char("s")], .nextSortColumn, scope: .learning, "Sort by the next column", hint: "Sort"),
        Binding([.char("S")], .previousSortColumn, scope: .learning, "Sort by the previous column"),
        Binding([.char("r")], .reverseSort, scope: .learning, "Reverse the sort order", hint: "Reverse"),
        Binding([.char("c")], .showChangeLog, scope: .learning, "Change log of the selected offer", showsNames: true),
        Binding([.escape], .back, scope: .learning, "Clear the filter, or back to the dashboard", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { state.learning.list.promptScopes ?? [.learning] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        LearningScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .profession, let profession = state.profession else { return nil }
        state.learning = LearningState()
        state.learning.professionId = profession.professionId
        state.screen = screen
        return [read(profession.professionId)]
    }

    static func read(_ professionId: RowID) -> Effect {
        .read(FeatureRead(screen: screen, name: "learning catalogue \(professionId)") { client, _ in
            try EditingRead.editor(client).learningCatalogue(professionId: professionId)
        })
    }

    static func reload(_ state: AppState) -> [Effect] { ProfessionFeature.reload(state) + [read(state.learning.professionId)] }

    static func receive(_ data: any FeatureData, _ state: inout AppState) -> [Effect] {
        guard let catalogue = data as? LearningCatalogue, catalogue.professionId == state.learning.professionId else { return [] }
        state.learning.catalogue = catalogue
        clamp(&state)
        return []
    }

    static func clamp(_ state: inout AppState) {
        state.learning.position.clamp(count: state.learning.rows.count, visible: LearningScreen.visibleRows(state.size))
    }

    static func type(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.learning.list.type(key) { clamp(&state) }
        return []
    }

    static func changeLogSubject(_ state: AppState) -> (title: String, subject: ChangeLogSubject)? {
        if let offer = state.learning.selected {
            return ("Changes to the learning offer \(offer.title)", .record(.learningOffer(offer)))
        }
        return ProfessionFeature.changeLogSubject(state)
    }

    /// The open profession's skills and scale, for the offer's form.
    static func choices(_ state: AppState) -> OfferChoices? {
        guard let catalogue = state.learning.catalogue, let profession = state.profession?.dashboard?.profession else { return nil }
        return OfferChoices(professionId: catalogue.professionId,
                            skills: catalogue.ownSkills.map { NamedID(id: $0.id, name: $0.name) },
                            levels: profession.scaleLabels)
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            if state.learning.list.clearFilter() { clamp(&state) } else { state.screen = .profession }
        case .nextSortColumn, .previousSortColumn:
            let all = OfferSort.allCases
            let step = command == .nextSortColumn ? 1 : all.count - 1
            state.learning.sort = all[(state.learning.sort.rawValue + step) % all.count]
            // Words read A to Z; figures largest first.
            state.learning.descending = ![.title, .provider, .kind].contains(state.learning.sort)
            state.learning.position = ListPosition()
        case .reverseSort:
            state.learning.descending.toggle()
            state.learning.position = ListPosition()
        case .newRecord:
            guard let choices = choices(state) else { return [] }
            state.form = LearningOfferForm.make(LearningOffer(professionId: choices.professionId, title: "", provider: ""),
                                                choices: choices)
        case .editSelected:
            guard let choices = choices(state), let offer = state.learning.selected else { return [] }
            state.form = LearningOfferForm.make(offer, choices: choices)
        case .confirmDelete:
            guard let offer = state.learning.list.confirmDelete() else { return [] }
            return [.apply(.deleteLearningOffer(offer), before: .learningOffer(offer), origin: .quick)]
        default:
            guard state.learning.list.reduce(command, count: state.learning.rows.count,
                                             visible: LearningScreen.visibleRows(state.size),
                                             selected: state.learning.selected) else { return nil }
        }
        return []
    }

    static func deleteQuestion(_ state: AppState) -> String? {
        guard let offer = state.learning.list.pendingDelete else { return nil }
        let shared = offer.isShared ? " It is shared: every profession's catalogue loses it." : ""
        return "Delete the learning offer \(offer.title) (\(offer.provider))?\(shared) u puts it back. y deletes, n keeps it."
    }
}
