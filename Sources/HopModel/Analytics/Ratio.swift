/// A count out of a base. `fraction` is nil when the base is zero: nothing to divide, and the
/// screens say "no data" rather than showing 0% or NaN.
public struct Ratio: Hashable, Sendable {
    public var count: Int
    public var base: Int

    public init(_ count: Int, of base: Int) { self.count = count; self.base = base }

    public var fraction: Double? { base > 0 ? Double(count) / Double(base) : nil }

    /// Whole percent, rounded half up; nil when the base is zero.
    public var percent: Int? { fraction.map { Int(($0 * 100).rounded()) } }
}
