import Foundation
import Testing
import HopApp
import TerminalUI

/// Every screen of hopdash over the demo store, reached by keys from the keymap, compared with
/// its picture under `Pictures/` at 80x24 (the smallest supported terminal), 120x40 and 200x60.
/// `AsciiScreenTests` holds the same screens drawn as a terminal without UTF-8 shows them.
@Suite struct ScreenPictureTests {
    /// The sizes every screen is designed for.
    static let designSizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]
    /// The smallest and the widest, for the checks that compare them.
    static let sizes = [Size(width: 80, height: 24), Size(width: 200, height: 60)]

    /// A screen and the keys that reach it from the start.
    enum Screen: String, CaseIterable, CustomTestStringConvertible {
        case firstRun = "first-run"
        case overview
        case overviewByDepartment = "overview-by-department"
        case dashboard
        case maturityZoomed = "maturity-zoomed"
        case skillsZoomed = "skills-zoomed"
        case cpdZoomed = "cpd-zoomed"
        case checklistZoomed = "checklist-zoomed"
        case skillList = "skill-list"
        case memberList = "member-list"
        case memberRecords = "member-records"
        case peopleList = "people-list"
        case accessLog = "access-log"
        case setup
        case directory
        case seminar
        case movements
        case history
        case succession
        case successorForm = "successor-form"
        case plan
        case bid
        case changeLog = "change-log"
        case recentChanges = "recent-changes"
        case help
        case checklistForm = "checklist-form"
        case deletePrompt = "delete-prompt"
        case kioskOverview = "kiosk-overview"
        case kioskProfession = "kiosk-profession"

        var testDescription: String { rawValue }

        var start: DemoApp.Start {
            switch self {
            case .firstRun: .firstRun
            case .kioskOverview, .kioskProfession: .kiosk
            default: .editor
            }
        }

        func reach(_ app: DemoApp) {
            switch self {
            case .firstRun, .overview, .kioskOverview: break
            case .overviewByDepartment: app.press(.toggleDepartments)
            case .dashboard: openPolicy(app)
            case .maturityZoomed: openPolicy(app); app.press(.focusPane(.maturity), .open)
            case .skillsZoomed: openPolicy(app); app.press(.focusPane(.skills), .open)
            case .cpdZoomed: openPolicy(app); app.press(.focusPane(.cpd), .open)
            case .checklistZoomed: openPolicy(app); app.press(.focusPane(.checklist), .open)
            case .skillList: openPolicy(app); app.press(.show(.skills))
            case .memberList: openPolicy(app); app.press(.show(.staff))
            case .memberRecords: openPolicy(app); app.press(.show(.staff), .down, .show(.member))
            case .peopleList: openPolicy(app); app.press(.focusPane(.skills), .open, .show(.people), .down)
            case .accessLog:
                // Two lists exported first (into the tests' own folder), so the log has them.
                openPolicy(app)
                app.press(.focusPane(.skills), .open, .show(.people), .exportList, .back, .bottom, .show(.people))
                app.press(.exportList, .show(.accessLog))
            case .setup: app.press(.show(.setup))
            case .directory: app.press(.show(.directory))
            case .seminar: app.press(.show(.seminar))
            case .movements: openPolicy(app); app.press(.show(.movements))
            case .history: openPolicy(app); app.press(.focusPane(.skills), .show(.history))
            case .succession: openPolicy(app); app.press(.show(.succession))
            case .successorForm: openPolicy(app); app.press(.show(.succession), .nextPane, .down, .editSelected)
            case .plan: openPolicy(app); app.press(.show(.plan))
            case .bid: openPolicy(app); app.press(.show(.plan), .show(.bid))
            case .changeLog:
                // A change of one's own first, so that the log has something to show.
                openPolicy(app)
                app.press(.focusPane(.checklist), .open, .cycleStatus, .showChangeLog)
            case .recentChanges:
                openPolicy(app)
                app.press(.focusPane(.checklist), .open, .cycleStatus, .cycleStatus, .show(.recentChanges))
            case .help: app.press(.showHelp)
            case .checklistForm: openPolicy(app); app.press(.focusPane(.checklist), .open, .down, .editSelected)
            case .deletePrompt: openPolicy(app); app.press(.show(.skills), .down, .deleteSelected)
            case .kioskProfession: app.press(.nextSlide)
            }
        }

        /// Filters the overview down to Policy and opens its dashboard.
        func openPolicy(_ app: DemoApp) {
            app.press(.startFilter)
            app.type("Policy")
            app.press(.closeOverlay, .open)
        }
    }

    @Test(arguments: Screen.allCases, designSizes)
    func picture(of screen: Screen, at size: Size) {
        Picture.expect(Self.draw(screen, at: size), is: screen.rawValue)
    }

    /// `screen` reached over the demo store (a fresh one for the screens that change it).
    static func draw(_ screen: Screen, at size: Size, theme: Theme = .monochrome) -> Buffer {
        let app = DemoApp(size: size, screen.start, store: [.changeLog, .recentChanges, .accessLog].contains(screen) ? DemoApp.freshDemo() : DemoApp.demo,
                          theme: theme)
        screen.reach(app)
        return app.backend.screen
    }

    /// The body's text, box edges dropped and rows joined as one run of words.
    static func text(_ app: DemoApp) -> String {
        app.screen.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
    }

    /// The delete question and the movements screen's closing note end their last sentence whole
    /// at 200x60 and at 80x24, where they wrap into the lines they have.
    @Test(arguments: [(Screen.deletePrompt, "y deletes, n keeps it."),
                      (Screen.movements, "members' placements count for each of their professions.")])
    func theLastSentenceIsShownWhole(on screen: Screen, ending: String) {
        let wide = DemoApp(size: Size(width: 200, height: 60))
        screen.reach(wide)
        #expect(Self.text(wide).contains(ending))
        let small = DemoApp(size: Size(width: 80, height: 24))
        screen.reach(small)
        #expect(Self.text(small).contains(ending), "\(small.screen.joined(separator: "\n"))")
    }
}
