import Testing
@testable import HopModel

/// `CPDRule` worked by hand. Cycle 1 Apr 2026 - 31 Mar 2027 (365 days), 30 h = 1800 minutes,
/// today 1 Oct 2026 (day 184 of the cycle).
@Suite struct CPDRuleTests {
    let rule = CPDRule(requirement: CPDRequirement(professionId: 1, hoursPerCycle: 30, cycleStartMonth: 4),
                       cycleYear: 2026, today: Day(iso: "2026-10-01")!)

    func day(_ text: String) -> Day { Day(iso: text)! }
    func fte(_ hundredths: Int) -> FullTimeEquivalent { FullTimeEquivalent(hundredths: hundredths)! }

    @Test func fullTimerThereAllCycleOwesTheProRataOfTheWholeRequirement() {
        // 1800 × 184 / 365 = 907.4 due by now.
        #expect(rule.cycleDays == 365)
        #expect(abs(rule.dueMinutes() - 1800.0 * 184 / 365) < 1e-9)
        #expect(rule.category(minutes: 908, joined: nil, fte: nil) == .onTrack)
        #expect(rule.category(minutes: 907, joined: nil, fte: nil) == .behind)
        #expect(rule.category(minutes: 1800, joined: nil, fte: nil) == .completed)
        #expect(rule.category(minutes: 1799, joined: nil, fte: nil) == .onTrack)
        #expect(rule.category(minutes: 0, joined: nil, fte: nil) == .noneLogged)
        // Joining before the cycle, or on its first day, is the same as no date.
        #expect(rule.startMonth(joined: day("2019-02-11")) == 0)
        #expect(rule.startMonth(joined: day("2026-04-01")) == 0)
    }

    @Test func joinerOwesFromTheFirstOfTheMonthAfterJoining() {
        // Joined 15 Jul 2026: owes from 1 Aug, 4 months in. 1 Aug 2026 - 31 Mar 2027 is
        // 31+30+31+30+31+31+28+31 = 243 days; by 1 Oct, 31+30+1 = 62 of them have gone.
        // Due by now 1800 × 62 / 365 = 305.8; whole share 1800 × 243 / 365 = 1198.4.
        let joined = day("2026-07-15")
        #expect(rule.startMonth(joined: joined) == 4)
        #expect(rule.memberStart(startMonth: 4) == day("2026-08-01"))
        #expect(rule.memberDays(startMonth: 4) == 243)
        #expect(rule.elapsedDays(startMonth: 4) == 62)
        #expect(abs(rule.dueMinutes(startMonth: 4) - 1800.0 * 62 / 365) < 1e-9)
        #expect(rule.category(minutes: 306, joined: joined, fte: nil) == .onTrack)
        #expect(rule.category(minutes: 305, joined: joined, fte: nil) == .behind)
        #expect(rule.category(minutes: 1199, joined: joined, fte: nil) == .completed)
        #expect(rule.category(minutes: 1198, joined: joined, fte: nil) == .onTrack)
    }

    @Test func joiningOnTheFirstCountsThatMonth() {
        // Joined 1 Jul 2026: owes from that day, 3 months in: 274 days, 93 gone by 1 Oct.
        #expect(rule.startMonth(joined: day("2026-07-01")) == 3)
        #expect(rule.memberDays(startMonth: 3) == 274)
        #expect(rule.elapsedDays(startMonth: 3) == 93)
        // Joined 2 Apr 2026: from 1 May, one month in.
        #expect(rule.startMonth(joined: day("2026-04-02")) == 1)
    }

    @Test func partTimerOwesInProportionToTheirFullTimeEquivalent() {
        // 0.6 FTE all cycle: 1080 for the cycle; 1800 × 0.6 × 184 / 365 = 544.4 by now.
        let sixty = fte(60)
        #expect(abs(rule.dueMinutes(fte: sixty) - 1080.0 * 184 / 365) < 1e-9)
        #expect(rule.category(minutes: 545, joined: nil, fte: sixty) == .onTrack)
        #expect(rule.category(minutes: 544, joined: nil, fte: sixty) == .behind)
        #expect(rule.category(minutes: 1080, joined: nil, fte: sixty) == .completed)
        #expect(rule.category(minutes: 1079, joined: nil, fte: sixty) == .onTrack)
    }

    @Test func partTimeJoinerHasBothReductions() {
        // 0.5 FTE, joined 15 Jul: 900 × 62 / 365 = 152.9 by now; 900 × 243 / 365 = 599.2 whole.
        let half = fte(50), joined = day("2026-07-15")
        #expect(rule.category(minutes: 153, joined: joined, fte: half) == .onTrack)
        #expect(rule.category(minutes: 152, joined: joined, fte: half) == .behind)
        #expect(rule.category(minutes: 600, joined: joined, fte: half) == .completed)
        #expect(rule.category(minutes: 599, joined: joined, fte: half) == .onTrack)
    }

    @Test func someoneWhoStartsOwingLaterOwesNothingYet() {
        // Joined 5 Dec 2026 (a date ahead of today): owes from 1 Jan 2027, nothing by 1 Oct.
        let joined = day("2026-12-05")
        #expect(rule.startMonth(joined: joined) == 9)
        #expect(rule.dueMinutes(startMonth: 9) == 0)
        #expect(rule.category(minutes: 15, joined: joined, fte: nil) == .onTrack)
        #expect(rule.category(minutes: 0, joined: joined, fte: nil) == .noneLogged)
        // After the cycle: owes nothing in it; anything logged completes it.
        #expect(rule.startMonth(joined: day("2027-06-01")) == 12)
        #expect(rule.memberDays(startMonth: 12) == 0)
        #expect(rule.category(minutes: 1, joined: day("2027-06-01"), fte: nil) == .completed)
    }

    @Test func theDaysCoveredGiveTheCategoryOfTheMinutesOnEveryDay() {
        // Every day of a leap-year cycle and of an ordinary one, for a grid of requirements
        // (none, one hour, the usual), minutes, start months and working patterns: the
        // category from the days covered, which do not depend on the day, is the category from
        // the minutes.
        var compared = 0, differing: [String] = []
        for (year, month) in [(2023, 4), (2023, 3)] {
            for hours in [0, 1, 30] {
                let requirement = CPDRequirement(professionId: 1, hoursPerCycle: hours, cycleStartMonth: month)
                let start = requirement.cycleStart(year: year), end = requirement.cycleEnd(year: year)
                for offset in stride(from: -1, through: start.days(until: end) + 1, by: 3) {
                    let rule = CPDRule(requirement: requirement, cycleYear: year, today: start.adding(days: offset))
                    for minutes in [1, 2, 59, 60, 61, 907, 908, 1799, 1800, 1801, 4000] {
                        for startMonth in [0, 1, 6, 11, 12] {
                            for hundredths in [1, 33, 60, 100] {
                                let fte = FullTimeEquivalent(hundredths: hundredths)!
                                let covered = rule.coveredDays(minutes: minutes, startMonth: startMonth, fte: fte)
                                if rule.category(coveredDays: covered, startMonth: startMonth)
                                    != rule.category(minutes: minutes, startMonth: startMonth, fte: fte) {
                                    differing.append("\(minutes) min, month \(startMonth), fte \(hundredths), \(rule.today.iso), \(hours) h")
                                }
                                compared += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(compared > 100_000)
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        // By hand: 908 minutes of 1800 over 365 days cover 184 days (908 × 365 / 1800 = 184.1),
        // exactly what is due by 1 October; 907 cover 183.
        #expect(rule.coveredDays(minutes: 908) == 184 && rule.coveredDays(minutes: 907) == 183)
        #expect(rule.elapsedDays(startMonth: 0) == 184)
    }

    @Test func reportCountsEachBinByItsMembersShare() throws {
        // 8 members, 6 with CPD: joiners owing from 1 Aug with 306 (on track) and 305
        // (behind); 0.6 part-timers with 545 (two, on track), 544 (behind) and 1080
        // (completed); 2 with none logged.
        var data = ProfessionData(profession: Profession(id: 1, code: "POL", name: "Policy"), grades: [],
                                  membership: [GradeMembership(gradeId: 1, members: 8, assessed: 0)],
                                  cpdRequirement: CPDRequirement(professionId: 1, hoursPerCycle: 30, cycleStartMonth: 4),
                                  cpdCycleYear: 2026)
        data.cpdCoverage = [
            CPDCoverageBin(rule, minutes: 306, staff: 1, startMonth: 4),
            CPDCoverageBin(rule, minutes: 305, staff: 1, startMonth: 4),
            CPDCoverageBin(rule, minutes: 545, staff: 2, fte: fte(60)),
            CPDCoverageBin(rule, minutes: 544, staff: 1, fte: fte(60)),
            CPDCoverageBin(rule, minutes: 1080, staff: 1, fte: fte(60)),
        ]
        let report = try #require(CPDReport(data: data, today: Day(iso: "2026-10-01")!))
        #expect(report.counts == [.completed: 1, .onTrack: 3, .behind: 2, .noneLogged: 2])
        #expect(report.compliant == Ratio(4, of: 8))
    }
}

@Suite struct FullTimeEquivalentTests {
    @Test func readsDecimalsAndPercentagesAndRefusesTheRest() {
        #expect(FullTimeEquivalent(text: "0.6")?.hundredths == 60)
        #expect(FullTimeEquivalent(text: " .75 ")?.hundredths == 75)
        #expect(FullTimeEquivalent(text: "1")?.hundredths == 100)
        #expect(FullTimeEquivalent(text: "1.00")?.hundredths == 100)
        #expect(FullTimeEquivalent(text: "0.05")?.hundredths == 5)
        #expect(FullTimeEquivalent(text: "60%")?.hundredths == 60)
        for bad in ["", "0", "0.00", "1.01", "2", "0.625", "-0.5", "half", "0,6", ".", "101%"] {
            #expect(FullTimeEquivalent(text: bad) == nil, "\(bad)")
        }
    }

    @Test func writesTheShortestDecimal() {
        #expect([60, 75, 5, 100, 10].map { FullTimeEquivalent(hundredths: $0)!.text } == ["0.6", "0.75", "0.05", "1", "0.1"])
    }
}
