/// A working pattern as a full-time equivalent: 0.01 to 1.00, kept in whole hundredths so
/// that CPD figures pro-rated by it compare exactly. A staff member without one works full time.
public struct FullTimeEquivalent: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1...100; 100 is full time.
    public let hundredths: Int

    public static let fullTime = FullTimeEquivalent(hundredths: 100)!
    public static let range = 1...100

    public init?(hundredths: Int) {
        guard Self.range.contains(hundredths) else { return nil }
        self.hundredths = hundredths
    }

    /// Reads "0.6", "0.75", "1", ".5" or "60%"; nil for anything else, including values
    /// outside 0.01...1 or finer than hundredths.
    public init?(text: String) {
        let t = text.trimmingSpaces
        if t.hasSuffix("%") {
            guard let percent = Int(String(t.dropLast()).trimmingSpaces) else { return nil }
            self.init(hundredths: percent)
            return
        }
        let parts = t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, whole.allSatisfy(\.isASCIIDigit), whole.count <= 1 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(\.isASCIIDigit), fraction.count <= 2, !(whole.isEmpty && fraction.isEmpty) else { return nil }
        let units = Int(whole) ?? 0
        let hundredths = (Int(fraction) ?? 0) * (fraction.count == 1 ? 10 : 1)
        self.init(hundredths: units * 100 + hundredths)
    }

    /// "0.6", "0.75", "1".
    public var text: String {
        if hundredths == 100 { return "1" }
        var digits = String(hundredths)
        if digits.count == 1 { digits = "0" + digits }
        if digits.hasSuffix("0") { digits.removeLast() }
        return "0." + digits
    }

    public var description: String { text }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.hundredths < rhs.hundredths }

    /// What the import and the forms say when a value cannot be read.
    public static let expected = "a full-time equivalent from 0.01 to 1 (such as 0.6), or blank for full time"
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
