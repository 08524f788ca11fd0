/// A horizontal proportion bar: `████░░░░`. Always paired with a number by the caller.
public enum Bar {
    public static func text(fraction: Double, width: Int, symbols: Symbols) -> String {
        guard width > 0 else { return "" }
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let filled = Int((f * Double(width)).rounded())
        return String(repeating: symbols.barFull, count: filled) + String(repeating: symbols.barEmpty, count: width - filled)
    }
}

/// A sparkline over small integer values (maturity levels 1-5, say), oldest first.
public enum Sparkline {
    public static func text(_ values: [Int], range: ClosedRange<Int>, width: Int, symbols: Symbols) -> String {
        guard width > 0, !values.isEmpty else { return "" }
        let shown = values.suffix(width)
        let sparks = symbols.sparks
        let span = max(1, range.upperBound - range.lowerBound)
        return shown.map { value in
            let clamped = min(range.upperBound, max(range.lowerBound, value))
            let index = (clamped - range.lowerBound) * (sparks.count - 1) / span
            return sparks[index]
        }.joined()
    }

    /// A sparkline over any values drawn in `range` (a share's history, say), oldest first: the
    /// latest `width` values, one column each.
    public static func text(_ values: [Double], range: ClosedRange<Double>, width: Int, symbols: Symbols) -> String {
        guard width > 0, !values.isEmpty else { return "" }
        let sparks = symbols.sparks
        let span = range.upperBound - range.lowerBound
        return values.suffix(width).map { value in
            let clamped = min(range.upperBound, max(range.lowerBound, value.isFinite ? value : range.lowerBound))
            let index = span > 0 ? Int(((clamped - range.lowerBound) / span * Double(sparks.count - 1)).rounded()) : 0
            return sparks[index]
        }.joined()
    }
}
