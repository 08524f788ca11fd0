import Testing

extension Tmux {
    /// From the overview, opens the first profession and its pane `number` (titled `title` on
    /// the dashboard) full screen, then waits for `marker`, text only that screen shows.
    func openFirstProfessionPane(_ number: Int, titled title: String, showing marker: String) throws {
        #expect(waitFor("Cross-profession overview"), "\(screen())")
        try send("Enter")
        #expect(waitFor("\(number) \(title)"), "\(screen())")
        try send("\(number)", "Enter")
        #expect(waitFor(marker), "\(screen())")
    }
}
