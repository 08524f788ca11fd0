import HopModel

/// What a feature's read brings back: any value the feature itself can read.
public protocol FeatureData: Hashable, Sendable {}

/// A read a feature asks of the store without a case of its own in `Effect`: the runtime runs
/// `perform` against the store and hands the result to the feature's `receive`. Two reads are
/// the same read when they are for the same screen and have the same name.
public struct FeatureRead: Hashable, Sendable, CustomStringConvertible {
    public let screen: Screen
    /// Says what is read, with its parameters ("recent changes, 200").
    public let name: String
    let perform: @Sendable (StoreClient, Day) throws -> any FeatureData

    public init(screen: Screen, name: String, perform: @escaping @Sendable (StoreClient, Day) throws -> any FeatureData) {
        self.screen = screen; self.name = name; self.perform = perform
    }

    public var description: String { "\(screen): \(name)" }

    public static func == (a: FeatureRead, b: FeatureRead) -> Bool { a.screen == b.screen && a.name == b.name }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(screen)
        hasher.combine(name)
    }
}

/// A feature's read result, carried in an action (equal when the values are equal).
public struct FeatureResult: Hashable, Sendable {
    public let screen: Screen
    public let data: any FeatureData

    public init(screen: Screen, data: any FeatureData) { self.screen = screen; self.data = data }

    public static func == (a: FeatureResult, b: FeatureResult) -> Bool {
        a.screen == b.screen && a.data.isEqual(to: b.data)
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(screen)
        data.hash(into: &hasher)
    }
}

extension FeatureData {
    fileprivate func isEqual(to other: any FeatureData) -> Bool { (other as? Self) == self }
}

/// Reads that only an editor's store answers (per-person lists, the directory).
enum EditingRead {
    struct NotAnEditor: Error, CustomStringConvertible {
        var description: String { "this store is open read-only" }
    }

    static func editor(_ client: StoreClient) throws -> EditingStoreClient {
        guard let editor = client as? EditingStoreClient else { throw NotAnEditor() }
        return editor
    }
}
