/// State a feature keeps for its screen. It lives in `AppState.features`, keyed by its type,
/// so that a new screen adds no field to `AppState`; a feature reaches it through an
/// `AppState` property declared in its own folder.
public protocol FeatureState: Hashable, Sendable {
    init()
}

/// Every feature's state, one value per type; a type never stored reads as its `init()`.
public struct FeatureStates: Hashable, Sendable {
    private var values: [ObjectIdentifier: Stored] = [:]

    public init() {}

    public subscript<S: FeatureState>(_ type: S.Type) -> S {
        get { values[ObjectIdentifier(type)]?.value as? S ?? S() }
        set { values[ObjectIdentifier(type)] = Stored(value: newValue) }
    }

    private struct Stored: Hashable, Sendable {
        let value: any FeatureState

        static func == (a: Stored, b: Stored) -> Bool { a.value.isEqual(to: b.value) }
        func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
    }
}

extension FeatureState {
    fileprivate func isEqual(to other: any FeatureState) -> Bool { (other as? Self) == self }
}
