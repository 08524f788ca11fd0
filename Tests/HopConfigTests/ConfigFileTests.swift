import Foundation
import HopApp
import HopConfig
import HopLog
import Testing
import TerminalUI

/// config.toml as a user writes it: every setting read with its line, and every way it can be
/// wrong refused with a message naming the file and the line.
@Suite struct ConfigFileTests {
    let path = "/etc/hop/config.toml"

    func parse(_ text: String) throws -> ConfigFile { try ConfigFile.parse(text, path: path, home: "/home/jo") }

    /// The problems a text is refused with (fails the test if it is accepted).
    func problems(_ text: String) -> [String] {
        do {
            _ = try parse(text)
            Issue.record("accepted: \(text)")
            return []
        } catch let error as ConfigError {
            return error.problems
        } catch {
            Issue.record("\(error)")
            return []
        }
    }

    @Test func everySettingIsReadWithItsLine() throws {
        let file = try parse("""
            # hopdash
            store = "~/hop/store.sqlite"
            user = "Jo Bloggs"
            theme = "high-contrast"
            log-level = "debug"

            [keys]
            quit = ["X", "Ctrl-C"]
            show-help = "F1"
            """)
        #expect(file.store == FileValue(value: "/home/jo/hop/store.sqlite", line: 2))
        #expect(file.user == FileValue(value: "Jo Bloggs", line: 3))
        #expect(file.theme == FileValue(value: .highContrast, line: 4))
        #expect(file.logLevel == FileValue(value: .debug, line: 5))
        #expect(file.keys == [KeyOverride(command: "quit", keys: ["X", "Ctrl-C"], line: 8),
                              KeyOverride(command: "show-help", keys: ["F1"], line: 9)])
        let quit = file.bindings.filter { $0.command == .quit }
        #expect(!quit.isEmpty && quit.allSatisfy { $0.keys == [.char("X"), .ctrl("c")] })
        #expect(file.bindings.filter { $0.command == .showHelp }.allSatisfy { $0.keys == [.function(1)] })
    }

    @Test func anEmptyFileChangesNothing() throws {
        let file = try parse("")
        #expect(file.store == nil && file.user == nil && file.theme == nil && file.logLevel == nil)
        #expect(file.bindings == Keymap.bindings)
    }

    @Test func aSyntaxErrorNamesLineAndColumn() {
        let found = problems("user = \"Jo\"\ntheme = high-contrast\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(path):2:9: ") == true, "\(found)")
    }

    @Test func everyBadValueIsNamedByItsLine() {
        #expect(problems("store = 3") == ["\(path):1: store must be text in quotes"])
        #expect(problems("\nuser = \"  \"") == ["\(path):2: user is empty; remove the line to use the default"])
        #expect(problems("store = \"hop/store.sqlite\"")
            == ["\(path):1: store \"hop/store.sqlite\" must be an absolute path or start with ~/"])
        #expect(problems("theme = \"neon\"")
            == ["\(path):1: unknown theme \"neon\"; expected one of default, high-contrast, monochrome"])
        #expect(problems("log-level = \"loud\"")
            == ["\(path):1: unknown log-level \"loud\"; expected one of off, error, info, debug"])
        #expect(problems("colour = \"blue\"")
            == ["\(path):1: unknown setting \"colour\"; expected one of store, user, theme, log-level, screen-reader, mouse, open, keys"])
        #expect(problems("keys = \"q\"")
            == ["\(path):1: keys must be a table: a [keys] section of command = \"key\" or [\"key\", ...]"])
        #expect(problems("[keys]\nquit = 3")
            == ["\(path):2: quit must be a key in quotes, or a list of them: quit = \"x\" or [\"x\", \"Ctrl-X\"]"])
    }

    @Test func everyKeyProblemIsNamedByItsLine() {
        #expect(problems("[keys]\nquitt = \"x\"")
            == ["\(path):2: in [keys]: unknown command \"quitt\"; did you mean \"quit\"?"])
        #expect(problems("[keys]\nfrobnicate = \"x\"")
            == ["\(path):2: in [keys]: unknown command \"frobnicate\" (the names are listed by 'hopdash config --commands')"])
        #expect(problems("[keys]\nquit = []") == ["\(path):2: in [keys]: \"quit\" is given no key, so it could not be used"])
        #expect(problems("[keys]\n\nquit = \"Ctrl-M\"") == ["\(path):3: in [keys]: \"Ctrl-M\" is not a key; write one character, "
            + "Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn, "
            + "Ctrl- and a letter, or F1 to F12"])
        // "z" is bound to nothing by default, so the only problem is the repeat.
        #expect(problems("[keys]\nquit = [\"z\", \"z\"]") == ["\(path):2: in [keys]: key \"z\" is listed twice for \"quit\""])
    }

    @Test func aKeyBoundTwiceNamesBothCommandsAndTheLaterLine() {
        // Against a default binding: "o" is the overview everywhere.
        #expect(problems("[keys]\nshow-help = \"o\"") == ["\(path):2: in [keys]: key \"o\" would be bound twice: "
            + "to \"show-help\" (Everywhere) and to \"show-overview\" (Everywhere, by default)"])
        // Between two overrides of the file: the later line is named, and the earlier one in the message.
        #expect(problems("[keys]\nrefresh = \"F5\"\nshow-help = \"F5\"") == ["\(path):3: in [keys]: key \"F5\" would be bound twice: "
            + "to \"show-help\" (Everywhere) and to \"refresh\" (Everywhere, line 2)"])
    }

    @Test func theKiosksExitSequenceKeepsItsKeys() {
        #expect(problems("[keys]\ntoggle-pause = \"q\"") == ["\(path):2: in [keys]: key \"q\" would be bound twice: "
            + "to \"toggle-pause\" (Kiosk (hopdash kiosk): nothing else) and to \"the kiosk's exit sequence\" "
            + "(Kiosk (hopdash kiosk): nothing else, by default)"])
    }

    @Test func keysThatNeverMeetMayBeTheSame() throws {
        // The kiosk's keys and the dashboard's are never looked up together.
        let file = try parse("[keys]\ntoggle-pause = \"o\"")
        #expect(file.bindings.contains { $0.command == .togglePause && $0.keys == [.char("o")] })
    }

    @Test func aFileThatIsNotTextOrCannotBeReadIsRefused() throws {
        let directory = NSTemporaryDirectory() + "hopdash-config-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory + "/config.toml", withIntermediateDirectories: true)
        #expect(throws: ConfigError(problems: ["\(directory)/config.toml: cannot be read (check its permissions)"])) {
            try ConfigFile.load(path: directory + "/config.toml", home: "/home/jo")
        }
        let binary = directory + "/binary.toml"
        try Data([0x75, 0x73, 0x65, 0x72, 0x3D, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: binary))
        #expect(throws: ConfigError(problems: ["\(binary): is not UTF-8 text"])) {
            try ConfigFile.load(path: binary, home: "/home/jo")
        }
        #expect(try ConfigFile.load(path: directory + "/absent.toml", home: "/home/jo") == nil)
    }
}
