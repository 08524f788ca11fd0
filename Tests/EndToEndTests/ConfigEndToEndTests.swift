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
        #expect(snapshot.status == 0 && snapshot.output.contains("Operational Deliv"), "\(snapshot.error)")
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
