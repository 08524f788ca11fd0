import TerminalUI

/// One key binding: the single source for dispatch, the hint bar, screen footers, the help
/// overlay and the README's key table.
public struct Binding: Hashable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var scope: KeyScope
    public var description: String
    /// Short label for the hint bar and footers; nil keeps the binding out of both.
    public var hint: String?
    /// Changes stored data. Kiosk mode disables every such binding.
    public var mutates: Bool
    /// Shows people's names (members, their records, who changed what). Kiosk mode shows
    /// aggregates only, so it disables these too.
    public var showsNames: Bool
    /// Which hints the hint bar keeps when it cannot show them all: lower ranks first
    /// (`HintRank`); the ones kept are shown in scope order.
    public var hintRank: Int

    public init(_ keys: [Key], _ command: Command, scope: KeyScope, _ description: String, hint: String? = nil,
                rank: Int = HintRank.screen, mutates: Bool = false, showsNames: Bool = false) {
        self.keys = keys; self.command = command; self.scope = scope; self.description = description
        self.hint = hint; self.hintRank = rank; self.mutates = mutates; self.showsNames = showsNames
    }

    /// Why this binding cannot be used now, or nil when it can (lazygit's GetDisabledReason).
    public func disabledReason(_ state: AppState) -> String? {
        // Names first: a key that both shows names and writes (x, the access log) is refused for the names.
        if revealsNames && state.mode == .kiosk { return "names are not shown in kiosk mode" }
        if mutates && state.mode == .kiosk { return "read-only in kiosk mode" }
        if state.screen == .firstRun && needsStore { return "there is no store yet" }
        return nil
    }

    /// Shows names itself, or opens a screen that does.
    public var revealsNames: Bool {
        if showsNames { return true }
        if case .show(let screen) = command { return Features.all.contains { $0.screen == screen && $0.showsNames } }
        return false
    }

    /// Makes no sense before a store exists: opening a screen, reloading, filtering.
    var needsStore: Bool {
        if case .show = command { return true }
        return command == .refresh || command == .startFilter
    }

    public var keyLabel: String { keys.map(\.description).joined(separator: "/") }
}

/// The hint bar's order of keeping: help and quit always, then how to move about a screen,
/// then what edits or opens from it, then ways elsewhere.
public enum HintRank {
    public static let always = 0
    public static let screen = 1
    public static let editing = 2
    public static let elsewhere = 3
}

public enum Keymap {
    /// Every binding: each screen's own (`Features.all`, in order), then the app's.
    public static let bindings: [Binding] = Features.all.flatMap { $0.bindings } + appBindings

    /// Forms, questions, filters, help, the kiosk and keys that work everywhere.
    static let appBindings: [Binding] = [
        Binding([.char("y")], .confirmDelete, scope: .deletePrompt, "Delete it", hint: "Delete", mutates: true),
        Binding([.char("n"), .escape], .cancelDelete, scope: .deletePrompt, "Keep it", hint: "Keep"),
        // Forms
        Binding([.tab], .nextField, scope: .form, "Next field", hint: "Next"),
        Binding([.backTab], .previousField, scope: .form, "Previous field"),
        Binding([.enter], .submitField, scope: .form, "Next field; on the last field, save", mutates: true),
        Binding([.ctrl("s")], .saveForm, scope: .form, "Save", hint: "Save", mutates: true),
        Binding([.escape], .cancelForm, scope: .form, "Cancel (asks first if something changed)", hint: "Cancel"),
        Binding([.char("y")], .confirmDiscard, scope: .discardPrompt, "Discard the changes and close the form", hint: "Discard"),
        Binding([.char("n"), .escape], .keepEditing, scope: .discardPrompt, "Keep editing", hint: "Keep editing"),
        Binding([.char("r")], .reloadRecord, scope: .conflictPrompt, "Reload: show what is stored now, dropping my edits",
                hint: "Reload"),
        Binding([.char("o")], .overwriteRecord, scope: .conflictPrompt, "Overwrite what is stored now with my edits",
                hint: "Overwrite", mutates: true),
        Binding([.escape], .keepEditing, scope: .conflictPrompt, "Keep editing (nothing saved yet)", hint: "Keep editing"),
        // Typing a filter
        Binding([.enter], .closeOverlay, scope: .filter, "Keep the filter", hint: "Keep"),
        Binding([.escape], .back, scope: .filter, "Clear the filter", hint: "Clear"),
        // Help overlay
        Binding([.escape, .char("?")], .closeOverlay, scope: .help, "Close help", hint: "Close"),
        Binding([.down], .down, scope: .help, "Scroll down (help and change log)"),
        Binding([.up], .up, scope: .help, "Scroll up"),
        Binding([.pageDown], .pageDown, scope: .help, "Page down"),
        Binding([.pageUp], .pageUp, scope: .help, "Page up"),
        // Kiosk: a presenter's clicker, and the exit sequence (see KioskExit)
        Binding([.pageDown, .right, .char(" ")], .nextSlide, scope: .kiosk, "Next slide"),
        Binding([.pageUp, .left], .previousSlide, scope: .kiosk, "Previous slide"),
        Binding([.char("p")], .togglePause, scope: .kiosk, "Pause or resume the rotation"),
        Binding([.char("b")], .toggleBlank, scope: .kiosk, "Blank the screen, or show it again"),
    ] + KioskExit.sequence.map { key in
        Binding([key], .exitSequence(key), scope: .kiosk, "Exit: \(KioskExit.description)")
    } + [
        // Everywhere
        Binding([.char("?")], .showHelp, scope: .global, "Help: every key (type to search)", hint: "Help",
                rank: HintRank.always),
        Binding([.ctrl("l")], .refresh, scope: .global, "Reload from the store and redraw"),
        Binding([.char("u")], .undo, scope: .global, "Undo the last change made in this session (repeatable)",
                mutates: true),
        Binding([.char("q"), .ctrl("c")], .quit, scope: .global, "Quit", hint: "Quit", rank: HintRank.always),
    ]

    /// Every scope, in the order of its first binding, keys that work everywhere last.
    public static let allScopes: [KeyScope] = bindings.reduce(into: []) { scopes, binding in
        if binding.scope != .global && !scopes.contains(binding.scope) { scopes.append(binding.scope) }
    } + [.global]

    /// Scopes to search, most specific first.
    public static func scopes(for state: AppState) -> [KeyScope] {
        // The kiosk is locked down: its own keys and nothing else, whatever the screen.
        if state.mode == .kiosk { return [.kiosk] }
        if state.overlay != nil { return [.help] }
        if let form = state.form {
            switch form.prompt {
            case .discardChanges: return [.discardPrompt]
            case .conflict: return [.conflictPrompt]
            case nil: return [.form]
            }
        }
        let own = Features.feature(for: state.screen).scopes(state)
        return own.contains(where: \.isModal) ? own : own + [.global]
    }

    /// The action for a key: the first binding in scope order, else typed text. A binding that
    /// cannot be used now says why (on the status line) rather than doing nothing. In kiosk
    /// mode an unbound key is ignored (nil): nothing is typed, nothing quits; only in the
    /// middle of the exit sequence does it count, as a wrong key that starts the sequence over.
    public static func resolve(_ key: Key, state: AppState) -> Action? {
        for scope in scopes(for: state) {
            for binding in state.bindings where binding.scope == scope && binding.keys.contains(key) {
                if let reason = binding.disabledReason(state) { return .refused("\(key): \(reason).") }
                return .command(binding.command)
            }
        }
        guard state.mode == .kiosk else { return .text(key) }
        return state.kiosk.exitProgress > 0 ? .command(.exitSequence(key)) : nil
    }

    /// The bindings to show in the hint bar now, in scope order, each with its rank.
    /// A binding whose every key a scope before it claims is left out: it cannot be reached.
    public static func hints(for state: AppState) -> [HintItem] {
        var claimed = Set<Key>()
        return scopes(for: state).flatMap { scope in
            let own = state.bindings.filter { $0.scope == scope }
            defer { claimed.formUnion(own.flatMap(\.keys)) }
            return own.filter { $0.hint != nil && $0.disabledReason(state) == nil && !$0.keys.allSatisfy(claimed.contains) }
                .map { HintItem(key: $0.keyLabel, label: $0.hint!, rank: $0.hintRank) }
        }
    }

    /// A scope's hinted keys as one line for a pane or list border: "n new · e edit · Esc back".
    /// Given a `width` the line does not fit, it keeps the hints of the lowest rank first (then
    /// the earliest bound), in their order, and ends in "? more" (help lists every key).
    public static func footer(_ scope: KeyScope, state: AppState, width: Int? = nil) -> String {
        let shown = state.bindings.filter { $0.scope == scope && $0.hint != nil && $0.disabledReason(state) == nil }
        let hints = shown.map { "\(state.screenReader ? $0.keys[0].description : compact($0.keys[0])) \($0.hint!.lowercased())" }
        let separator = " · "
        let whole = hints.joined(separator: separator)
        guard let width, DisplayWidth.of(whole) > width else { return whole }
        let more = "? more"
        var room = width - DisplayWidth.of(more)
        var kept = Set<Int>()
        let priority = hints.indices.sorted { (shown[$0].hintRank, $0) < (shown[$1].hintRank, $1) }
        for i in priority {
            let cost = DisplayWidth.of(hints[i]) + DisplayWidth.of(separator)
            guard cost <= room else { break }
            room -= cost
            kept.insert(i)
        }
        return (hints.indices.filter(kept.contains).map { hints[$0] } + [more]).joined(separator: separator)
    }

    /// Arrow keys as arrows, where a border has little room.
    static func compact(_ key: Key) -> String {
        switch key {
        case .left: "←"
        case .right: "→"
        case .up: "↑"
        case .down: "↓"
        default: key.description
        }
    }

    /// The first key bound to a command in a scope (for text that names a key).
    public static func key(for command: Command, in scope: KeyScope? = nil, bindings: [Binding] = Keymap.bindings) -> Key? {
        bindings.first { $0.command == command && (scope == nil || $0.scope == scope) }?.keys.first
    }
}
