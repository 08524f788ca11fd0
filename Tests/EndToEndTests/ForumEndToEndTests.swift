import Foundation
import Testing

/// A forum date marked on the overview, an edit after it, and the change in `hopdash report`.
@Suite struct ForumEndToEndTests {
    @Test func aForumMarkedThenAnEditShowsAsAChangeInTheReport() throws {
        let (_, store) = try Paths.demoStore()
        let tmux = try Tmux("\(Paths.binary) --store \(store) --user 'E2E Head'; echo finished")
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        // F on the overview: today and "Forum" filled in; Ctrl-S marks it.
        try tmux.send("F")
        #expect(tmux.waitFor("Mark a forum date"), "\(tmux.screen())")
        try tmux.send("C-s")
        #expect(tmux.waitFor("Saved: forum date"), "\(tmux.screen())")
        // Then Communications (the first profession, Planning at L3) assesses Planning at L5.
        try tmux.openFirstProfessionPane(1, titled: "Maturity", showing: "History (newest first)")
        try tmux.send("n")
        #expect(tmux.waitFor("New maturity assessment"), "\(tmux.screen())")
        try tmux.send("5")
        try tmux.send("C-s")
        #expect(tmux.waitFor("assessed at L5"), "\(tmux.screen())")
        // The dashboard's delta: the mean level moved from 3.2 to 3.6, its arrow says up.
        try tmux.send("Escape")
        #expect(tmux.waitUntil { tmux.screen().split(separator: "\n").contains { $0.contains("Mean self-assessed level 3.6") && $0.contains("▲") } },
                "\(tmux.screen())")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        let listed = try Shell.run(Paths.binary, ["forum", "list", "--store", store])
        #expect(listed.status == 0 && listed.output.hasSuffix(" Forum\n"), "\(listed.output)\(listed.error)")
        let report = try Shell.run(Paths.binary, ["report", "--store", store])
        #expect(report.status == 0, "\(report.error)")
        #expect(report.output.contains("## Since the last forum ("))
        // Maturity's mean over five areas rose by 2/5 of a level; nothing else moved.
        #expect(report.output.contains("| Communications (COMMS) | no change | n/a | n/a | no change | - | +0.4 better |"),
                "\(report.output.prefix(1500))")
        #expect(report.output.contains("| Policy (POL) | no change | no change | no change | no change | - | no change |"))
    }
}
