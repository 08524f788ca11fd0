import Foundation
import HopModel
import Testing
import TerminalUI
@testable import HopApp
@testable import HopStore

/// The seminar planner over the demo store: the screen at 80x24 and the kiosk's slide.
@Suite struct SeminarScreenTests {
    static let day = Day(iso: "2025-06-15")!

    /// Reads a store in memory as the app does (no editing).
    final class Client: StoreClient {
        let store: Store
        init(_ store: Store) { self.store = store }
        func allProfessionData(today: Day) throws -> [ProfessionData] { try store.allProfessionData(today: today) }
        func professionData(id: RowID, today: Day) throws -> ProfessionData { try store.professionData(id: id, today: today) }
        func dataVersion() throws -> Int { try store.dataVersion() }
        func lastChange() throws -> Date? { nil }
        func seminarSettings() throws -> SeminarSettings { try store.seminarSettings() }
        func departmentData(today: Day) throws -> [DepartmentData] { try store.departmentData(today: today) }
    }

    static let demo: Store = {
        let store = try! Store.inMemory()
        try! DemoData.writeDemo(into: store, seed: DemoData.defaultSeed, today: day)
        return store
    }()

    func runtime(_ mode: AppMode) -> Runtime {
        let size = Size(width: 80, height: 24)
        var state = AppState(mode: mode, screen: .overview, size: size, today: Self.day, framework: .embedded)
        state.kiosk = KioskState(options: KioskOptions(showSeminar: true, timeZone: TimeZone(identifier: "UTC")!))
        let runtime = Runtime(state: state, backend: MemoryBackend(size: size), theme: .monochrome, client: Client(Self.demo),
                              today: { Self.day }, now: { Date(timeIntervalSince1970: 1_750_000_000) })
        runtime.start()
        return runtime
    }

    @Test func plannerScreenAt80x24() {
        let runtime = runtime(.interactive)
        press(.show(.seminar), in: runtime)
        #expect(runtime.render().trimmedLines == [
            " hopdash · Seminar planner                                          15 Jun 2025",
            "┌ ▶ Seminar working groups · 3 groups of 9 professions ────────────────────────┐",
            "│    Profession                   Level Pl Re Ca Pe Le                         │",
            "│Group 1 · 3 professions · L3-L4                                               │",
            "│  Finance (L5 in performance management) with Operational Delivery (L2)       │",
            "│  › Finance                      L4     5  3  4  5  4                         │",
            "│    Communications               L3     3  4  2  4  3                         │",
            "│    Operational Delivery         L3     3  4  3  2  4                         │",
            "│Group 2 · 3 professions · L3-L4                                               │",
            "│  Policy (L4 in business planning and workforce strategy) with Digital, Data  │",
            "│  and Technology (L3), Project Delivery (L3)                                  │",
            "│    Digital, Data and Technology L4     3  4  4  3  4                         │",
            "│    Policy                       L4     4  3  3  3  5                         │",
            "│    Project Delivery             L3     3  3  3  4  4                         │",
            "│Group 3 · 3 professions · L1-L4                                               │",
            "│  Economics (L5 in recruitment, progression and promotion) with Data Ethics   │",
            "│  (L1)                                                                        │",
            "│    Economics                    L4     4  5  5  4  4                         │",
            "│    Human Resources              L4     4  3  4  4  3                         │",
            "│    Data Ethics                  L1     1  1  1  1  1                         │",
            "│Pl Planning · Re Recruitment · Ca Careers · Pe Performance · Le Learning      │",
            "│A move pins the profession to its group. hopdash seminar prints the plan.     │",
            "└──────────────────────────────── → move · p pin · + more · - fewer · Esc back ┘",
            "Right/l Move  p Pin  + More  - Fewer  Esc Back  ? Help  q/Ctrl-C Quit",
        ])
    }

    @Test func kioskSlideShowsProfessionsAndLevelsOnly() {
        let runtime = runtime(.kiosk)
        #expect(runtime.state.kiosk.slides.prefix(2) == [.overview, .seminar])
        runtime.dispatch(.command(.nextSlide))
        let frame = runtime.render().trimmedLines
        #expect(frame.first?.hasPrefix(" Seminar working groups · 3 groups") == true)
        #expect(frame.contains(" Group 3: Economics L4 · Human Resources L4 · Data Ethics L1"))
        #expect(frame.contains("   Economics (L5 in recruitment, progression and promotion) with Data Ethics"))
        // No head of profession or lead is named on the slide
        let text = frame.joined(separator: "\n")
        for data in try! Self.demo.allProfessionData(today: Self.day) {
            #expect(!text.contains(data.profession.headName))
        }
    }

    @Test func aProfessionWithNoAssessmentIsNotShownALevel() {
        let professions = [
            SeminarProfession(id: 1, code: "NEW", name: "Newly formed", levels: [:]),
            SeminarProfession(id: 2, code: "OLD", name: "Established", levels: [1: 3, 2: 4]),
        ]
        let plan = SeminarPlanner.plan(professions, groups: 1, framework: .embedded)
        var buffer = Buffer(size: Size(width: 80, height: 24))
        KioskSeminarSlide.render(plan, state: Fixtures.state(), in: Rect(x: 0, y: 1, width: 80, height: 21), buffer: &buffer,
                                 theme: .monochrome)
        let slide = buffer.trimmedLines.joined(separator: "\n")
        #expect(slide.contains("Newly formed no audit yet"), "\(slide)")
        #expect(!slide.contains("Newly formed L"))
        #expect(slide.contains("Established L4"))
        #expect(plan.textLines().contains { $0.contains("Newly formed no audit yet") })
        let screen = SeminarScreen.lines(plan, framework: .embedded, width: 80, unicode: true)
        #expect(screen.first?.text.hasSuffix("L4") == true, "\(screen.first?.text ?? "")")
    }

    /// A name cut in its column ends in "…" and is shown whole on the line under the table
    /// while its profession is selected; otherwise that line spells out the areas' headers.
    @Test func aNameCutInItsColumnIsShownWholeForTheSelectedProfession() {
        let long = "Government Science and Engineering Profession of the Realm"
        let professions = [SeminarProfession(id: 1, code: "GSE", name: long, levels: [1: 3]),
                           SeminarProfession(id: 2, code: "OLD", name: "Established", levels: [1: 3, 2: 4])]
        let plan = SeminarPlanner.plan(professions, groups: 1, framework: .embedded)
        let row = SeminarScreen.lines(plan, framework: .embedded, width: 60, unicode: true).first { $0.id == 1 }?.text ?? ""
        #expect(row.contains("…") && !row.contains(long), "\(row)")
        #expect(SeminarScreen.legend(plan, selected: 1, framework: .embedded, width: 60) == "Profession: " + long)
        #expect(SeminarScreen.legend(plan, selected: 2, framework: .embedded, width: 60)?.hasPrefix("Pl Planning · Re Recruitment") == true)
        // Wide enough for every name and the areas' whole names: no legend is needed.
        #expect(SeminarScreen.legend(plan, selected: 2, framework: .embedded, width: 160) == nil)
        #expect(SeminarScreen.lines(plan, framework: .embedded, width: 160, unicode: true).contains { $0.text.contains(long) })
    }

    @Test func groupsThatDoNotFitTheSlideAreCountedAndTheLegendKeepsItsRow() {
        let professions = (1...60).map { i in
            SeminarProfession(id: RowID(i), code: "P\(i)", name: "Profession number \(i)", levels: [1: i % 5 + 1, 4: (i * 3) % 5 + 1])
        }
        let plan = SeminarPlanner.plan(professions, groups: 30, framework: .embedded)
        var buffer = Buffer(size: Size(width: 80, height: 24))
        let body = Rect(x: 0, y: 1, width: 80, height: 21)
        KioskSeminarSlide.render(plan, state: Fixtures.state(), in: body, buffer: &buffer, theme: .monochrome)
        let lines = buffer.trimmedLines
        #expect(lines[body.maxY - 2] == " " + KioskSeminarSlide.legend)
        let counted = lines.firstIndex { $0.contains("more groups (hopdash seminar lists them all)") }
        #expect(counted != nil && counted! < body.maxY - 2)
        let shown = lines.filter { $0.hasPrefix(" Group ") }.count
        #expect(shown > 0 && lines.contains { $0.contains("… and \(30 - shown) more groups") })
    }
}

/// The kiosk's overview slide: the service's figures big, every profession still listed.
@Suite struct KioskOverviewSlideTests {
    @Test func bigFiguresAboveTheRowsWhenThereIsRoom() {
        let state = Fixtures.loadedState(size: Size(width: 80, height: 24), mode: .kiosk)
        var buffer = Buffer(size: state.size)
        KioskOverviewSlide.render(state, in: Rect(x: 0, y: 1, width: 80, height: 21), buffer: &buffer, theme: .monochrome)
        let lines = buffer.trimmedLines
        // The profession count in big digits, its label beneath.
        let big = BigText.lines("\(state.overview.rows.count)")
        #expect(lines[2].hasPrefix(" " + big[0]), "\(buffer.picture)")
        #expect(lines[5].contains("professions") && lines[5].contains("checklist done"), "\(buffer.picture)")
        for row in state.overview.rows { #expect(lines.contains { $0.contains(row.name) }, "\(row.name)") }
        // A figure with no big glyphs ("n/a") is written plainly, never left blank.
        #expect(BigText.draws("n/a") == false && BigText.draws("5,418") && BigText.draws("47%"))
    }

    @Test func noBandWhenTheRowsNeedTheRoom() {
        let state = Fixtures.loadedState(size: Size(width: 80, height: 24), mode: .kiosk)
        var buffer = Buffer(size: Size(width: 80, height: 10))
        KioskOverviewSlide.render(state, in: Rect(x: 0, y: 0, width: 80, height: 10), buffer: &buffer, theme: .monochrome)
        #expect(!buffer.trimmedLines.contains { $0.contains("professions") && $0.contains("members") }, "\(buffer.picture)")
    }
}
