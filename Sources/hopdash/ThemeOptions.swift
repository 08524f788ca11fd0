import ArgumentParser
import HopConfig

/// `--theme`, for the commands that draw on the terminal.
struct ThemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colours: default, high-contrast (for projectors) or monochrome. NO_COLOR still turns colour off.",
                               discussion: "Default: $HOPDASH_THEME, else the config file's theme.", valueName: "name"))
    var theme: ThemeName?
}
