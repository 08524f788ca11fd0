import HopApp
import HopModel
import Testing
import TerminalUI

/// Key overrides as a pure function over the keymap, and the app resolving keys through the
/// keymap in its state.
@Suite struct KeyOverridesTests {
    @Test func theDefaultKeymapHasNoClashUnderTheRule() {
        // The rule agrees with the keymap as shipped, so only a user's keys can break it.
        let clashes = KeyOverrides.clashes(in: Keymap.bindings).map { "\($0.key): \($0.first.description) / \($0.second.description)" }
        #expect(clashes.isEmpty, "\(clashes)")
        var doubled = Keymap.bindings
        doubled.append(Binding([.char("o")], .showHelp, scope: .seminar, "clash"))
        #expect(KeyOverrides.clashes(in: doubled).count == 1)
    }

    @Test func namesAreKebabCaseAndCoverPanes() {
        #expect(KeyOverrides.name(of: .showHelp) == "show-help")
        #expect(KeyOverrides.name(of: .focusPane(.cpd)) == "focus-pane-cpd")
        #expect(KeyOverrides.name(of: .exitSequence(.escape)) == nil)
        #expect(KeyOverrides.commandNames(in: Keymap.bindings).contains("next-slide"))
    }

    @Test func anOverriddenKeyDrivesTheAppAndTheOldOneNoLonger() throws {
        let bindings = try KeyOverrides.apply([KeyOverride(command: "show-help", keys: ["F1"], line: 1)], to: Keymap.bindings).get()
        var state = AppState(mode: .interactive, screen: .overview, size: Size(width: 80, height: 24),
                             today: Day(iso: "2026-10-01")!, framework: Framework.embedded)
        #expect(Keymap.resolve(.char("?"), state: state) == .command(.showHelp))
        state.bindings = bindings
        #expect(Keymap.resolve(.function(1), state: state) == .command(.showHelp))
        #expect(Keymap.resolve(.char("?"), state: state) == .text(.char("?")))
        #expect(Keymap.hints(for: state).contains { $0.key == "F1" && $0.label == "Help" })
    }

    @Test func keyNamesReadAsTheHelpWritesThem() {
        for key: Key in [.char("x"), .char("?"), .char(" "), .ctrl("s"), .enter, .escape, .tab, .backTab, .pageDown, .function(12)] {
            #expect(Key(name: key.description) == key, "\(key)")
        }
        #expect(Key(name: "ctrl-s") == .ctrl("s"))
        #expect(Key(name: "Ctrl-I") == nil)
        #expect(Key(name: "F13") == nil)
        #expect(Key(name: "") == nil)
        #expect(Key(name: "xy") == nil)
    }
}
