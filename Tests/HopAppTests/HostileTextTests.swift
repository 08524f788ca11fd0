import Foundation
import Testing
import HopModel
import HopStore
import TerminalUI
@testable import HopApp

/// Text no one should type but someone will paste: CJK, emoji joined by ZWJ, stacked combining
/// marks, right-to-left text and bidi overrides, 10 KB strings, terminal escape sequences, C0
/// and C1 controls. Stored in every name and free-text field the screens show, and typed into
/// forms: every row drawn is exactly the terminal's width and no control character (ESC above
/// all) reaches a cell, on every screen, at 80×24, 120×40 and 300×100.
@Suite struct HostileTextTests {
    static let hostile = [
        "中文字符測試專業職業技能評估",
        "👩‍👩‍👧‍👦👨🏽‍💻🏳️‍🌈🇬🇧",
        "e\u{301}\u{302}\u{303}\u{304}a\u{20DD}Z\u{337}\u{322}\u{31B}\u{359}",
        "سياسة الخدمة المدنية \u{202E}txt.exe\u{202C} עברית",
        String(repeating: "x", count: 10_240),
        String(repeating: "中", count: 5_000),
        "\u{1B}[31mred\u{1B}[0m \u{1B}]0;title\u{07} \u{1B}[2J\u{1B}[H \u{1B}P+q\u{1B}\\",
        "nul\u{0}bel\u{7}bs\u{8}tab\tcr\rlf\nnel\u{85}csi\u{9B}31m del\u{7F}",
    ]

    /// Policy with a hostile string in every shown text, and members named the same way, in a
    /// real store (a bulk load checks only the database's rules, as an import's text would
    /// arrive); the load is logged as a hostile user, so the change log shows one too.
    static let store: Store = {
        var seed = TestStore.Seed()
        let h = hostile
        seed.policy.profession.name = h[3] + h[6]
        seed.policy.profession.headName = h[7]
        seed.policy.profession.headEmail = h[4]
        seed.policy.skills = seed.policy.skills.enumerated().map { i, skill in
            var skill = skill
            skill.name = h[i % h.count] + h[(i + 6) % h.count]
            return skill
        }
        seed.policy.checklist = seed.policy.checklist.enumerated().map { i, entry in
            var entry = entry
            entry.owner = h[(i + 1) % h.count]
            entry.evidence = h[(i + 5) % h.count] + h[7]
            return entry
        }
        seed.policy.maturity = seed.policy.maturity.enumerated().map { i, assessment in
            var assessment = assessment
            assessment.assessor = h[(i + 2) % h.count]
            assessment.rationale = h[(i + 4) % h.count]
            return assessment
        }
        seed.ethics.profession.name = h[0] + h[1] + h[2]
        seed.ethics.profession.code = "\u{1B}[1m"
        seed.extraPolicyMembers = 232
        seed.memberName = { h[$0 % h.count] }
        seed.memberPost = { i, _ in h[(i + 3) % h.count] }
        seed.departments[0].name = h[6]
        seed.user = h[7]
        return TestStore.make(seed)
    }()

    enum Step {
        case press(Command)
        case type(String)
    }

    /// Each visit starts afresh on the overview, with Policy selected, and takes the steps a
    /// user would, pressing keys by binding; `reached` says the steps got where they were meant
    /// to (else the check would prove nothing). Text is typed only into an open form or filter.
    static var visits: [(name: String, steps: [Step], typed: String, reached: (AppState) -> Bool)] { [
        ("overview", [], "", { $0.screen == .overview }),
        ("overview filter", [.press(.startFilter)], hostile[6] + hostile[0], { $0.overview.editingFilter }),
        ("dashboard", [.press(.open)], "", { $0.screen == .profession }),
        ("maturity zoomed", [.press(.open), .press(.focusPane(.maturity)), .press(.open)], "", { $0.profession?.zoomed == true }),
        ("skills zoomed", [.press(.open), .press(.focusPane(.skills)), .press(.open)], "", { $0.profession?.focus == .skills }),
        ("cpd zoomed", [.press(.open), .press(.focusPane(.cpd)), .press(.open)], "", { $0.profession?.focus == .cpd }),
        ("checklist zoomed", [.press(.open), .press(.focusPane(.checklist)), .press(.open)], "",
         { $0.profession?.focus == .checklist }),
        ("checklist form", [.press(.open), .press(.focusPane(.checklist)), .press(.open), .press(.editSelected), .press(.nextField)],
         hostile.map { String($0.prefix(300)) }.joined(), { $0.form != nil }),
        ("checklist form, discard prompt", [.press(.open), .press(.focusPane(.checklist)), .press(.open), .press(.editSelected),
                                            .press(.nextField), .type("x"), .press(.cancelForm)], "",
         { $0.form?.prompt != nil }),
        ("maturity form", [.press(.open), .press(.focusPane(.maturity)), .press(.newAssessment), .press(.nextField),
                           .press(.nextField)], hostile[3] + hostile[6], { $0.form != nil }),
        ("change log", [.press(.open), .press(.showChangeLog)], "", { $0.overlay != nil }),
        ("skills list", [.press(.open), .press(.show(.skills))], "", { $0.screen == .skills }),
        ("skill form", [.press(.open), .press(.show(.skills)), .press(.newRecord)], hostile[1] + hostile[2] + hostile[7],
         { $0.form != nil }),
        ("members", [.press(.open), .press(.show(.staff))], "", { $0.screen == .staff }),
        ("members filter", [.press(.open), .press(.show(.staff)), .press(.startFilter)], hostile[0] + hostile[6],
         { $0.staffList.editingFilter }),
        ("member form", [.press(.open), .press(.show(.staff)), .press(.editSelected), .press(.nextField)], hostile[3] + hostile[6],
         { $0.form != nil }),
        ("member records", [.press(.open), .press(.show(.staff)), .press(.show(.member))], "", { $0.screen == .member }),
        ("profession form", [.press(.open), .press(.editProfession), .press(.nextField)], hostile[5], { $0.form != nil }),
        ("setup", [.press(.show(.setup))], "", { $0.screen == .setup }),
        ("help", [.press(.showHelp)], "e\u{301}中👩‍👩‍👧", { $0.overlay != nil }),
    ] }

    /// Every visit, checking the frame and the backend's screen when there and after typing.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 300, height: 100)])
    func everyScreenStaysWithinTheTerminalAndFreeOfControls(size: Size) {
        for visit in Self.visits {
            let app = DemoApp(size: size, store: Self.store)
            app.select("POL")
            for step in visit.steps {
                switch step {
                case .press(let command): app.press(command)
                case .type(let text): app.type(text)
                }
            }
            for (what, buffer) in [("frame", app.runtime.render()), ("screen", app.backend.screen)] {
                #expect(TextChecks.badRow(buffer) == nil, "\(visit.name) before typing, \(what): \(TextChecks.badRow(buffer) ?? "")")
            }
            #expect(visit.reached(app.runtime.state), "\(visit.name): the keys did not get there")
            if visit.reached(app.runtime.state) {
                for character in visit.typed { app.runtime.handle(.key(.char(character))) }
            }
            for (what, buffer) in [("frame", app.runtime.render()), ("screen", app.backend.screen)] {
                #expect(TextChecks.badRow(buffer) == nil, "\(visit.name), \(what): \(TextChecks.badRow(buffer) ?? "")")
            }
            #expect(app.runtime.state.isRunning, "\(visit.name)")
        }
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 300, height: 100), Size(width: 50, height: 10)])
    func kioskSlidesStayWithinTheTerminalAndFreeOfControls(size: Size) {
        let app = DemoApp(size: size, .kiosk, store: Self.store)
        var shown: Set<Int> = []
        for slide in 0..<4 {
            shown.insert(app.runtime.state.kiosk.index)
            for (what, buffer) in [("frame", app.runtime.render()), ("screen", app.backend.screen)] {
                #expect(TextChecks.badRow(buffer) == nil, "slide \(slide), \(what): \(TextChecks.badRow(buffer) ?? "")")
            }
            app.press(.nextSlide)
        }
        #expect(shown.count == min(4, app.runtime.state.kiosk.slides.count), "the slides were all checked, not one four times")
    }
}
