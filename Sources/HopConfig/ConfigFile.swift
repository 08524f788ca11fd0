import Foundation
import HopApp
import HopLog
import TOMLKit

/// A value read from the config file, with the line it is written on.
public struct FileValue<Value: Equatable & Sendable>: Equatable, Sendable {
    public var value: Value
    public var line: Int
    public init(value: Value, line: Int) { self.value = value; self.line = line }
}

/// `config.toml`: every setting optional. Read all at once and checked whole: a file with any
/// problem is refused with every problem listed, each naming its line.
///
///     store = "~/hop/store.sqlite"   # absolute, or under ~/
///     user = "Jo Bloggs"             # the change log's name for your edits
///     theme = "high-contrast"        # default, high-contrast or monochrome
///     log-level = "info"             # off, error, info or debug
///     screen-reader = true           # the dashboard for a screen reader
///     mouse = false                  # no clicks or wheel in the dashboard
///     open = "FIN"                   # where the dashboard opens: overview, departments or a code
///     [keys]                         # command = key, or [keys]; names as in the help
///     quit = ["x", "Ctrl-C"]
public struct ConfigFile: Equatable, Sendable {
    public var path: String
    public var store: FileValue<String>?
    public var user: FileValue<String>?
    public var theme: FileValue<ThemeName>?
    public var logLevel: FileValue<LogLevel>?
    public var screenReader: FileValue<Bool>?
    public var mouse: FileValue<Bool>?
    /// Where the dashboard opens, as written (a profession's code is looked up in the store).
    public var open: FileValue<String>?
    /// The `[keys]` overrides as written, and the keymap with them applied.
    public var keys: [KeyOverride] = []
    public var bindings: [Binding] = Keymap.bindings

    public static let settingNames = ["store", "user", "theme", "log-level", "screen-reader", "mouse", "open", "keys"]

    /// The file at `path`, or nil when there is none.
    public static func load(path: String, home: String) throws -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(problems: ["\(path): cannot be read (check its permissions)"])
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ConfigError(problems: ["\(path): is not UTF-8 text"]) }
        return try parse(text, path: path, home: home)
    }

    public static func parse(_ text: String, path: String, home: String) throws -> ConfigFile {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw ConfigError(problems: ["\(path):\(error.source.begin.line):\(error.source.begin.column): \(error.description)"])
        }
        let lines = TOMLLines(text)
        var problems: [(line: Int, message: String)] = []
        func line(_ key: String) -> Int { lines.line(of: key) ?? 0 }
        func problem(_ key: String, _ message: String) { problems.append((line(key), message)) }

        var file = ConfigFile(path: path)
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "store":
                guard let text = nonEmptyString(value, key, problem) else { continue }
                if text.hasPrefix("/") {
                    file.store = FileValue(value: text, line: line(key))
                } else if text.hasPrefix("~/") {
                    file.store = FileValue(value: home + text.dropFirst(), line: line(key))
                } else {
                    problem(key, "store \"\(text)\" must be an absolute path or start with ~/")
                }
            case "user":
                guard let text = nonEmptyString(value, key, problem) else { continue }
                file.user = FileValue(value: text, line: line(key))
            case "theme":
                guard let text = nonEmptyString(value, key, problem) else { continue }
                guard let theme = ThemeName(rawValue: text) else {
                    problem(key, "unknown theme \"\(text)\"; expected one of \(ThemeName.names)")
                    continue
                }
                file.theme = FileValue(value: theme, line: line(key))
            case "log-level":
                guard let text = nonEmptyString(value, key, problem) else { continue }
                guard let level = LogLevel(rawValue: text) else {
                    problem(key, "unknown log-level \"\(text)\"; expected one of \(LogLevel.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                file.logLevel = FileValue(value: level, line: line(key))
            case "screen-reader":
                guard let on = value.bool else {
                    problem(key, "\(key) must be true or false, without quotes")
                    continue
                }
                file.screenReader = FileValue(value: on, line: line(key))
            case "mouse":
                guard let on = value.bool else {
                    problem(key, "\(key) must be true or false, without quotes")
                    continue
                }
                file.mouse = FileValue(value: on, line: line(key))
            case "open":
                guard let text = nonEmptyString(value, key, problem) else { continue }
                file.open = FileValue(value: text, line: line(key))
            case "keys":
                guard let keys = value.table else {
                    problem(key, "keys must be a table: a [keys] section of command = \"key\" or [\"key\", ...]")
                    continue
                }
                for command in keys.keys.sorted() {
                    guard let keyValue = keys[command] else { continue }
                    let where_ = "keys." + command
                    if let single = keyValue.string {
                        file.keys.append(KeyOverride(command: command, keys: [single], line: line(where_)))
                    } else if let array = keyValue.array, array.allSatisfy({ $0.string != nil }) {
                        file.keys.append(KeyOverride(command: command, keys: array.compactMap(\.string), line: line(where_)))
                    } else {
                        problem(where_, "\(command) must be a key in quotes, or a list of them: \(command) = \"x\" or [\"x\", \"Ctrl-X\"]")
                    }
                }
            default:
                problem(key, "unknown setting \"\(key)\"; expected one of \(settingNames.joined(separator: ", "))")
            }
        }
        switch KeyOverrides.apply(file.keys, to: Keymap.bindings) {
        case .success(let bindings): file.bindings = bindings
        case .failure(let failure): problems += failure.problems.map { ($0.line, "in [keys]: " + $0.message) }
        }
        guard problems.isEmpty else {
            throw ConfigError(problems: problems.sorted { $0.line < $1.line }.map { "\(path):\($0.line): \($0.message)" })
        }
        return file
    }

    private init(path: String) { self.path = path }

    private static func nonEmptyString(_ value: TOMLValueConvertible, _ key: String,
                                       _ problem: (String, String) -> Void) -> String? {
        guard let text = value.string else {
            problem(key, "\(key) must be text in quotes")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            problem(key, "\(key) is empty; remove the line to use the default")
            return nil
        }
        return trimmed
    }
}
