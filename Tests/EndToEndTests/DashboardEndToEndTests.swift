import Foundation
import Testing

/// The real binary under tmux: start, navigate, help, resize, quit, signals, bad terminals.
/// Terminal settings are compared with `stty -g` before and after, taken inside the pane.
@Suite(.serialized) struct DashboardEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    /// Runs the dashboard in a pane, recording `stty -g` before and after and the exit status.
    func session(_ arguments: String = "", environment: [String: String] = [:], prefix: String = "",
                 width: Int = 80, height: Int = 24) throws -> Tmux {
        let command = prefix + "stty -g > \(directory)/before; \(Paths.binary) --store \(store) \(arguments); "
            + "echo exit=$? > \(directory)/status; stty -g > \(directory)/after; echo finished"
        return try Tmux(command, width: width, height: height, environment: environment)
    }

    func terminalRestored() throws -> Bool {
        let before = try String(contentsOfFile: directory + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: directory + "/after", encoding: .utf8)
        return !before.isEmpty && before == after
    }

    @Test func startNavigateHelpResizeAndQuit() throws {
        let tmux = try session()
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        #expect(tmux.waitFor("Operational Del"))
        try tmux.send("Enter")
        #expect(tmux.waitFor("1 Maturity"), "\(tmux.screen())")
        #expect(tmux.screen().contains("4 Checklist"))
        try tmux.send("2", "Enter")
        #expect(tmux.waitFor("Esc: back"), "\(tmux.screen())")
        try tmux.send("?")
        #expect(tmux.waitFor("Help: keys"))
        try tmux.send("Escape")
        #expect(tmux.waitForAbsence("Help: keys"))
        try tmux.resize(width: 50, height: 15)
        #expect(tmux.waitFor("Terminal too small"), "\(tmux.screen())")
        try tmux.resize(width: 120, height: 40)
        #expect(tmux.waitFor("Skills gaps"), "\(tmux.screen())")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(try terminalRestored())
        #expect(try String(contentsOfFile: directory + "/status", encoding: .utf8).contains("exit=0"))
    }

    @Test(arguments: ["TERM", "HUP", "INT"])
    func signalLeavesTheTerminalUsable(signal: String) throws {
        let tmux = try session()
        #expect(tmux.waitFor("Cross-profession overview"))
        try tmux.signal(signal, child: "hopdash")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(try terminalRestored())
    }

    /// Signals whose default action ends the process: the process still ends of the signal, but
    /// with the terminal restored first.
    @Test(arguments: ["USR1", "USR2", "ALRM", "PIPE"])
    func aSignalThatEndsTheProcessRestoresTheTerminal(signal: String) throws {
        let tmux = try session()
        #expect(tmux.waitFor("Cross-profession overview"))
        try tmux.signal(signal, child: "hopdash")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(try terminalRestored())
    }

    /// A crash (SIGSEGV): the shim's handler restores the terminal, then the Swift runtime's
    /// backtracer reports it and, on a terminal, offers for 30 s to interact; any key other than
    /// space or D ends it, as a user would press.
    @Test func aCrashLeavesTheTerminalUsable() throws {
        let tmux = try session()
        #expect(tmux.waitFor("Cross-profession overview"))
        try tmux.signal("SEGV", child: "hopdash")
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline, !tmux.screen().contains("finished") {
            if tmux.screen().contains("any other key to quit") { try tmux.send("q") }
            usleep(100_000)
        }
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(try String(contentsOfFile: directory + "/status", encoding: .utf8).contains("exit=139"))
        #expect(try terminalRestored())
    }

    /// Another program scribbles over the screen; Ctrl-L puts back every cell hopdash drew.
    @Test(arguments: [(80, 24), (200, 60)])
    func ctrlLRepaintsOverJunk(width: Int, height: Int) throws {
        let tmux = try session(width: width, height: height)
        // The trend baseline is read after the table; its legend line is the last to arrive.
        #expect(tmux.waitFor("Trend: +better"), "\(tmux.screen())")
        let before = tmux.screen()
        try tmux.writeToTerminal("\u{1B}[3;5HJUNK-ON-SCREEN \u{1B}[10;2HMORE-JUNK\u{1B}[2K")
        #expect(tmux.waitFor("JUNK-ON-SCREEN"), "\(tmux.screen())")
        try tmux.send("C-l")
        #expect(tmux.waitForAbsence("JUNK-ON-SCREEN"), "\(tmux.screen())")
        #expect(tmux.waitFor("Operational Del"), "\(tmux.screen())")
        let repainted = tmux.screen()
        #expect(!repainted.contains("MORE-JUNK"))
        // Row by row as before the junk, but for the title line, whose clock may turn over.
        #expect(repainted.split(separator: "\n").dropFirst().elementsEqual(before.split(separator: "\n").dropFirst()),
                "\(repainted)")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"))
    }

    @Test func suspendAndResumeRepaints() throws {
        // Job control needs an interactive shell: run one, start hopdash in it, Ctrl-Z, fg.
        let shell = try Tmux("PS1='$ ' sh -i")
        try shell.type("\(Paths.binary) --store \(store)")
        try shell.send("Enter")
        #expect(shell.waitFor("Cross-profession overview"))
        try shell.send("C-z")
        #expect(shell.waitForAbsence("Cross-profession overview"), "\(shell.screen())")
        try shell.type("fg")
        try shell.send("Enter")
        #expect(shell.waitFor("Cross-profession overview"), "\(shell.screen())")
        #expect(shell.waitFor("Operational Del"))
        try shell.send("q")
        #expect(shell.waitForAbsence("Cross-profession overview"))
    }

    @Test(arguments: ["dumb", "no-such-terminal-xyz", ""])
    func unusableTerminalIsAClearError(term: String) throws {
        let tmux = try session(environment: ["TERM": term])
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        let screen = tmux.screen()
        #expect(screen.contains("hopdash needs a terminal"), "\(screen)")
        #expect(try !String(contentsOfFile: directory + "/status", encoding: .utf8).contains("exit=0"))
    }

    @Test func noTermAtAllIsAClearError() throws {
        let tmux = try session(environment: [:], prefix: "unset TERM; ")
        #expect(tmux.waitFor("finished"), "\(tmux.screen())")
        #expect(tmux.screen().contains("hopdash needs a terminal"), "\(tmux.screen())")
        #expect(try !String(contentsOfFile: directory + "/status", encoding: .utf8).contains("exit=0"))
        #expect(try terminalRestored())
    }

    @Test func aLocaleThatIsNotUTF8GetsASCII() throws {
        let tmux = try session(environment: ["LANG": "C", "LC_ALL": "C"])
        #expect(tmux.waitFor("Operational Del"), "\(tmux.screen())")
        let screen = tmux.screen()
        let ascii = screen.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "\(screen)")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"))
        #expect(try terminalRestored())
    }

    /// The bytes hopdash writes, captured raw (tmux pipe-pane) from its first byte: under
    /// NO_COLOR no SGR sets a colour; without it the same check finds colours (so it can fail).
    @Test(arguments: [true, false])
    func noColorMeansNoColourEscapesInTheRawOutput(noColor: Bool) throws {
        let raw = directory + "/raw"
        let tmux = try session(environment: noColor ? ["NO_COLOR": "1"] : [:],
                               prefix: "while [ ! -e \(directory)/go ]; do sleep 0.05; done; ")
        try tmux.pipe(to: raw)
        #expect(FileManager.default.createFile(atPath: directory + "/go", contents: nil))
        #expect(tmux.waitFor("Operational Del"), "\(tmux.screen())")
        try tmux.send("Enter")
        #expect(tmux.waitFor("1 Maturity"), "\(tmux.screen())")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"))
        let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: raw)), as: UTF8.self)
        #expect(bytes.contains("Operational Del"))
        let colour = try Regex(#"\e\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m"#)
        #expect((bytes.firstMatch(of: colour) == nil) == noColor, "NO_COLOR=\(noColor): \(bytes.prefix(600).debugDescription)")
    }

    @Test func noColorMeansNoColourEscapes() throws {
        let tmux = try session(environment: ["NO_COLOR": "1"])
        #expect(tmux.waitFor("Operational Del"))
        let escaped = tmux.screen(escapes: true)
        // No SGR colour parameter (30-38, 40-48, 90-97, 100-107) appears; bold and reverse may, and
        // 39/49 are tmux restating the default colours.
        let colour = try Regex(#"\e\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m"#)
        #expect(escaped.firstMatch(of: colour) == nil, "\(escaped)")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"))
    }

    @Test func firstRunAsksBeforeCreatingAnything() throws {
        let fresh = directory + "/fresh/store.sqlite"
        let tmux = try Tmux("\(Paths.binary) --store \(fresh); echo finished")
        #expect(tmux.waitFor("There is no store yet"), "\(tmux.screen())")
        #expect(!FileManager.default.fileExists(atPath: fresh))
        try tmux.send("q")
        #expect(tmux.waitFor("finished"))
        #expect(!FileManager.default.fileExists(atPath: fresh))
    }
}

/// The binary works when copied away from the build folder (no resource bundle needed).
@Suite struct PortableBinaryTests {
    @Test func copiedBinaryStartsAndRendersTheFramework() throws {
        let directory = try Paths.temporaryDirectory()
        let copy = directory + "/hopdash"
        try FileManager.default.copyItem(atPath: Paths.binary, toPath: copy)
        let store = directory + "/s.sqlite"
        #expect(try Shell.run(copy, ["init", "--demo", "--store", store, "--today", "2026-10-01"]).status == 0)
        let result = try Shell.run(copy, ["snapshot", "--store", store, "--screen", "profession", "--profession", "POL",
                                          "--pane", "checklist", "--today", "2026-10-01"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("4 Checklist"))
        #expect(result.output.contains("principles"))
    }
}
