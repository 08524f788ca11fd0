import Foundation
import Testing

/// The config file as an installed hopdash reads it: key overrides driving the real dashboard
/// under tmux, settings shown with their sources, and a bad file refused with its line.
@Suite struct ConfigEndToEndTests {
    let directory: String
    let store: String
    let configHome: String

    init() throws {
        (directory, store) = try Paths.demoStore()
        configHome = directory + "/config"
        try FileManager.default.createDirectory(atPath: configHome + "/hopdash", withIntermediateDirectories: true)
    }

    func writeConfig(_ text: String) throws {
        try text.write(toFile: configHome + "/hopdash/config.toml", atomically: true, encoding: .utf8)
    }

    @Test func aKeyOverrideWorksInTheDashboardAndTheOldKeyNoLonger() throws {
        try writeConfig("[keys]\nquit = \"X\"\nshow-help = \"F1\"\n")
        let tmux = try Tmux("\(Paths.binary) --store \(store); echo hopdash-exited-$?", environment: ["XDG_CONFIG_HOME": configHome])
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        // The hint bar shows the keys in force.
        #expect(tmux.waitFor("F1 Help  X Quit"), "\(tmux.screen())")
        // q no longer quits: the F1 pressed after it is still answered, by the help overlay.
        try tmux.send("q")
        try tmux.send("F1")
        #expect(tmux.waitFor("Help: keys"), "\(tmux.screen())")
        #expect(!tmux.screen().contains("hopdash-exited"))
        try tmux.send("Escape")
        #expect(tmux.waitForAbsence("Help: keys"))
        try tmux.send("X")
        #expect(tmux.waitFor("hopdash-exited-0"), "\(tmux.screen())")
    }

    /// The file's theme reaches the terminal, and --theme wins over it: monochrome draws no colour.
    @Test(arguments: [false, true])
    func theThemeFromTheFileOrTheOptionIsDrawn(option: Bool) throws {
        try writeConfig("theme = \"monochrome\"\n")
        let raw = directory + "/raw-\(option)"
        let tmux = try Tmux("while [ ! -e \(directory)/go-\(option) ]; do sleep 0.05; done; "
                            + "\(Paths.binary) --store \(store) \(option ? "--theme default" : ""); echo finished",
                            environment: ["XDG_CONFIG_HOME": configHome])
        try tmux.pipe(to: raw)
        #expect(FileManager.default.createFile(atPath: directory + "/go-\(option)", contents: nil))
        #expect(tmux.waitFor("Operational Del"), "\(tmux.screen())")
        try tmux.send("q")
        #expect(tmux.waitFor("finished"))
        let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: raw)), as: UTF8.self)
        #expect(bytes.contains("Operational Del"))
        let colour = try Regex(#"\e\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m"#)
        #expect((bytes.firstMatch(of: colour) != nil) == option, "--theme default given: \(option)")
    }

    /// A Head of Profession's own dashboard first: the file's open, Esc to the overview; a code
    /// the store does not have is refused with where it was given and the codes there are.
    @Test func theDashboardOpensAtTheFilesProfession() throws {
        try writeConfig("open = \"fin\"\n")
        let tmux = try Tmux("\(Paths.binary) --store \(store); echo hopdash-exited-$?", environment: ["XDG_CONFIG_HOME": configHome])
        #expect(tmux.waitFor("hopdash · Finance (FIN)"), "\(tmux.screen())")
        try tmux.send("Escape")
        #expect(tmux.waitFor("Cross-profession overview"), "\(tmux.screen())")
        try tmux.send("q")
        #expect(tmux.waitFor("hopdash-exited-0"), "\(tmux.screen())")
        let result = try Shell.run(Paths.binary, ["--store", store, "--open", "NOPE"],
                                   environment: ["XDG_CONFIG_HOME": configHome, "HOME": directory])
        #expect(result.status == 1)
        #expect(result.error.contains("open \"NOPE\" (from the --open option): No profession with code \"NOPE\""), "\(result.error)")
        #expect(result.error.contains("FIN") && result.error.contains("Or overview, or departments."))
    }

    @Test func configShowNamesTheSourceOfEachSetting() throws {
        try writeConfig("store = \"\(store)\"\ntheme = \"monochrome\"\n")
        let result = try Shell.run(Paths.binary, ["config", "--show", "--theme", "high-contrast"],
                                   environment: ["XDG_CONFIG_HOME": configHome, "HOME": directory, "HOPDASH_USER": "Env User",
                                                 "PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.error)")
        let config = configHome + "/hopdash/config.toml"
        #expect(result.output.contains("store        \(store)  (from \(config):1)"), "\(result.output)")
        #expect(result.output.contains("user         Env User  (from $HOPDASH_USER)"))
        #expect(result.output.contains("theme        high-contrast  (from the --theme option)"))
        // The file's store is the one commands use.
        let snapshot = try Shell.run(Paths.binary, ["snapshot", "--today", "2026-10-01"],
                                     environment: ["XDG_CONFIG_HOME": configHome, "HOME": directory])
        #expect(snapshot.status == 0 && snapshot.output.contains("Operational Del"), "\(snapshot.error)")
    }

    @Test func aBadConfigFileStopsEveryCommandWithItsLine() throws {
        try writeConfig("theme = \"neon\"\n")
        let result = try Shell.run(Paths.binary, ["snapshot", "--store", store],
                                   environment: ["XDG_CONFIG_HOME": configHome, "HOME": directory])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("\(configHome)/hopdash/config.toml:1: unknown theme \"neon\""), "\(result.error)")
    }
}
