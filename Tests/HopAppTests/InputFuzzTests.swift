import Foundation
import Testing
import HopModel
import TerminalUI
@testable import HopApp
@testable import HopStore
import HopStoreAdapter

/// Seeded random events through the real runtime (keymap, reducer, renderer) over a
/// `MemoryBackend` and the test store in memory: printable and control keys, function keys,
/// escape sequences as they arrive byte by byte, clock ticks and resizes from 1×1 to 300×100.
/// 50,000 events (1,000,000 under HOPDASH_LONG=1); HOPDASH_SEED replays a printed seed. After every event the selection, scroll and
/// cursor are in range; every 16th event and after every resize, each row of the frame and of
/// the backend's screen is exactly as wide as the terminal and holds no control character.
@Suite struct InputFuzzTests {
    static let long = ProcessInfo.processInfo.environment["HOPDASH_LONG"] == "1"

    static let named: [Key] = [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
                               .home, .end, .pageUp, .pageDown, .insert, .unknown(410), .unknown(0), .unknown(-1)]
    static let typed: [Character] = ["é", "中", "文", "👩‍👩‍👧", "e\u{301}", "ש", "ع", "\u{200D}", "\u{FEFF}", "🇬🇧"]

    /// One random event; `q` and Ctrl-C (quit) are rare so that runs go deep into forms and lists.
    static func event(_ random: inout DemoRandom) -> [InputEvent] {
        switch random.int(0...99) {
        case 0..<45:
            let c = Character(UnicodeScalar(UInt8(random.int(32...126))))
            return c == "q" && random.int(0...49) != 0 ? [.key(.char("j"))] : [.key(.char(c))]
        case 45..<52: return [.key(.char(typed[random.int(0...typed.count - 1)]))]
        case 52..<75: return [.key(named[random.int(0...named.count - 1)])]
        case 75..<84:
            let c = Character(UnicodeScalar(UInt8(random.int(97...122))))
            return c == "c" && random.int(0...49) != 0 ? [.key(.ctrl("l"))] : [.key(.ctrl(c))]
        case 84..<88: return [.key(.function(random.int(1...24)))]
        case 88..<94:
            // An escape sequence that reached the app undecoded: Esc then its bytes as keys.
            let sequences = ["[A", "[1;5C", "[200~", "]0;title\u{7}", "[38;5;196m", "P+q\u{1B}\\", "[?1049h", "O2P"]
            return [.key(.escape)] + sequences[random.int(0...sequences.count - 1)].map { .key(.char($0)) }
        case 94..<98: return [.tick]
        default:
            return [.resize(random.int(0...3) == 0
                ? Size(width: random.int(1...300), height: random.int(1...100))
                : Size(width: random.int(60...140), height: random.int(18...50)))]
        }
    }

    static func start() -> (Runtime, MemoryBackend) {
        let state = Fixtures.professionState()
        let backend = MemoryBackend(size: state.size)
        let runtime = Runtime(state: state, backend: backend, theme: .monochrome,
                              client: DemoApp.adapter(TestStore.make()), today: { Fixtures.today })
        runtime.start()
        runtime.render()
        return (runtime, backend)
    }

    @Test func fiftyThousandRandomEvents() {
        fuzz(events: 50_000, seed: Seed.value("input fuzz", default: 7))
    }

    @Test(.enabled(if: long, "HOPDASH_LONG=1"))
    func aMillionRandomEvents() {
        fuzz(events: 1_000_000, seed: Seed.value("input fuzz, long", default: 2026))
    }

    func fuzz(events: Int, seed: UInt64) {
        var random = DemoRandom(seed: seed)
        var (runtime, backend) = Self.start()
        var quits = 0, formsOpened = 0, problems = 0
        for i in 0..<events {
            let batch = Self.event(&random)
            for event in batch {
                if case .resize(let size) = event { backend.resize(to: size) }
                runtime.handle(event)
            }
            if runtime.state.form != nil { formsOpened += 1 }
            let state = runtime.state
            let broken = Self.outOfRange(state)
            if let broken, problems < 5 {
                problems += 1
                Issue.record("seed \(seed), event \(i) \(batch): \(broken)")
            }
            // Drawing is most of the cost: every 16th event, and after every resize.
            var resized = false
            if case .resize = batch[0] { resized = true }
            if resized || i % 16 == 0 {
                let frame = runtime.render()
                for (name, buffer) in [("frame", frame), ("screen", backend.screen)] {
                    if let bad = TextChecks.badRow(buffer), problems < 5 {
                        problems += 1
                        Issue.record("seed \(seed), event \(i) \(batch), \(name) at \(buffer.size.width)×\(buffer.size.height): \(bad)")
                    }
                }
            }
            if !state.isRunning {
                quits += 1
                (runtime, backend) = Self.start()
            }
        }
        #expect(problems == 0)
        // The run reached forms, not only the lists (else it proved little about editing).
        #expect(formsOpened > 0)
        print("input fuzz: \(events) events, \(quits) quits, a form open after \(formsOpened) of them")
    }

    /// What is out of range in `state`, or nil.
    static func outOfRange(_ state: AppState) -> String? {
        func check(_ p: ListPosition, _ count: Int, _ what: String) -> String? {
            let ok = p.selected >= 0 && p.offset >= 0 && p.offset <= max(p.selected, 0)
                && (count == 0 ? p.selected == 0 : p.selected < count)
            return ok ? nil : "\(what) at \(p) of \(count)"
        }
        if let form = state.form {
            guard form.fields.indices.contains(form.focus) else { return "form focus \(form.focus) of \(form.fields.count)" }
            for field in form.fields where !(0...field.input.text.count).contains(field.input.cursor) {
                return "cursor \(field.input.cursor) in \(field.input.text.count) characters"
            }
        }
        switch state.screen {
        case .overview: return check(state.overview.position, state.overview.visibleRows.count, "overview")
        case .skills: return check(state.skillList.position, state.skillRows.count, "skills list")
        case .staff: return check(state.staffList.position, state.staffList.total, "members list")
        case .setup: return check(state.setup.position, state.setup.rowCount, "setup list")
        case .member: return state.member.flatMap { check($0.position, $0.rowCount, "member's records") }
        case .directory: return check(state.directory.position, state.directory.rows.count, "directory")
        default: return nil
        }
    }
}

/// Checks on a drawn buffer shared by the fuzz and hostile-text tests.
enum TextChecks {
    /// A C0 or C1 control, DEL, or ESC in particular: none may reach a cell.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The first row that is not exactly the buffer's width or holds a control character.
    static func badRow(_ buffer: Buffer) -> String? {
        for (y, line) in buffer.lines.enumerated() {
            if let scalar = line.unicodeScalars.first(where: isControl) {
                return "row \(y) holds U+\(String(scalar.value, radix: 16, uppercase: true)): \(line.debugDescription)"
            }
            let width = DisplayWidth.of(line)
            if width != buffer.size.width { return "row \(y) is \(width) wide: \(line.debugDescription)" }
        }
        return nil
    }
}
