import Testing
@testable import HopModel

/// The small-number rule shared by the kiosk and reports.
@Suite struct SuppressionTests {
    let rule = Suppression()

    @Test(arguments: [0, 1, 4]) func countsBelowTheThresholdAreSuppressed(n: Int) {
        #expect(rule.count(n) == .suppressed)
    }

    @Test(arguments: [5, 6, 120_000]) func countsAtOrAboveTheThresholdAreShown(n: Int) {
        #expect(rule.count(n) == .shown(n))
    }

    @Test func aMeanIsWithheldWhenItsBaseIsSmallOrMissing() {
        #expect(rule.mean(1.5, base: 4) == .suppressed)
        #expect(rule.mean(nil, base: 40) == .suppressed)
        #expect(rule.mean(Double.nan, base: 40) == .suppressed)
        #expect(rule.mean(1.5, base: 5) == .shown(1.5))
    }

    @Test func theThresholdIsConfigurableAndLabelled() {
        let ten = Suppression(threshold: 10)
        #expect(ten.count(9) == .suppressed)
        #expect(ten.label == "<10")
        #expect(ten.footnote.contains("fewer than 10 people"))
        #expect(Suppression(threshold: 0).threshold == 1)
        #expect(Suppression(threshold: 1).count(0) == .suppressed)
        #expect(Suppression(threshold: 1).count(1) == .shown(1))
    }
}
