import Foundation
import Testing

/// Screen-reader mode with the real binary under tmux: the terminal cursor follows the
/// selection, so a screen reader's review cursor reads the selected row.
@Suite(.serialized) struct ScreenReaderEndToEndTests {
    let store: String

    init() throws {
        (_, store) = try Paths.demoStore()
    }

    /// The line number of the first screen line that contains `text`.
    func line(showing text: String, _ tmux: Tmux) -> Int? {
        tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }
    }

    @Test(arguments: ["--screen-reader", "HOPDASH_SCREEN_READER=1"])
    func theCursorSitsOnTheSelectedRowAfterMovingDownThreeRows(how: String) throws {
        let flag = how.hasPrefix("--") ? " " + how : ""
        let environment = how.hasPrefix("--") ? [:] : ["HOPDASH_SCREEN_READER": "1"]
        let tmux = try Tmux("\(Paths.binary) --store \(store)\(flag); echo finished", environment: environment)
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        #expect(tmux.screen().hasPrefix("Cross-profession overview"), "the title is the first line: \(tmux.screen())")
        #expect(!tmux.screen().contains("┌"), "no box drawing: \(tmux.screen())")
        // The demo's professions in name order: the fourth is Economics.
        #expect(tmux.waitUntil { tmux.cursor()?.y == line(showing: "Communications", tmux) }, "\(String(describing: tmux.cursor()))")
        try tmux.send("Down")
        try tmux.send("Down")
        try tmux.send("Down")
        #expect(tmux.waitUntil { tmux.cursor()?.y != nil && tmux.cursor()?.y == line(showing: "Economics", tmux) },
                "cursor \(String(describing: tmux.cursor())) on \(tmux.screen())")
        #expect(tmux.cursor()?.visible == true)
        #expect(tmux.cursor()?.x == 1, "at the start of the row")
        // Into the profession: one pane, its title first, the cursor on its first row.
        try tmux.send("Enter")
        #expect(tmux.waitFor("1 Maturity"), "\(tmux.screen())")
        #expect(tmux.screen().hasPrefix("1 Maturity"), "\(tmux.screen())")
        #expect(!tmux.screen().contains("Skills gaps"), "one pane at a time: \(tmux.screen())")
        #expect(tmux.waitUntil { tmux.cursor()?.y == line(showing: "Planning", tmux) }, "\(tmux.screen())")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
    }
}
