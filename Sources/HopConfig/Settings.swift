import Foundation
import HopApp
import HopLog
import HopModel

/// Where a setting in force came from.
public enum SettingSource: Equatable, Sendable, CustomStringConvertible {
    case flag(String)
    case environment(String)
    case file(path: String, line: Int)
    /// The built-in default; what it is when the value alone does not say.
    case builtIn(String?)

    public var description: String {
        switch self {
        case .flag(let name): "the \(name) option"
        case .environment(let name): "$\(name)"
        case .file(let path, let line): "\(path):\(line)"
        case .builtIn(let what): what.map { "the default: \($0)" } ?? "the default"
        }
    }
}

public struct Setting<Value: Equatable & Sendable>: Equatable, Sendable {
    public var value: Value
    public var source: SettingSource
    public init(value: Value, source: SettingSource) { self.value = value; self.source = source }
}

/// What is in force: for each setting the first of its option, its environment variable, the
/// config file, and the built-in default.
public struct Settings: Equatable, Sendable {
    public var store: Setting<String>
    public var user: Setting<String>
    public var theme: Setting<ThemeName>
    public var logLevel: Setting<LogLevel>
    /// The dashboard for a screen reader (`--screen-reader`): see `AppState.screenReader`.
    public var screenReader: Setting<Bool>
    /// Clicks and the wheel in the dashboard (`--no-mouse` turns them off; the kiosk never has them).
    public var mouse: Setting<Bool>
    /// Where the dashboard opens (`--open`): overview, departments or a profession's code.
    public var open: Setting<String>
    /// The keymap in force, and the overrides that made it (empty: the default keymap).
    public var bindings: [Binding]
    public var keyOverrides: [KeyOverride]
    /// The config file looked for, and whether it was there.
    public var configPath: String
    public var configFound: Bool

    /// The options that can override the file, as given (nil: not given).
    public struct Options: Equatable, Sendable {
        public var store: String?
        public var user: String?
        public var theme: ThemeName?
        public var logLevel: LogLevel?
        /// True when `--screen-reader` was given (a flag cannot say false: nil).
        public var screenReader: Bool?
        /// False when `--no-mouse` was given (nil: not given).
        public var mouse: Bool?
        public var open: String?
        public init(store: String? = nil, user: String? = nil, theme: ThemeName? = nil, logLevel: LogLevel? = nil,
                    screenReader: Bool? = nil, mouse: Bool? = nil, open: String? = nil) {
            self.store = store; self.user = user; self.theme = theme; self.logLevel = logLevel
            self.screenReader = screenReader; self.mouse = mouse; self.open = open
        }
    }

    /// The environment variables, one per setting.
    public enum Variable {
        public static let store = "HOPDASH_STORE"
        public static let user = "HOPDASH_USER"
        public static let theme = "HOPDASH_THEME"
        public static let logLevel = "HOPDASH_LOG_LEVEL"
        public static let screenReader = "HOPDASH_SCREEN_READER"
        public static let mouse = "HOPDASH_MOUSE"
        public static let open = "HOPDASH_OPEN"
    }

    /// Resolves every setting. An environment variable that is set but holds no valid value is
    /// an error (`ConfigError`), as a bad file is: nothing is silently ignored.
    public static func resolve(options: Options, environment: [String: String], file: ConfigFile?, configPath: String,
                               defaultStore: String, loginName: String) throws -> Settings {
        var problems: [String] = []
        func env(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        func pick<V>(_ option: V?, _ optionName: String, _ variable: String, parse: (String) -> V?, expected: String,
                     _ fileValue: FileValue<V>?, default fallback: V, _ defaultWhat: String?) -> Setting<V> {
            if let option { return Setting(value: option, source: .flag(optionName)) }
            if let text = env(variable) {
                if let value = parse(text) { return Setting(value: value, source: .environment(variable)) }
                problems.append("$\(variable): \"\(text)\" is not \(expected)")
            }
            if let fileValue { return Setting(value: fileValue.value, source: .file(path: configPath, line: fileValue.line)) }
            return Setting(value: fallback, source: .builtIn(defaultWhat))
        }
        let store = pick(options.store, "--store", Variable.store, parse: { $0 }, expected: "a path", file?.store,
                         default: defaultStore, nil)
        let user = pick(options.user.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 },
                        "--user", Variable.user, parse: { $0 }, expected: "a name", file?.user,
                        default: loginName, "your login name")
        let theme = pick(options.theme, "--theme", Variable.theme, parse: ThemeName.init(rawValue:),
                         expected: "a theme (\(ThemeName.names))", file?.theme, default: .default, nil)
        let logLevel = pick(options.logLevel, "--log-level", Variable.logLevel, parse: LogLevel.init(rawValue:),
                            expected: "a log level (\(LogLevel.allCases.map(\.rawValue).joined(separator: ", ")))",
                            file?.logLevel, default: .default, nil)
        let screenReader = pick(options.screenReader, "--screen-reader", Variable.screenReader, parse: parseSwitch,
                                expected: "1 or 0 (or true, false, yes, no, on, off)", file?.screenReader,
                                default: false, nil)
        let mouse = pick(options.mouse, "--no-mouse", Variable.mouse, parse: parseSwitch,
                         expected: "1 or 0 (or true, false, yes, no, on, off)", file?.mouse, default: true, nil)
        let open = pick(options.open, "--open", Variable.open, parse: { $0 }, expected: "a place", file?.open,
                        default: "overview", nil)
        guard problems.isEmpty else { throw ConfigError(problems: problems) }
        return Settings(store: store, user: user, theme: theme, logLevel: logLevel, screenReader: screenReader, mouse: mouse,
                        open: open,
                        bindings: file?.bindings ?? Keymap.bindings, keyOverrides: file?.keys ?? [],
                        configPath: configPath, configFound: file != nil)
    }

    /// An on/off environment variable's value: 1, true, yes, on or 0, false, no, off.
    static func parseSwitch(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "yes", "on": true
        case "0", "false", "no", "off": false
        default: nil
        }
    }

    /// `hopdash config --show`: each setting, its value and where it came from.
    public var report: String {
        var lines = ["config file  \(configPath)" + (configFound ? "" : " (none there: defaults apply)")]
        func row(_ name: String, _ value: String, _ source: SettingSource) {
            lines.append(name.padding(toLength: max(11, name.count), withPad: " ", startingAt: 0) + "  " + value + "  (from \(source))")
        }
        row("store", store.value, store.source)
        row("user", user.value, user.source)
        row("theme", theme.value.rawValue, theme.source)
        row("log-level", logLevel.value.rawValue, logLevel.source)
        row("screen-reader", screenReader.value ? "on" : "off", screenReader.source)
        row("mouse", mouse.value ? "on" : "off", mouse.source)
        row("open", open.value, open.source)
        if keyOverrides.isEmpty {
            lines.append("keys         the default keymap (see the KEYS section of hopdash(1))")
        }
        for override in keyOverrides {
            row("keys." + override.command, override.keys.joined(separator: ", "), .file(path: configPath, line: override.line))
        }
        // Values come from the command line, the environment and the config file: any of them
        // may hold text that would drive the terminal it is printed on.
        return lines.map(SafeText.line).joined(separator: "\n")
    }
}
