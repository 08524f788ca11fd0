import HopConfig
import HopLog
import Testing

/// What wins: an option over its environment variable, the variable over the config file, the
/// file over the default; and each setting says where it came from.
@Suite struct SettingsTests {
    let configPath = "/home/jo/.config/hopdash/config.toml"

    func file() throws -> ConfigFile {
        try ConfigFile.parse("""
            store = "/srv/hop/store.sqlite"
            user = "File User"
            theme = "monochrome"
            log-level = "error"
            """, path: configPath, home: "/home/jo")
    }

    func resolve(_ options: Settings.Options = .init(), environment: [String: String] = [:], file: ConfigFile?) throws -> Settings {
        try Settings.resolve(options: options, environment: environment, file: file, configPath: configPath,
                             defaultStore: "/home/jo/.local/share/hopdash/store.sqlite", loginName: "jo")
    }

    @Test func withNothingSetTheDefaultsApply() throws {
        let settings = try resolve(file: nil)
        #expect(settings.store == Setting(value: "/home/jo/.local/share/hopdash/store.sqlite", source: .builtIn(nil)))
        #expect(settings.user == Setting(value: "jo", source: .builtIn("your login name")))
        #expect(settings.theme == Setting(value: .default, source: .builtIn(nil)))
        #expect(settings.logLevel == Setting(value: .info, source: .builtIn(nil)))
        #expect(!settings.configFound)
    }

    @Test func theFileBeatsTheDefaults() throws {
        let settings = try resolve(file: try file())
        #expect(settings.store == Setting(value: "/srv/hop/store.sqlite", source: .file(path: configPath, line: 1)))
        #expect(settings.user == Setting(value: "File User", source: .file(path: configPath, line: 2)))
        #expect(settings.theme == Setting(value: .monochrome, source: .file(path: configPath, line: 3)))
        #expect(settings.logLevel == Setting(value: .error, source: .file(path: configPath, line: 4)))
    }

    @Test func theEnvironmentBeatsTheFile() throws {
        let settings = try resolve(environment: ["HOPDASH_STORE": "/tmp/env.sqlite", "HOPDASH_USER": "Env User",
                                                 "HOPDASH_THEME": "high-contrast", "HOPDASH_LOG_LEVEL": "debug"],
                                   file: try file())
        #expect(settings.store == Setting(value: "/tmp/env.sqlite", source: .environment("HOPDASH_STORE")))
        #expect(settings.user == Setting(value: "Env User", source: .environment("HOPDASH_USER")))
        #expect(settings.theme == Setting(value: .highContrast, source: .environment("HOPDASH_THEME")))
        #expect(settings.logLevel == Setting(value: .debug, source: .environment("HOPDASH_LOG_LEVEL")))
    }

    @Test func optionsBeatTheEnvironment() throws {
        let settings = try resolve(.init(store: "/tmp/flag.sqlite", user: "Flag User", theme: .default, logLevel: .off),
                                   environment: ["HOPDASH_STORE": "/tmp/env.sqlite", "HOPDASH_USER": "Env User",
                                                 "HOPDASH_THEME": "high-contrast", "HOPDASH_LOG_LEVEL": "debug"],
                                   file: try file())
        #expect(settings.store == Setting(value: "/tmp/flag.sqlite", source: .flag("--store")))
        #expect(settings.user == Setting(value: "Flag User", source: .flag("--user")))
        #expect(settings.theme == Setting(value: .default, source: .flag("--theme")))
        #expect(settings.logLevel == Setting(value: .off, source: .flag("--log-level")))
    }

    @Test func anEmptyVariableOrBlankUserCountsAsUnset() throws {
        let settings = try resolve(.init(user: "  "), environment: ["HOPDASH_STORE": "", "HOPDASH_USER": " "], file: try file())
        #expect(settings.store.source == .file(path: configPath, line: 1))
        #expect(settings.user.source == .file(path: configPath, line: 2))
    }

    @Test func aVariableWithABadValueIsAnError() {
        #expect(throws: ConfigError(problems: [
            "$HOPDASH_THEME: \"neon\" is not a theme (default, high-contrast, monochrome)",
            "$HOPDASH_LOG_LEVEL: \"loud\" is not a log level (off, error, info, debug)",
        ])) {
            try resolve(environment: ["HOPDASH_THEME": "neon", "HOPDASH_LOG_LEVEL": "loud"], file: nil)
        }
    }

    @Test func screenReaderModeComesFromTheOptionTheVariableOrTheFile() throws {
        let file = try ConfigFile.parse("screen-reader = true\n", path: configPath, home: "/home/jo")
        #expect(try resolve(file: nil).screenReader == Setting(value: false, source: .builtIn(nil)))
        #expect(try resolve(file: file).screenReader == Setting(value: true, source: .file(path: configPath, line: 1)))
        #expect(try resolve(environment: ["HOPDASH_SCREEN_READER": "0"], file: file).screenReader
            == Setting(value: false, source: .environment("HOPDASH_SCREEN_READER")))
        #expect(try resolve(environment: ["HOPDASH_SCREEN_READER": "1"], file: nil).screenReader.value)
        #expect(try resolve(.init(screenReader: true), environment: ["HOPDASH_SCREEN_READER": "0"], file: nil).screenReader
            == Setting(value: true, source: .flag("--screen-reader")))
        #expect(throws: ConfigError(problems: ["$HOPDASH_SCREEN_READER: \"maybe\" is not 1 or 0 (or true, false, yes, no, on, off)"])) {
            try resolve(environment: ["HOPDASH_SCREEN_READER": "maybe"], file: nil)
        }
        #expect(throws: ConfigError(problems: ["\(configPath):1: screen-reader must be true or false, without quotes"])) {
            try ConfigFile.parse("screen-reader = \"yes\"\n", path: configPath, home: "/home/jo")
        }
    }

    @Test func theMouseIsOnUnlessTheOptionTheVariableOrTheFileTurnsItOff() throws {
        let file = try ConfigFile.parse("mouse = false\n", path: configPath, home: "/home/jo")
        #expect(try resolve(file: nil).mouse == Setting(value: true, source: .builtIn(nil)))
        #expect(try resolve(file: file).mouse == Setting(value: false, source: .file(path: configPath, line: 1)))
        #expect(try resolve(environment: ["HOPDASH_MOUSE": "on"], file: file).mouse
            == Setting(value: true, source: .environment("HOPDASH_MOUSE")))
        #expect(try resolve(.init(mouse: false), environment: ["HOPDASH_MOUSE": "1"], file: nil).mouse
            == Setting(value: false, source: .flag("--no-mouse")))
        #expect(throws: ConfigError(problems: ["\(configPath):1: mouse must be true or false, without quotes"])) {
            try ConfigFile.parse("mouse = 0\n", path: configPath, home: "/home/jo")
        }
    }

    @Test func theDashboardOpensWhereTheOptionTheVariableOrTheFileSays() throws {
        let file = try ConfigFile.parse("user = \"Jo\"\nopen = \" FIN \"\n", path: configPath, home: "/home/jo")
        #expect(try resolve(file: nil).open == Setting(value: "overview", source: .builtIn(nil)))
        #expect(try resolve(file: file).open == Setting(value: "FIN", source: .file(path: configPath, line: 2)))
        #expect(try resolve(environment: ["HOPDASH_OPEN": "departments"], file: file).open
            == Setting(value: "departments", source: .environment("HOPDASH_OPEN")))
        #expect(try resolve(.init(open: "POL"), environment: ["HOPDASH_OPEN": "departments"], file: file).open
            == Setting(value: "POL", source: .flag("--open")))
        #expect(throws: ConfigError(problems: ["\(configPath):1: open is empty; remove the line to use the default"])) {
            try ConfigFile.parse("open = \"\"\n", path: configPath, home: "/home/jo")
        }
    }

    @Test func theReportSaysWhereEachValueCameFrom() throws {
        let overridden = try ConfigFile.parse("[keys]\nquit = \"X\"\n", path: configPath, home: "/home/jo")
        let report = try resolve(.init(theme: .highContrast), environment: ["HOPDASH_USER": "Env User"], file: overridden).report
        #expect(report == """
            config file  \(configPath)
            store        /home/jo/.local/share/hopdash/store.sqlite  (from the default)
            user         Env User  (from $HOPDASH_USER)
            theme        high-contrast  (from the --theme option)
            log-level    info  (from the default)
            screen-reader  off  (from the default)
            mouse        on  (from the default)
            open         overview  (from the default)
            keys.quit    X  (from \(configPath):2)
            """)
    }

    @Test func configPathsFollowXDG() {
        #expect(ConfigPaths.configFile(environment: [:], home: "/home/jo") == "/home/jo/.config/hopdash/config.toml")
        #expect(ConfigPaths.configFile(environment: ["XDG_CONFIG_HOME": "/cfg"], home: "/home/jo") == "/cfg/hopdash/config.toml")
        // A relative value is ignored, as the XDG rules say.
        #expect(ConfigPaths.configFile(environment: ["XDG_CONFIG_HOME": "cfg"], home: "/home/jo") == "/home/jo/.config/hopdash/config.toml")
        #expect(ConfigPaths.stateDirectory(environment: [:], home: "/home/jo") == "/home/jo/.local/state/hopdash")
        #expect(ConfigPaths.stateDirectory(environment: ["XDG_STATE_HOME": "/st"], home: "/home/jo") == "/st/hopdash")
    }
}
