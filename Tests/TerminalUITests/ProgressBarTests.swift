import Foundation
import Testing
import TerminalUI

/// The progress line's text, and when it is written, with the time given rather than waited for.
@Suite struct ProgressBarTests {
    @Test func aKnownShareGivesABarRateAndTimeLeft() {
        let line = ProgressBar.line(unit: "rows", done: 1_234_567, fraction: 0.25, elapsed: 10)
        #expect(line == "[#####---------------]   25%  1,234,567 rows  123,457 rows/s  30 s left")
        #expect(line.count < 80)
    }

    @Test func anUnknownShareGivesRowsAndRateOnly() {
        #expect(ProgressBar.line(unit: "rows", done: 999, fraction: nil, elapsed: 2) == "999 rows  500 rows/s")
    }

    @Test func noRateBeforeHalfASecondAndNoTimeLeftAtTheEnd() {
        #expect(ProgressBar.line(unit: "rows", done: 10, fraction: 0.5, elapsed: 0.1) == "[##########----------]   50%  10 rows")
        #expect(ProgressBar.line(unit: "staff", done: 10, fraction: 1, elapsed: 5)
                == "[####################]  100%  10 staff  2 staff/s")
    }

    @Test func longTimesInMinutesAndHours() {
        #expect(ProgressBar.line(unit: "rows", done: 1, fraction: 0.01, elapsed: 10).hasSuffix("16 min 30 s left"))
        #expect(ProgressBar.line(unit: "rows", done: 1, fraction: 0.002, elapsed: 10).hasSuffix("1 h 23 min left"))
    }

    @Test func nothingWhenStandardErrorIsNotATerminal() {
        #expect(ProgressBar(unit: "rows", isTerminal: false) { _ in Issue.record("wrote to a pipe") } == nil)
    }

    @Test func rewritesTheLineAtMostFiveTimesASecondThenClearsIt() {
        var now = Date(timeIntervalSince1970: 0)
        var written: [String] = []
        let bar = ProgressBar(unit: "rows", isTerminal: true, clock: { now }) { written.append($0) }!
        bar.show(1)
        now += 0.1
        bar.show(2)
        now += 0.2
        bar.show(3, fraction: 0.5)
        bar.finish()
        #expect(written == ["\r1 rows\u{1B}[K", "\r[##########----------]   50%  3 rows\u{1B}[K", "\r\u{1B}[K"])
    }

    /// A stage that cannot be counted replaces the line at once, whatever the interval, and
    /// says how long the command has taken; the end still clears it.
    @Test func aStageIsSaidAtOnceWithTheTimeSoFar() {
        var now = Date(timeIntervalSince1970: 0)
        var written: [String] = []
        let bar = ProgressBar(unit: "people", isTerminal: true, clock: { now }) { written.append($0) }!
        bar.show(5, fraction: 1)
        now += 0.05
        bar.say("5 people written; building the summaries")
        bar.finish()
        #expect(written == ["\r[####################]  100%  5 people\u{1B}[K",
                            "\r5 people written; building the summaries  under 1 s so far\u{1B}[K", "\r\u{1B}[K"])
    }
}
