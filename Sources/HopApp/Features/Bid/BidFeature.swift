import HopModel
import TerminalUI

/// The funding bid (principle 5.8) of the plan screen's profession and year: the same bid
/// `hopdash bid` writes, from the workbench the plan screen has read. It shows aggregates only
/// (no names), through the forum report's disclosure rules; it is reached from the plan screen,
/// which the kiosk does not reach.
public struct BidState: FeatureState {
    public var position = ListPosition()
    public init() {}
}

extension AppState {
    public var bid: BidState {
        get { features[BidState.self] }
        set { features[BidState.self] = newValue }
    }

    /// The bid of the plan screen's year, once its workbench is read.
    var fundingBid: FundingBid? {
        guard let workbench = plan.workbench, let dashboard = profession?.dashboard else { return nil }
        return FundingBid(workbench: workbench, professionName: dashboard.profession.name,
                          professionCode: dashboard.profession.code, rule: Suppression())
    }
}

extension Screen {
    /// The funding bid of the plan screen's profession and year.
    public static let bid = Screen("bid")
}

extension KeyScope {
    public static let bid = KeyScope("bid", "Funding bid of a development plan (b on the plan screen)")
}

enum BidFeature: Feature {
    static let screen = Screen.bid

    static let bindings = [
        Binding([.char("b")], .show(.bid), scope: .plan,
                "Funding bid: the plan's cost by skill, offer and quarter, in priority order (aggregates only)", hint: "Bid"),
        Binding([.down, .char("j")], .down, scope: .bid, "Next row"),
        Binding([.up, .char("k")], .up, scope: .bid, "Previous row"),
        Binding([.pageDown], .pageDown, scope: .bid, "Page down"),
        Binding([.pageUp], .pageUp, scope: .bid, "Page up"),
        Binding([.escape], .back, scope: .bid, "Back to the plan", hint: "Back"),
    ]

    static func scopes(_ state: AppState) -> [KeyScope] { [.bid] }

    static func title(_ state: AppState) -> String { ProfessionFeature.title(state) }

    static func render(_ state: AppState, in body: Rect, buffer: inout Buffer, theme: Theme) {
        BidScreen.render(state, in: body, buffer: &buffer, theme: theme)
    }

    static func open(_ state: inout AppState) -> [Effect]? {
        guard state.screen == .plan, state.plan.workbench != nil else { return nil }
        state.bid = BidState()
        state.screen = screen
        return []
    }

    static func reload(_ state: AppState) -> [Effect] { PlanFeature.reload(state) }

    static func clamp(_ state: inout AppState) {
        let count = state.fundingBid.map { BidScreen.rows($0, width: state.size.width).count } ?? 0
        state.bid.position.clamp(count: count, visible: BidScreen.visibleRows(state.size))
    }

    static func reduce(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            state.screen = .plan
        default:
            let count = state.fundingBid.map { BidScreen.rows($0, width: state.size.width).count } ?? 0
            guard state.bid.position.move(command, count: count, visible: BidScreen.visibleRows(state.size)) else { return nil }
        }
        return []
    }
}
