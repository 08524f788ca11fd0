import Foundation
import Testing

/// Bracketed paste with the real binary under tmux: a paste is text for the focused field and
/// never keys; the mode is turned off again however the dashboard ends.
@Suite(.serialized) struct PasteEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    func dashboard() throws -> Tmux {
        try Tmux("\(Paths.binary) --store \(store) --user 'E2E Paster'; echo finished")
    }

    @Test func twoLinesPastedIntoAFormsLastFieldNeitherSaveNorCycleC01() throws {
        let tmux = try dashboard()
        try tmux.openFirstProfessionPane(4, titled: "Checklist", showing: "Flags")
        try tmux.send("e")
        #expect(tmux.waitFor("Esc cancels"), "\(tmux.screen())")
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.send("-N", "300", "BSpace")
        try tmux.paste("Pasted evidence\nsecond pasted line")
        // Had the line break run as Enter, the form would have saved and closed on it.
        #expect(tmux.waitFor("Pasted evidence second pasted line"), "\(tmux.screen())")
        #expect(tmux.screen().contains("Esc cancels"), "the form is still open: \(tmux.screen())")
        try tmux.send("Escape")
        #expect(tmux.waitFor("Discard"), "\(tmux.screen())")
        try tmux.send("y")
        #expect(tmux.waitForAbsence("Esc cancels"), "\(tmux.screen())")
        // Nothing was written: C01's history has no change.
        try tmux.send("c")
        #expect(tmux.waitFor("No changes recorded yet."), "\(tmux.screen())")
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
    }

    @Test func bracketedPasteIsTurnedOffOnQuitAndOnAFatalSignal() throws {
        for ending in ["quit", "USR1"] {
            let output = try Paths.temporaryDirectory() + "/pane.out"
            let tmux = try dashboard()
            try tmux.pipe(to: output)
            #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
            if ending == "quit" { try tmux.send("q") } else { try tmux.signal(ending, child: "hopdash") }
            #expect(tmux.waitFor("finished"), "\(ending): \(tmux.screen())")
            // The pane's copy may lag the screen: read it once the shell's line has reached it.
            var bytes = ""
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                bytes = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: output))) ?? Data(), as: UTF8.self)
                if bytes.contains("finished") { break }
                usleep(50_000)
            }
            let on = bytes.range(of: "\u{1B}[?2004h", options: .backwards)
            let off = bytes.range(of: "\u{1B}[?2004l", options: .backwards)
            #expect(on != nil, "\(ending): bracketed paste was turned on")
            if let on, let off { #expect(off.lowerBound > on.lowerBound, "\(ending): turned off after") } else {
                Issue.record("\(ending): bracketed paste was never turned off")
            }
        }
    }
}
