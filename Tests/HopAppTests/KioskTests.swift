import Foundation
import Testing
import HopModel
import TerminalUI
@testable import HopApp
@testable import HopStore

/// Kiosk behaviour through the real keymap and reducer, with the clock injected.
@Suite struct KioskTests {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    /// A kiosk with the two fixture professions loaded: slides overview, Data Ethics, Policy.
    func kiosk(interval: Int = 20, _ options: (inout KioskOptions) -> Void = { _ in }) -> AppState {
        var state = Fixtures.state(mode: .kiosk)
        var kioskOptions = KioskOptions(interval: interval, timeZone: TimeZone(identifier: "UTC")!)
        options(&kioskOptions)
        state.kiosk = KioskState(options: kioskOptions)
        _ = Reducer.reduce(&state, .clockTicked(Self.start))
        _ = Reducer.reduce(&state, .overviewLoaded([Fixtures.dataEthics(), Fixtures.policy()]))
        return state
    }

    @discardableResult
    func press(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let action = Keymap.resolve(key, state: state) else { return [] }
        return Reducer.reduce(&state, action)
    }

    /// Presses the first key bound to `command` in a scope in force now.
    @discardableResult
    func press(_ command: Command, _ state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let key = boundKey(command, in: state) else {
            Issue.record("no key is bound to \(command) in \(Keymap.scopes(for: state))", sourceLocation: sourceLocation)
            return []
        }
        return press(key, &state)
    }

    func tick(_ seconds: Double, _ state: inout AppState) -> [Effect] {
        Reducer.reduce(&state, .clockTicked(state.kiosk.now!.addingTimeInterval(seconds)))
    }

    @Test func slidesAreTheOverviewThenEveryProfession() {
        let state = kiosk()
        #expect(state.kiosk.slides == [.overview, .profession(2), .profession(1)])
        #expect(state.kiosk.current == .overview)
        #expect(state.kiosk.secondsLeft == 20)
    }

    @Test func screensAndCodesChooseTheSlides() {
        let state = kiosk { $0.showOverview = false; $0.professionCodes = ["pol"] }
        #expect(state.kiosk.slides == [.profession(1)])
    }

    @Test func theClockRotatesTheSlidesAndCountsDown() {
        var state = kiosk(interval: 10)
        _ = tick(4.2, &state)
        #expect(state.kiosk.secondsLeft == 6)
        #expect(state.kiosk.index == 0)
        _ = tick(6, &state)
        #expect(state.kiosk.index == 1)
        #expect(state.kiosk.secondsLeft == 10)
        // A clock that jumps an hour (laptop lid, NTP) moves one slide, not hundreds.
        _ = tick(3600, &state)
        #expect(state.kiosk.index == 2)
        _ = tick(10, &state)
        #expect(state.kiosk.index == 0)
        // A clock that goes backwards changes nothing.
        _ = tick(-50, &state)
        #expect(state.kiosk.index == 0 && state.kiosk.secondsLeft == 10)
    }

    @Test func presenterKeysStepPauseAndBlank() {
        var state = kiosk(interval: 10)
        for key: Key in [.pageDown, .right, .char(" ")] { press(key, &state) }
        #expect(state.kiosk.index == 0) // three steps round three slides
        press(.previousSlide, &state)
        #expect(state.kiosk.index == 2)
        press(.previousSlide, &state)
        #expect(state.kiosk.index == 1)
        press(.togglePause, &state)
        _ = tick(60, &state)
        #expect(state.kiosk.paused && state.kiosk.index == 1)
        press(.togglePause, &state)
        press(.toggleBlank, &state)
        _ = tick(60, &state)
        #expect(state.kiosk.blanked && state.kiosk.index == 1)
        #expect(Renderer.render(state, theme: .monochrome).trimmedLines.allSatisfy { $0.isEmpty })
        press(.toggleBlank, &state)
        _ = tick(10, &state)
        #expect(state.kiosk.index == 2)
    }

    @Test func quitKeysDoNothingAndTheSequenceStopsIt() {
        var state = kiosk()
        for key: Key in [.char("q"), .ctrl("c"), .ctrl("z"), .ctrl("\\"), .ctrl("s"), .ctrl("d"), .escape, .enter, .char("?")] {
            #expect(press(key, &state) == [])
        }
        #expect(state.isRunning)
        // Nearly right is not enough.
        for key: Key in [.escape, .char("q"), .char("u"), .char("i"), .char("x"), .char("t"), .enter] { press(key, &state) }
        #expect(state.isRunning)
        for key: Key in [.escape, .char("q"), .char("u"), .pageDown, .char("i"), .char("t"), .enter] { press(key, &state) }
        #expect(state.isRunning)
        for key in KioskExit.sequence.dropLast() { press(key, &state) }
        #expect(state.kiosk.exitProgress == 5)
        press(KioskExit.sequence.last!, &state)
        #expect(!state.isRunning)
    }

    @Test func aHalfTypedSequenceIsForgotten() {
        var state = kiosk()
        for key in KioskExit.sequence.prefix(3) { press(key, &state) }
        _ = tick(KioskExit.timeout + 1, &state)
        for key in KioskExit.sequence.suffix(3) { press(key, &state) }
        #expect(state.isRunning)
    }

    @Test func unbindableKeysAreIgnoredNotTyped() {
        let state = kiosk()
        for key: Key in [.char("x"), .char("/"), .tab, .function(1), .unknown(999), .char("é"), .ctrl("l")] {
            #expect(Keymap.resolve(key, state: state) == nil)
        }
        #expect(Keymap.scopes(for: state) == [.kiosk])
    }

    @Test func aFailedReadKeepsTheDataAndRetriesUntilItRecovers() {
        var state = kiosk()
        let before = state.kiosk.dashboards
        _ = tick(1, &state)
        _ = Reducer.reduce(&state, .loadFailed("disk I/O error"))
        let since = state.kiosk.unavailableSince
        #expect(since == Self.start.addingTimeInterval(1))
        #expect(state.kiosk.dashboards == before)
        #expect(tick(0.5, &state) == [.loadSlides, .loadLastChange, .loadSeminarSettings, .loadLastForum])
        _ = Reducer.reduce(&state, .loadFailed("disk I/O error"))
        #expect(state.kiosk.unavailableSince == since)
        let screen = Renderer.render(state, theme: .monochrome).trimmedLines.joined(separator: "\n")
        #expect(screen.contains("DATA UNAVAILABLE SINCE 14:13"), "\(screen)")
        _ = Reducer.reduce(&state, .overviewLoaded([Fixtures.dataEthics(), Fixtures.policy()]))
        #expect(state.kiosk.unavailableSince == nil)
        #expect(tick(0.5, &state) == [])
    }

    @Test func newDataKeepsTheSlideShown() {
        var state = kiosk()
        press(.right, &state)
        press(.right, &state)
        #expect(state.kiosk.current == .profession(1))
        _ = Reducer.reduce(&state, .overviewLoaded([Fixtures.policy()]))
        #expect(state.kiosk.current == .profession(1))
        _ = Reducer.reduce(&state, .overviewLoaded([Fixtures.dataEthics()]))
        #expect(state.kiosk.index == 1 && state.kiosk.slides.count == 2)
    }

    @Test func theChromeShowsPositionCountdownLastChangeAndTime() {
        var state = kiosk()
        _ = Reducer.reduce(&state, .lastChangeLoaded(Self.start.addingTimeInterval(-60)))
        press(.nextSlide, &state)
        _ = tick(5, &state)
        let lines = Renderer.render(state, theme: .monochrome).trimmedLines
        #expect(lines[23] == " Slide 2/3 · next in 15 s                             Last change 14:12   14:13", "\(lines[23])")
        #expect(lines[22] == " <5: under 5 people · [c], n/a: withheld so none can be worked out")
        press(.togglePause, &state)
        #expect(Renderer.render(state, theme: .monochrome).trimmedLines[23].contains("PAUSED (p resumes)"))
    }

    @Test func smallNumbersAreSuppressedOnTheSlides() {
        var state = kiosk()
        press(.right, &state)
        // Data Ethics: 12 members, none assessed, no CPD requirement.
        var screen = Renderer.render(state, theme: .monochrome).trimmedLines.joined(separator: "\n")
        #expect(screen.contains("Data Ethics (DETH) · newly established · 12 staff"), "\(screen)")
        press(.right, &state)
        // Policy: 18 members; CPD completed 2 and on track 3: both below 5.
        screen = Renderer.render(state, theme: .monochrome).trimmedLines.joined(separator: "\n")
        #expect(screen.contains("Completed <5 · On track <5"), "\(screen)")
        #expect(!screen.contains("Alex Example") && !screen.contains("Sam Owner"))
    }

    @Test func countsAreRoundedWhenAsked() {
        var state = kiosk { $0.suppression = Suppression(rounding: 5) }
        press(.right, &state)
        // Data Ethics' 12 members print as 10, and the footnote says counts are rounded.
        let screen = Renderer.render(state, theme: .monochrome).trimmedLines.joined(separator: "\n")
        #expect(screen.contains("Data Ethics (DETH) · newly established · 10 staff"), "\(screen)")
        #expect(screen.contains("counts to nearest 5"), "\(screen)")
    }

    /// Policy's register: three posts, one with a successor ready now, one with a successor in
    /// 1-2 years, one with none: 33% ready now, 67% with any, in the maturity tile at any size.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theSuccessionRegisterIsInTheMaturityTile(size: Size) {
        var state = Fixtures.state(size: size, mode: .kiosk)
        state.kiosk = KioskState(options: KioskOptions(interval: 20, timeZone: TimeZone(identifier: "UTC")!))
        _ = Reducer.reduce(&state, .clockTicked(Self.start))
        var policy = Fixtures.policy()
        policy.criticalPosts = [[.readyNow], [.oneToTwoYears], []].map {
            CriticalPostFact(professionId: 1, departmentId: 1, isVacant: false, risk: .high, readiness: $0)
        }
        _ = Reducer.reduce(&state, .overviewLoaded([policy]))
        press(.right, &state)
        let screen = Renderer.render(state, theme: .monochrome).trimmedLines.joined(separator: "\n")
        let expected = size.width >= 120 ? "Succession: 3 critical posts, 33% with a successor ready now, 67% with any"
                                         : "Succession: 3 posts, 33% ready now"
        #expect(screen.contains(expected), "\(screen)")
        #expect(screen.contains("evid: what the checklist supports"), "\(screen)")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60), Size(width: 50, height: 10)])
    func everySlideFitsAnySize(size: Size) {
        var state = kiosk()
        _ = Reducer.reduce(&state, .resized(size))
        let titles = ["Cross-profession overview · 2 professions", "Data Ethics (DETH) · newly established · 12 staff",
                      "Policy (POL) · 18 staff"]
        #expect(state.kiosk.slides.count == titles.count)
        for (i, title) in titles.enumerated() {
            let lines = Renderer.render(state, theme: .color).lines
            let what = "slide \(i + 1) at \(size):\n\(lines.joined(separator: "\n"))"
            #expect(lines.count == size.height && lines.allSatisfy { DisplayWidth.of($0) == size.width }, "\(what)")
            if size.width < 80 || size.height < 24 {
                // Too small to show a slide: it says so, and (being a kiosk) offers no way out.
                #expect(lines.joined().contains("Terminal too small"), "\(what)")
                #expect(!lines.joined().contains("press q"), "\(what)")
            } else {
                // Its title and the read-only badge on top, where it is in the rotation at the foot.
                #expect(lines[0].hasPrefix(" \(title)") && lines[0].hasSuffix("read-only "), "\(what)")
                #expect(lines[size.height - 1].hasPrefix(" Slide \(i + 1)/3 · next in 20 s"), "\(what)")
                for line in lines {
                    for name in ["Data Ethics", "Policy", "Using evidence", "Drafting"] where ScreenTests.cutWithoutMark(line, name) {
                        Issue.record("\(name) cut without a mark: \(what)")
                    }
                }
            }
            press(.right, &state)
        }
    }

    /// 100,000 keys from a seeded generator, with the store failing, recovering and changing
    /// under the kiosk now and then: it never stops, no key asks for any effect, the state stays
    /// coherent, and the only effects are the kiosk's reads, each of which does occur.
    @Test func aHundredThousandRandomKeys() {
        var state = kiosk(interval: 5)
        let seed = Seed.value("kiosk random keys", default: 2026)
        var random = DemoRandom(seed: seed)
        let named: [Key] = [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end,
                            .pageUp, .pageDown, .insert, .function(1), .function(12), .unknown(410)]
        var effects = Set<Effect>()
        var keysWithEffects = 0
        for i in 0..<100_000 {
            let key: Key
            switch random.next() % 4 {
            case 0: key = named[Int(random.next() % UInt64(named.count))]
            case 1: key = .ctrl(Character(UnicodeScalar(UInt8(97 + random.next() % 26))))
            default: key = .char(Character(UnicodeScalar(UInt8(32 + random.next() % 95))))
            }
            let fromKey = press(key, &state)
            if !fromKey.isEmpty {
                keysWithEffects += 1
                if keysWithEffects == 1 { Issue.record("seed \(seed), key \(i) \(key) asked for \(fromKey)") }
            }
            if i % 100 == 0 { effects.formUnion(tick(Double(random.next() % 3000) / 1000, &state)) }
            if i % 1000 == 500 {
                switch random.next() % 3 {
                case 0: _ = Reducer.reduce(&state, .loadFailed("disk I/O error"))
                case 1: _ = Reducer.reduce(&state, .overviewLoaded([Fixtures.dataEthics(), Fixtures.policy()]))
                default: effects.formUnion(Reducer.reduce(&state, .storeChanged))
                }
            }
            if i % 5000 == 0 { effects.formUnion(Reducer.reduce(&state, .resized(Size(width: 80 + i % 50, height: 24 + i % 20)))) }
            #expect(state.isRunning, "seed \(seed): stopped after key \(i): \(key)")
            #expect(state.kiosk.slides.indices.contains(state.kiosk.index))
            #expect((0...5).contains(state.kiosk.secondsLeft))
            #expect(state.mode == .kiosk && state.overlay == nil && state.overview.filter.isEmpty)
            if !state.isRunning { break }
        }
        #expect(keysWithEffects == 0)
        // Reads after a failure (retried on the clock) and after another process's commit; no
        // write, nothing that shows names.
        #expect(effects == [.loadSlides, .loadLastChange, .loadSeminarSettings, .loadLastForum], "seed \(seed)")
    }

    /// Policy's figures kept at a spring forum, chosen by hand against the fixture's figures now:
    /// skills gap 7 of 25 below (28%; then 17 of 25, 68%), checklist 1 of 16 items done (then 0),
    /// CPD 5 of 18 completed or on track (then 12 of 18), audit coverage 15 of 18 assessed
    /// (then 5 of 18: the 3 never assessed now are fewer than 5, so the change is withheld).
    static let springForum = LastForum(
        forum: ForumDate(id: 1, date: Day(iso: "2026-03-12")!, title: "Spring forum", version: 1),
        figures: [1: [.skillsGap: Ratio(17, of: 25), .checklist: Ratio(0, of: 16), .cpdCompliance: Ratio(12, of: 18),
                      .auditCoverage: Ratio(5, of: 18)]])

    @Test func theChangesSlideFollowsTheOverviewWhileAForumIsMarked() {
        var state = kiosk()
        _ = Reducer.reduce(&state, .lastForumLoaded(nil))
        #expect(state.kiosk.slides == [.overview, .profession(2), .profession(1)])
        _ = Reducer.reduce(&state, .lastForumLoaded(Self.springForum))
        #expect(state.kiosk.slides == [.overview, .changes, .profession(2), .profession(1)])
        // Left out when not chosen, and gone again when the date is unmarked.
        var without = kiosk { $0.showChanges = false }
        _ = Reducer.reduce(&without, .lastForumLoaded(Self.springForum))
        #expect(without.kiosk.slides == [.overview, .profession(2), .profession(1)])
        _ = Reducer.reduce(&state, .lastForumLoaded(nil))
        #expect(state.kiosk.slides == [.overview, .profession(2), .profession(1)])
    }

    @Test func theChangesAreTheReportsUnderTheDisclosureRules() throws {
        var state = kiosk()
        _ = Reducer.reduce(&state, .lastForumLoaded(Self.springForum))
        let changes = try #require(state.kiosk.changes)
        let policy = try #require(changes.rows.first { $0.code == "POL" })
        #expect(ForumChangesWording.row(policy) == ["Policy (POL)", "-40 pts better", "n/a", "-39 pts worse", "+6 pts better", "-", "-"])
        #expect(changes.improved.map(ForumChangesWording.mover) == ["Policy (POL): skills gap 68% → 28%, 40 pts better",
                                                                     "Policy (POL): checklist progress 0% → 6%, 6 pts better"])
        #expect(changes.slipped.map(ForumChangesWording.mover) == ["Policy (POL): CPD compliance 67% → 28%, 39 pts worse"])
        // Data Ethics kept nothing on the date: every cell says so.
        let ethics = try #require(changes.rows.first { $0.code == "DETH" })
        #expect(ethics.changes.isEmpty)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theChangesSlideFitsAndShowsTheMovers(size: Size) throws {
        var state = kiosk()
        _ = Reducer.reduce(&state, .resized(size))
        _ = Reducer.reduce(&state, .lastForumLoaded(Self.springForum))
        press(.nextSlide, &state)
        #expect(state.kiosk.current == .changes)
        let lines = Renderer.render(state, theme: .monochrome).trimmedLines
        let screen = lines.joined(separator: "\n")
        #expect(lines[0].contains("Since the last forum (12 Mar 2026, Spring forum)"), "\(screen)")
        #expect(screen.contains("Most improved") && screen.contains("Slipping"), "\(screen)")
        #expect(screen.contains("Policy (POL): skills gap 68% → 28%, 40 pts better"), "\(screen)")
        #expect(screen.contains("Policy (POL): CPD compliance 67% → 28%, 39 pts worse"), "\(screen)")
        let policyRow = try #require(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Policy ") && !$0.contains("(POL)") })
        if size.width >= 120 {
            #expect(policyRow.contains("-40 pts better") && policyRow.contains("-39 pts worse") && policyRow.contains("n/a"), "\(screen)")
        } else {
            #expect(policyRow.contains("-40 better") && policyRow.contains("-39 worse") && policyRow.contains("n/a"), "\(screen)")
        }
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Data Ethics") })
        #expect(!screen.contains("Alex Example"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= size.width })
    }
}
