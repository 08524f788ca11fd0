/// Small-number suppression for anything shown to an audience (kiosk, shared reports), after
/// the practice of UK civil service statistics: a count below the threshold is not printed
/// (shown as "<5"), and a mean whose base is below the threshold is withheld, so that nobody
/// can be singled out from a small cell. This is the primary rule; `DisclosureTable` adds the
/// secondary one (docs/PRIVACY.md).
///
/// The rule is literal: every count below the threshold is suppressed, zero included (a "0
/// behind" in a team of three says as much about the three as a "3 on track").
public struct Suppression: Hashable, Sendable {
    public static let defaultThreshold = 5

    /// Counts below this are suppressed; 1 suppresses only zero.
    public let threshold: Int
    /// Counts shown are rounded to the nearest multiple of this (1: not rounded), and shares are
    /// worked out from the rounded counts, so that one person joining or leaving between two
    /// editions moves a figure only when it crosses a step of this size (docs/PRIVACY.md).
    public let rounding: Int

    public init(threshold: Int = Suppression.defaultThreshold, rounding: Int = 1) {
        self.threshold = max(1, threshold)
        self.rounding = max(1, rounding)
    }

    /// A shown count as printed: to the nearest multiple of `rounding`, halves up.
    public func rounded(_ n: Int) -> Int { rounding == 1 ? n : (n + rounding / 2) / rounding * rounding }

    /// A shown share as printed: worked out from its rounded count and base.
    public func rounded(_ ratio: Ratio) -> Ratio { Ratio(rounded(ratio.count), of: rounded(ratio.base)) }

    /// A value that may be withheld.
    public enum Disclosed<Value: Hashable & Sendable>: Hashable, Sendable {
        case shown(Value)
        /// Small: below the threshold ("<5").
        case suppressed
        /// Not small, but withheld so that a small figure cannot be worked out from the others
        /// ("[c]"; see `DisclosureTable`).
        case withheld

        public var value: Value? {
            if case .shown(let value) = self { return value }
            return nil
        }

        /// What a cell's state discloses of `value`.
        public static func from(_ state: DisclosureTable.State, _ value: Value) -> Self {
            switch state {
            case .shown: .shown(value)
            case .small: .suppressed
            case .withheld, .unprinted: .withheld
            }
        }
    }

    /// A count of people.
    public func count(_ n: Int) -> Disclosed<Int> { n < threshold ? .suppressed : .shown(n) }

    // Shares are not decided here: a share printed beside counts can give a small one away, so
    // they are disclosed with the table they belong to (`ProfessionFigures`, `DepartmentFigures`).

    /// A mean over `base` people: withheld when the base is below the threshold or there is no mean.
    public func mean(_ value: Double?, base: Int) -> Disclosed<Double> {
        guard let value, value.isFinite, base >= threshold else { return .suppressed }
        return .shown(value)
    }

    /// What a suppressed count prints as: "<5".
    public var label: String { "<\(threshold)" }

    /// What a count withheld to protect a small one prints as (the statisticians' mark).
    public static let withheldLabel = "[c]"

    /// The footnote in under 80 columns, for narrow screens.
    public var shortFootnote: String {
        rounding == 1 ? "\(label): under \(threshold) people · [c], n/a: withheld so none can be worked out"
            : "\(label): under \(threshold) people · [c], n/a: withheld · counts to nearest \(rounding)"
    }

    /// The footnote for any screen or report that applied the rule.
    public var footnote: String {
        "\(label): fewer than \(threshold) people. [c], n/a: withheld as based on fewer than \(threshold) people, "
            + "or as a figure under \(threshold) could be worked out from it and the others shown."
            + (rounding == 1 ? "" : " Counts are rounded to the nearest \(rounding), and shares worked out from them.")
    }
}
