import Foundation
import Testing
import HopModel
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

    /// Policy with a hostile string in every shown text, and a store of members named the same way.
    static func store() -> FakeStore {
        var policy = Fixtures.policy()
        let h = hostile
        policy.profession.name = h[3] + h[6]
        policy.profession.headName = h[7]
        policy.profession.headEmail = h[4]
        policy.skills = policy.skills.enumerated().map { i, skill in
            var skill = skill
            skill.name = h[i % h.count] + h[(i + 6) % h.count]
            return skill
        }
        policy.checklist = policy.checklist.enumerated().map { i, entry in
            var entry = entry
            entry.owner = h[(i + 1) % h.count]
            entry.evidence = h[(i + 5) % h.count] + h[7]
            return entry
        }
        policy.maturity = policy.maturity.enumerated().map { i, assessment in
            var assessment = assessment
            assessment.assessor = h[(i + 2) % h.count]
            assessment.rationale = h[(i + 4) % h.count]
            return assessment
        }
        var ethics = Fixtures.dataEthics()
        ethics.profession.name = h[0] + h[1] + h[2]
        ethics.profession.code = "\u{1B}[1m"
        let store = FakeStore([policy, ethics])
        store.staff = store.staff.enumerated().map { i, member in
            var member = member
            member.name = h[i % h.count]
            member.post = h[(i + 3) % h.count]
            return member
        }
        store.departmentList[0].name = h[6]
        store.log = [ChangeLogEntry(id: 1, at: "2026-10-01T09:00:00Z", user: h[7], table: "checklist_entry", recordId: "1/C01",
                                    action: "update", professionId: 1, before: h[6], after: h[4])]
        return store
    }

    /// Each visit starts afresh on the overview and takes the keys a user would; `reached` says
    /// the keys got where they were meant to (else the check would prove nothing). Text is
    /// typed only into an open form or filter, where every key is text.
    static var visits: [(name: String, keys: [Key], typed: String, reached: (AppState) -> Bool)] { [
        ("overview", [], "", { $0.screen == .overview }),
        ("overview filter", [.char("/")], hostile[6] + hostile[0], { $0.overview.editingFilter }),
        ("dashboard", [.enter], "", { $0.screen == .profession }),
        ("maturity zoomed", [.enter, .char("1"), .enter], "", { $0.profession?.zoomed == true }),
        ("skills zoomed", [.enter, .char("2"), .enter], "", { $0.profession?.focus == .skills }),
        ("cpd zoomed", [.enter, .char("3"), .enter], "", { $0.profession?.focus == .cpd }),
        ("checklist zoomed", [.enter, .char("4"), .enter], "", { $0.profession?.focus == .checklist }),
        ("checklist form", [.enter, .char("4"), .enter, .char("e"), .tab], hostile.map { String($0.prefix(300)) }.joined(),
         { $0.form != nil }),
        ("checklist form, discard prompt", [.enter, .char("4"), .enter, .char("e"), .tab, .char("x"), .escape], "",
         { $0.form?.prompt != nil }),
        ("maturity form", [.enter, .char("1"), .char("n"), .tab, .tab], hostile[3] + hostile[6], { $0.form != nil }),
        ("change log", [.enter, .char("c")], "", { $0.overlay != nil }),
        ("skills list", [.enter, .char("s")], "", { $0.screen == .skills }),
        ("skill form", [.enter, .char("s"), .char("n")], hostile[1] + hostile[2] + hostile[7], { $0.form != nil }),
        ("members", [.enter, .char("m")], "", { $0.screen == .staff }),
        ("members filter", [.enter, .char("m"), .char("/")], hostile[0] + hostile[6], { $0.staffList.editingFilter }),
        ("member form", [.enter, .char("m"), .char("e"), .tab], hostile[3] + hostile[6], { $0.form != nil }),
        ("member records", [.enter, .char("m"), .char("r")], "", { $0.screen == .member }),
        ("profession form", [.enter, .char("p"), .tab], hostile[5], { $0.form != nil }),
        ("setup", [.char("D")], "", { $0.screen == .setup }),
        ("help", [.char("?")], "e\u{301}中👩‍👩‍👧", { $0.overlay != nil }),
    ] }

    /// Every visit, checking the frame and the backend's screen when there and after typing.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 300, height: 100)])
    func everyScreenStaysWithinTheTerminalAndFreeOfControls(size: Size) {
        for visit in Self.visits {
            let backend = MemoryBackend(size: size)
            let runtime = Runtime(state: Fixtures.state(size: size), backend: backend, theme: .monochrome, client: Self.store(),
                                  today: { Fixtures.today })
            runtime.start()
            runtime.render()
            for key in visit.keys {
                runtime.handle(.key(key))
                runtime.render()
            }
            for (what, buffer) in [("frame", runtime.render()), ("screen", backend.screen)] {
                #expect(TextChecks.badRow(buffer) == nil, "\(visit.name) before typing, \(what): \(TextChecks.badRow(buffer) ?? "")")
            }
            #expect(visit.reached(runtime.state), "\(visit.name): the keys did not get there")
            if visit.reached(runtime.state) {
                for character in visit.typed { runtime.handle(.key(.char(character))) }
            }
            for (what, buffer) in [("frame", runtime.render()), ("screen", backend.screen)] {
                #expect(TextChecks.badRow(buffer) == nil, "\(visit.name), \(what): \(TextChecks.badRow(buffer) ?? "")")
            }
            #expect(runtime.state.isRunning, "\(visit.name)")
        }
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 300, height: 100), Size(width: 50, height: 10)])
    func kioskSlidesStayWithinTheTerminalAndFreeOfControls(size: Size) {
        let store = Self.store()
        var state = Fixtures.state(size: size, mode: .kiosk)
        state.kiosk = KioskState(options: KioskOptions(interval: 20, timeZone: TimeZone(identifier: "UTC")!))
        let backend = MemoryBackend(size: size)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome, client: store, today: { Fixtures.today })
        runtime.start()
        for slide in 0..<4 {
            for (what, buffer) in [("frame", runtime.render()), ("screen", backend.screen)] {
                #expect(TextChecks.badRow(buffer) == nil, "slide \(slide), \(what): \(TextChecks.badRow(buffer) ?? "")")
            }
            runtime.handle(.key(.pageDown))
        }
    }

    static func typing(_ text: String) -> [Key] { text.map { .char($0) } }
}
