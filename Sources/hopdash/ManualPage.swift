import HopApp

/// Renders hopdash(1) in roff from what the binary itself knows: the commands and options (the
/// same text as `--help`), the keymap, the exit statuses, files and environment. Nothing in it
/// is written by hand, so `hopdash manual` and the checked-in `man/hopdash.1` can be compared.
enum ManualPage {
    /// (name, meaning) pairs for the ENVIRONMENT section.
    static let environment: [(String, String)] = [
        ("HOPDASH_STORE", "The store file when --store is not given (before the config file's store)."),
        ("HOPDASH_USER", "The change log's name for your edits when --user is not given (before the config file's user)."),
        ("HOPDASH_THEME", "default, high-contrast or monochrome, when --theme is not given (before the config file's theme)."),
        ("HOPDASH_LOG_LEVEL", "off, error, info or debug, when --log-level is not given (before the config file's log-level)."),
        ("HOPDASH_SCREEN_READER", "1 (or true, yes, on) draws the dashboard for a screen reader, 0 does not, when --screen-reader is not given (before the config file's screen-reader)."),
        ("HOPDASH_MOUSE", "0 (or false, no, off) ignores the mouse in the dashboard, when --no-mouse is not given (before the config file's mouse)."),
        ("XDG_CONFIG_HOME", "The config file is $XDG_CONFIG_HOME/hopdash/config.toml (~/.config when unset)."),
        ("XDG_STATE_HOME", "The diagnostics log is in $XDG_STATE_HOME/hopdash (~/.local/state when unset)."),
        ("XDG_DATA_HOME", "The default store is $XDG_DATA_HOME/hopdash/store.sqlite (~/.local/share when unset)."),
        ("NO_COLOR", "Any non-empty value turns colour off."),
        ("TERM", "The terminal type; the dashboard and kiosk need one."),
        ("LANG, LC_ALL", "A locale that is not UTF-8 gets ASCII drawing."),
    ]

    /// (path, what) pairs for the FILES section.
    static let files: [(String, String)] = [
        ("$XDG_DATA_HOME/hopdash/store.sqlite", "The default store, created readable by its owner only (0600) in a folder only its owner can enter (0700)."),
        ("$XDG_DATA_HOME/hopdash/demo.sqlite", "The demo store of --demo."),
        ("$XDG_CONFIG_HOME/hopdash/config.toml", "Settings, all optional: store (an absolute path or ~/...), user, theme "
            + "(default, high-contrast, monochrome), log-level (off, error, info, debug), and a [keys] table of "
            + "command = \"key\" or [\"key\", ...] replacing that command's keys wherever it is bound (names from "
            + "'hopdash config --commands'; keys written as in the KEYS section). Options and environment variables win "
            + "over the file; 'hopdash config --show' says what is in force and why. A file with any problem, such as an "
            + "unknown setting or command or a key bound twice, is refused with every problem and its line (exit 2)."),
        ("$XDG_STATE_HOME/hopdash/hopdash.log", "The diagnostics log, readable by its owner only: stores opened, saves that "
            + "failed and why, the kiosk's store going away and coming back, imports, exports, restores, backups and "
            + "collations with their counts. Ids, codes, counts and error texts only, never a name or a record's contents. "
            + "Rotated at 1 MiB to hopdash.log.1 (the newest) to .3."),
    ]

    static func render(_ tool: ToolDescription, version: String) -> String {
        var out = Roff()
        let root = tool.command
        out.macro("TH", "HOPDASH", "1", "", "hopdash \(version)", "User Commands")
        out.macro("SH", "NAME")
        out.text("hopdash \\- " + escaped(root.abstract ?? ""))
        out.macro("SH", "SYNOPSIS")
        out.raw(".B hopdash\n[\\fIcommand\\fR] [\\fIoptions\\fR]")
        out.macro("SH", "DESCRIPTION")
        out.paragraphs(description(of: root))
        out.macro("SH", "OPTIONS")
        out.arguments(root.arguments ?? [])
        out.macro("SH", "COMMANDS")
        for command in root.subcommands ?? [] { commandSection(command, parents: ["hopdash"], out: &out) }
        out.macro("SH", "KEYS")
        out.paragraphs("One list drives the keys, the hint bar and the ? overlay. The [keys] table of the config file rebinds them (see FILES).")
        for scope in Keymap.allScopes {
            out.macro("SS", scope.title)
            for row in KeyTable.rows(scope) { out.item(row.keys, row.description) }
        }
        out.macro("SH", "EXIT STATUS")
        for status in ExitStatus.allCases { out.item("\(status.rawValue)", status.meaning) }
        out.macro("SH", "ENVIRONMENT")
        for (name, meaning) in environment { out.item(name, meaning) }
        out.macro("SH", "FILES")
        for (path, what) in files { out.item(path, what) }
        out.macro("SH", "SEE ALSO")
        out.raw(".BR sqlite3 (1)")
        return out.text
    }

    /// A command's discussion without the exit-status table, which has its own section.
    private static func description(of command: ToolDescription.CommandDescription) -> String {
        let text = command.discussion ?? ""
        guard let range = text.range(of: ExitStatus.heading) else { return text }
        return String(text[..<range.lowerBound])
    }

    private static func commandSection(_ command: ToolDescription.CommandDescription, parents: [String], out: inout Roff) {
        guard command.shouldDisplay ?? true, command.commandName != "help" else { return }
        let path = parents + [command.commandName]
        let subcommands = (command.subcommands ?? []).filter { ($0.shouldDisplay ?? true) && $0.commandName != "help" }
        if subcommands.isEmpty || !(command.arguments ?? []).filter(\.shouldDisplay).isEmpty || command.discussion != nil {
            out.macro("SS", path.joined(separator: " "))
            out.paragraphs(command.abstract ?? "")
            if let discussion = command.discussion, !discussion.isEmpty { out.paragraphs(discussion) }
            out.arguments(command.arguments ?? [])
        }
        for sub in subcommands { commandSection(sub, parents: path, out: &out) }
    }

    /// Text made safe for roff: backslashes, and a dot or quote that would start a request.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    }

    /// Builds the roff text line by line.
    struct Roff {
        private(set) var text = ""

        mutating func raw(_ line: String) { text += line + "\n" }

        mutating func macro(_ name: String, _ arguments: String...) {
            raw("." + name + arguments.map { " \"" + escaped($0).replacingOccurrences(of: "\"", with: "\\(dq") + "\"" }.joined())
        }

        /// Text lines, each protected from being read as a request.
        mutating func text(_ text: String) {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = String(line)
                raw(line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line)
            }
        }

        mutating func paragraphs(_ text: String) {
            let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            for paragraph in paragraphs where !paragraph.isEmpty {
                raw(".PP")
                self.text(escaped(paragraph))
            }
        }

        mutating func item(_ tag: String, _ body: String) {
            raw(".TP")
            text("\\fB" + escaped(tag) + "\\fR")
            text(escaped(body))
        }

        mutating func arguments(_ arguments: [ToolDescription.ArgumentDescription]) {
            for argument in arguments where argument.shouldDisplay {
                var body = argument.abstract ?? ""
                if let discussion = argument.discussion, !discussion.isEmpty { body += " " + discussion }
                if let value = argument.defaultValue, !value.isEmpty, argument.kind == "option" { body += " (default: \(value))" }
                item(argument.label, body)
            }
        }
    }
}
