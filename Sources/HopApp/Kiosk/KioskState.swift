import Foundation
import HopModel
import TerminalUI

/// One slide of the kiosk's rotation.
public enum KioskSlide: Hashable, Sendable {
    case overview
    /// A further page of the overview (numbered from 1 after the first, `.overview`), when
    /// more professions exist than one slide holds at the screen's size.
    case overviewPage(Int)
    case profession(RowID)
    /// The seminar planner's working groups.
    case seminar
    /// What moved since the last forum or seminar date (`KioskChangesSlide`).
    case changes

    /// Whether this is a page of the overview.
    public var isOverview: Bool {
        switch self {
        case .overview, .overviewPage: true
        case .profession, .seminar, .changes: false
        }
    }
}

/// What the organiser chose on the command line.
public struct KioskOptions: Hashable, Sendable {
    /// Seconds each slide stays up.
    public var interval: Int
    public var showOverview: Bool
    public var showProfessions: Bool
    /// A slide with the seminar planner's working groups, after the overview.
    public var showSeminar: Bool
    /// A slide of what moved since the last forum date, after the overview (none while no date is marked).
    public var showChanges: Bool
    /// Profession codes to show, in this order; empty shows every profession by name.
    public var professionCodes: [String]
    public var suppression: Suppression
    /// Clock times are shown in this zone.
    public var timeZone: TimeZone

    public init(interval: Int = 20, showOverview: Bool = true, showProfessions: Bool = true, showSeminar: Bool = false,
                showChanges: Bool = true, professionCodes: [String] = [], suppression: Suppression = Suppression(),
                timeZone: TimeZone = .current) {
        self.interval = max(1, interval); self.showOverview = showOverview; self.showProfessions = showProfessions
        self.showSeminar = showSeminar; self.showChanges = showChanges
        self.professionCodes = professionCodes; self.suppression = suppression; self.timeZone = timeZone
    }
}

/// The kiosk: its slides, where the rotation is, and what the status line says. Time enters
/// only through `tick(to:)`, so the reducer stays pure and tests choose the clock.
public struct KioskState: Hashable, Sendable {
    public var options: KioskOptions
    /// Every profession's figures from the last good read, by name.
    public var dashboards: [ProfessionDashboard] = []
    /// The latest forum on or before today with its kept figures; nil when none is marked.
    public private(set) var lastForum: LastForum?
    public private(set) var slides: [KioskSlide] = []
    /// Professions one overview slide holds at the screen's size (`KioskOverviewSlide.perPage`).
    public private(set) var overviewPerPage = Int.max
    public private(set) var index = 0
    public var paused = false
    public var blanked = false
    /// Seconds left on the current slide.
    public private(set) var remaining: Double
    /// The clock at the last tick (nil before the first).
    public private(set) var now: Date?
    /// When an editor last committed to the store.
    public var lastChange: Date?
    /// Set when a read fails; cleared by the next good read. The last good data stays shown.
    public var unavailableSince: Date?
    /// Keys of `KioskExit.sequence` typed so far, and when the first was.
    public private(set) var exitProgress = 0
    private var exitStartedAt: Date?

    public init(options: KioskOptions = KioskOptions()) {
        self.options = options
        self.remaining = Double(options.interval)
    }

    public var current: KioskSlide? { slides.indices.contains(index) ? slides[index] : nil }

    /// Whole seconds left, as the countdown shows them.
    public var secondsLeft: Int { Int(remaining.rounded(.up)) }

    public func dashboard(_ id: RowID) -> ProfessionDashboard? { dashboards.first { $0.profession.id == id } }

    /// Overview slides: every profession once, `overviewPerPage` to a slide.
    public var overviewPages: Int { dashboards.isEmpty ? 1 : (dashboards.count + overviewPerPage - 1) / overviewPerPage }

    /// New data from the store: rebuild the slides, staying on the same slide if it still exists.
    public mutating func load(_ dashboards: [ProfessionDashboard], overviewPerPage: Int = .max) {
        self.dashboards = dashboards
        unavailableSince = nil
        paginate(overviewPerPage, force: true)
    }

    /// The latest forum date read afresh: the "what moved" slide comes or goes with it.
    public mutating func loadLastForum(_ lastForum: LastForum?) {
        guard lastForum != self.lastForum else { return }
        self.lastForum = lastForum
        paginate(overviewPerPage, force: true)
    }

    /// What moved since the last forum, worked out as the forum report does (`ForumChanges`,
    /// under the disclosure rules); nil while no forum date is marked.
    public var changes: ForumChanges? {
        guard let lastForum else { return nil }
        let rule = options.suppression
        return ForumChanges(forum: lastForum.forum, then: lastForum.figures,
                            now: dashboards.map { ($0, ProfessionFigures(dashboard: $0, rule: rule)) }, rule: rule)
    }

    /// The screen's size changed how many professions an overview slide holds: the overview's
    /// pages are counted again (the slide shown stays, or the last page if it has gone).
    public mutating func paginate(_ perPage: Int, force: Bool = false) {
        let perPage = max(1, perPage)
        guard force || perPage != overviewPerPage else { return }
        overviewPerPage = perPage
        let showing = current
        var slides: [KioskSlide] = options.showOverview ? [.overview] + (1..<overviewPages).map { .overviewPage($0) } : []
        if options.showChanges && lastForum != nil && !dashboards.isEmpty { slides.append(.changes) }
        if options.showSeminar && dashboards.count >= 2 { slides.append(.seminar) }
        if options.showProfessions {
            let chosen = options.professionCodes.isEmpty ? dashboards : options.professionCodes.compactMap { code in
                dashboards.first { $0.profession.code.caseInsensitiveCompare(code) == .orderedSame }
            }
            slides += chosen.map { .profession($0.profession.id) }
        }
        self.slides = slides
        if let showing, let kept = slides.firstIndex(of: showing) {
            index = kept
        } else if showing?.isOverview == true, let last = slides.lastIndex(where: \.isOverview) {
            index = last
        } else {
            index = min(index, max(0, slides.count - 1))
        }
    }

    /// Moves `delta` slides round the loop and restarts the countdown.
    public mutating func step(by delta: Int) {
        guard !slides.isEmpty else { return }
        index = ((index + delta) % slides.count + slides.count) % slides.count
        remaining = Double(options.interval)
    }

    /// Advances the clock. The countdown runs unless paused or blanked; a clock that jumps
    /// (suspend, NTP) moves at most one slide on.
    public mutating func tick(to date: Date) {
        let elapsed = now.map { min(Double(options.interval), max(0, date.timeIntervalSince($0))) } ?? 0
        now = date
        if let started = exitStartedAt, date.timeIntervalSince(started) > KioskExit.timeout { resetExit() }
        guard !paused, !blanked, !slides.isEmpty else { return }
        remaining -= elapsed
        if remaining <= 0 { step(by: 1) }
    }

    /// One key of the exit sequence; true when the sequence is complete.
    public mutating func exitKey(_ key: Key) -> Bool {
        exitProgress = KioskExit.advance(exitProgress, with: key)
        if exitProgress == 1 { exitStartedAt = now }
        return KioskExit.isComplete(exitProgress)
    }

    public mutating func resetExit() {
        exitProgress = 0
        exitStartedAt = nil
    }
}
