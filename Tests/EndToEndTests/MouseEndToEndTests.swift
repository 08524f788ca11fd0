import Foundation
import Testing

/// The mouse with the real binary under tmux. tmux passes what `send-keys -l` types to the pane
/// as the terminal's own input, so a mouse report written that way reaches ncurses as a real
/// click does: X10 (ESC [ M, then the button, column and row each plus 32) where terminfo says
/// so (tmux-256color, tmux's default), SGR 1006 (ESC [ < button ; column ; row M) for
/// xterm-256color, whose columns go past 223. (`send-keys -M` only replays a mouse event tmux
/// itself received, in a key binding.)
@Suite(.serialized) struct MouseEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    /// The first screen line that contains `text`, from 0.
    func line(showing text: String, _ tmux: Tmux) -> Int? {
        tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }
    }

    /// A press of the first button at (x, y), from 0, as an X10 report.
    func x10Press(x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32)))
            + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    }

    /// The selected row is drawn in reverse video: its text, from the pane with escapes.
    func selectedRow(_ tmux: Tmux) -> String? {
        tmux.screen(escapes: true).split(separator: "\n").first { $0.contains("\u{1B}[0;7m") || $0.contains("\u{1B}[7m") }
            .map(String.init)
    }

    @Test func aClickSelectsARow() throws {
        let tmux = try Tmux("\(Paths.binary) --store \(store); echo finished")
        #expect(tmux.waitFor("Finance"), "\(tmux.screen())")
        let y = try #require(line(showing: "Finance", tmux))
        try tmux.type(x10Press(x: 5, y: y))
        #expect(tmux.waitUntil { selectedRow(tmux)?.contains("Finance") == true }, "\(tmux.screen(escapes: true))")
        // Enter opens what the click selected.
        try tmux.send("Enter")
        #expect(tmux.waitFor("Finance ("), "\(tmux.screen())")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
    }

    @Test func aClickPastColumn223SelectsARowWithSGRReports() throws {
        let tmux = try Tmux("\(Paths.binary) --store \(store); echo finished", width: 250, height: 30,
                            environment: ["TERM": "xterm-256color"])
        #expect(tmux.waitFor("Policy"), "\(tmux.screen())")
        let y = try #require(line(showing: "Policy", tmux))
        try tmux.type("\u{1B}[<0;240;\(y + 1)M")
        try tmux.type("\u{1B}[<0;240;\(y + 1)m")
        #expect(tmux.waitUntil { selectedRow(tmux)?.contains("Policy") == true }, "\(tmux.screen(escapes: true))")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
    }

    /// What the program wrote to its terminal, once the shell's "finished" has reached the copy.
    func output(_ file: String) -> String {
        var bytes = ""
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            bytes = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data(), as: UTF8.self)
            if bytes.contains("finished") { break }
            usleep(50_000)
        }
        return bytes
    }

    @Test func mouseReportingIsAskedForOnlyWhenOnAndTurnedOffOnTheWayOut() throws {
        let on = "\u{1B}[?1000h", off = "\u{1B}[?1000l"
        for (name, command) in [("dashboard", "\(Paths.binary) --store \(store)"),
                                ("--no-mouse", "\(Paths.binary) --store \(store) --no-mouse"),
                                ("HOPDASH_MOUSE=0", "HOPDASH_MOUSE=0 \(Paths.binary) --store \(store)"),
                                ("kiosk", "\(Paths.binary) kiosk --store \(store)")] {
            let file = try Paths.temporaryDirectory() + "/pane.out"
            let tmux = try Tmux(command + "; echo finished")
            try tmux.pipe(to: file)
            if name == "kiosk" {
                #expect(tmux.waitFor("read-only"), "\(tmux.screen())")
                try tmux.send("Escape")
                try tmux.type("quit")
                try tmux.send("Enter")
            } else {
                #expect(tmux.waitFor("Cross-profession overview"), "\(name): \(tmux.screen())")
                try tmux.send("q")
            }
            #expect(tmux.waitFor("finished"), "\(name): \(tmux.screen())")
            let bytes = output(file)
            if name == "dashboard" {
                let asked = bytes.range(of: on, options: .backwards), ended = bytes.range(of: off, options: .backwards)
                #expect(asked != nil, "mouse reporting was asked for")
                if let asked, let ended { #expect(ended.lowerBound > asked.lowerBound, "and turned off after") } else {
                    Issue.record("mouse reporting was never turned off")
                }
            } else {
                // The copy began before start-up (bracketed paste is asked for just after the mouse).
                #expect(bytes.contains("\u{1B}[?2004h"), "\(name): the copy missed the start")
                #expect(!bytes.contains(on), "\(name): mouse reporting was asked for")
            }
        }
    }
}
