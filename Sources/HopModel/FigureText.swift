import Foundation

/// Figures as words, shared by the screens and the reports so that a number reads the same
/// everywhere: "1,234", "62%", "1.5", "5 Mar 2026". A missing figure is "-", never 0% or NaN.
public enum FigureText {
    /// 1234567 -> "1,234,567".
    public static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// Whole percent, or "-" when there is no base.
    public static func percent(_ ratio: Ratio?) -> String {
        guard let p = ratio?.percent else { return "-" }
        return "\(p)%"
    }

    /// A decimal with `places` digits after the point, or "-".
    public static func decimal(_ value: Double?, places: Int = 1) -> String {
        guard let value, value.isFinite else { return "-" }
        return String(format: "%.\(places)f", value)
    }

    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Apr 2026".
    public static func month(_ day: Day) -> String { "\(monthNames[day.month - 1]) \(day.year)" }

    /// "5 Mar 2026", or "-".
    public static func date(_ day: Day?) -> String {
        guard let day else { return "-" }
        return "\(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// Maturity level as "L3", or "-" when never assessed.
    public static func level(_ level: Int?) -> String { level.map { "L\($0)" } ?? "-" }

    /// "+2", "0", "-1".
    public static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }

    // MARK: For an audience: small numbers suppressed (see `Suppression`)

    /// What a withheld percentage or mean prints as; the footnote explains it.
    public static let withheld = "n/a"

    /// A count of people as disclosed: "1,234" (rounded as `rule` says), "<5" or "[c]".
    public static func count(_ n: Suppression.Disclosed<Int>, _ rule: Suppression) -> String {
        switch n {
        case .shown(let value): count(rule.rounded(value))
        case .suppressed: rule.label
        case .withheld: Suppression.withheldLabel
        }
    }

    /// A share of people as disclosed: "62%", or "n/a".
    public static func percent(_ ratio: Suppression.Disclosed<Ratio>) -> String {
        ratio.value.map { percent($0) } ?? withheld
    }

    /// A mean as disclosed: "1.5", or "n/a".
    public static func decimal(_ value: Suppression.Disclosed<Double>, places: Int = 1) -> String {
        value.value.map { decimal($0, places: places) } ?? withheld
    }
}
