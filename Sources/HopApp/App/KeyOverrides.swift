import TerminalUI

/// A user's rebinding of one command: the keys that replace its default keys wherever it is
/// bound. `line` is where it was written (the config file's line), for error messages.
public struct KeyOverride: Hashable, Sendable {
    public var command: String
    public var keys: [String]
    public var line: Int

    public init(command: String, keys: [String], line: Int) {
        self.command = command; self.keys = keys; self.line = line
    }
}

/// One reason a set of key overrides was refused, naming the line it is about.
public struct KeyOverrideProblem: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Applies key overrides to a binding list: a pure function, so the keymap stays one list and
/// the result is checked before the app starts.
public enum KeyOverrides {
    /// The name a command goes by in a config file: its case name in kebab case
    /// ("show-help", "next-slide"), with the pane for `focus-pane-maturity` and the like. The
    /// kiosk's exit sequence has no name: it cannot be rebound.
    public static func name(of command: Command) -> String? {
        switch command {
        case .focusPane(let pane): return "focus-pane-" + kebab(String(describing: pane))
        case .show(let screen): return "show-" + kebab(screen.id)
        case .exitSequence: return nil
        default: return kebab(String(describing: command))
        }
    }

    /// Every name a config file may use, in keymap order.
    public static func commandNames(in bindings: [Binding]) -> [String] {
        var seen = Set<String>()
        return bindings.compactMap { name(of: $0.command) }.filter { seen.insert($0).inserted }
    }

    /// The bindings with each override's keys in place of its command's keys. Every problem is
    /// reported, not just the first: an unknown command or key name, a command given no key, and
    /// a key that would then be bound twice where it could be pressed (in one scope, or in a
    /// screen's scope and everywhere).
    public static func apply(_ overrides: [KeyOverride], to bindings: [Binding]) -> Result<[Binding], KeyOverrideFailure> {
        var problems: [KeyOverrideProblem] = []
        let known = Set(commandNames(in: bindings))
        var replacement: [String: (keys: [Key], line: Int)] = [:]
        for override in overrides {
            guard known.contains(override.command) else {
                problems.append(.init(line: override.line, message: "unknown command \"\(override.command)\"" + suggestion(override.command, known)))
                continue
            }
            guard !override.keys.isEmpty else {
                problems.append(.init(line: override.line, message: "\"\(override.command)\" is given no key, so it could not be used"))
                continue
            }
            var keys: [Key] = []
            for name in override.keys {
                guard let key = Key(name: name) else {
                    problems.append(.init(line: override.line, message: "\"\(name)\" is not a key; write one character, "
                        + "Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, "
                        + "PgUp, PgDn, Ctrl- and a letter, or F1 to F12"))
                    continue
                }
                if keys.contains(key) {
                    problems.append(.init(line: override.line, message: "key \"\(key)\" is listed twice for \"\(override.command)\""))
                } else {
                    keys.append(key)
                }
            }
            replacement[override.command] = (keys, override.line)
        }
        var result = bindings
        for index in result.indices {
            if let name = name(of: result[index].command), let new = replacement[name] { result[index].keys = new.keys }
        }
        // Only keys the overrides introduced can clash: the default keymap has no clash (a test says so).
        for clash in clashes(in: result) {
            let unnamed = "the kiosk's exit sequence"
            let nameA = name(of: clash.first.command) ?? unnamed, nameB = name(of: clash.second.command) ?? unnamed
            guard replacement[nameA] != nil || replacement[nameB] != nil else { continue }
            // The later of the two lines is named; the message says where the other binding is.
            let (mine, other) = (replacement[nameB]?.line ?? 0) > (replacement[nameA]?.line ?? 0)
                ? ((nameB, clash.second), (nameA, clash.first)) : ((nameA, clash.first), (nameB, clash.second))
            let otherWhere = replacement[other.0].map { "line \($0.line)" } ?? "by default"
            let problem = KeyOverrideProblem(line: replacement[mine.0]!.line, message: "key \"\(clash.key)\" would be bound twice: "
                + "to \"\(mine.0)\" (\(mine.1.scope.title)) and to \"\(other.0)\" (\(other.1.scope.title), \(otherWhere))")
            if !problems.contains(problem) { problems.append(problem) }
        }
        guard problems.isEmpty else { return .failure(KeyOverrideFailure(problems: problems.sorted { $0.line < $1.line })) }
        return .success(result)
    }

    /// Keys bound to two different commands where both bindings are looked up together, so the
    /// one found first would hide the other: in one scope, or in a screen's scope and the global
    /// one (which every screen falls back to). A dashboard pane's keys are meant to come before
    /// the dashboard's, so those are not clashes. Each clash is given once.
    public static func clashes(in bindings: [Binding]) -> [(key: Key, first: Binding, second: Binding)] {
        var found: [(key: Key, first: Binding, second: Binding)] = []
        for (a, first) in bindings.enumerated() {
            for second in bindings[(a + 1)...] where second.command != first.command && meet(first.scope, second.scope) {
                for key in first.keys where second.keys.contains(key) { found.append((key, first, second)) }
            }
        }
        return found
    }

    /// Whether two scopes are looked up together: the same scope, or a screen's scope and the
    /// global one. Prompts, forms, the filter, help and the kiosk stand alone.
    static func meet(_ a: KeyScope, _ b: KeyScope) -> Bool {
        if a == b { return true }
        return (a == .global || b == .global) && !a.isModal && !b.isModal
    }

    private static func kebab(_ camel: String) -> String {
        var out = ""
        for c in camel {
            if c.isUppercase { out += "-" + c.lowercased() } else { out.append(c) }
        }
        return out
    }

    private static func suggestion(_ name: String, _ known: Set<String>) -> String {
        let close = known.filter { $0.contains(name.lowercased()) || name.lowercased().contains($0) }.sorted()
        return close.isEmpty ? " (the names are listed by 'hopdash config --commands')" : "; did you mean " + close.prefix(3).map { "\"\($0)\"" }.joined(separator: " or ") + "?"
    }
}

/// Key overrides that were refused; nothing was applied.
public struct KeyOverrideFailure: Error, Hashable, Sendable {
    public var problems: [KeyOverrideProblem]
}
