import ArgumentParser
import HopApp
import HopConfig
import TerminalUI

extension Hopdash {
    /// Shows the settings in force and where each came from, or the command names for [keys].
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the settings in force and where each comes from.",
            discussion: """
            Settings are read from $XDG_CONFIG_HOME/hopdash/config.toml (~/.config/hopdash/config.toml): \
            store, user, theme (default, high-contrast, monochrome), log-level (off, error, info, debug) \
            and a [keys] table of command = "key" or ["key", ...] that replaces the command's keys. An \
            option wins over an environment variable ($HOPDASH_STORE, $HOPDASH_USER, $HOPDASH_THEME, \
            $HOPDASH_LOG_LEVEL), which wins over the file. A file with any problem is refused, every \
            problem named by its line (exit 2).
            """)

        @Flag(help: "Print each setting in force, its value and where it came from.")
        var show = false

        @Flag(help: "List the command names a [keys] table can rebind, with their default keys.")
        var commands = false

        @OptionGroup var storeOptions: StoreOptions
        @Option(help: ArgumentHelp("As for the dashboard: who the change log names.", valueName: "name"))
        var user: String?
        @OptionGroup var themeOptions: ThemeOptions

        func validate() throws {
            guard show || commands else { throw ValidationError("Say what to print: --show or --commands.") }
        }

        func run() throws {
            if commands {
                for name in KeyOverrides.commandNames(in: Keymap.bindings) {
                    var keys: [Key] = []
                    for binding in Keymap.bindings where KeyOverrides.name(of: binding.command) == name {
                        keys += binding.keys.filter { !keys.contains($0) }
                    }
                    print(name.padding(toLength: 32, withPad: " ", startingAt: 0) + keys.map(\.description).joined(separator: ", "))
                }
            }
            if show {
                print(try Configuration.settings(.init(store: storeOptions.store, user: user, theme: themeOptions.theme)).report)
            }
        }
    }
}
