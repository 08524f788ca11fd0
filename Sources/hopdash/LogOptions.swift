import ArgumentParser
import HopLog

/// `--log-level`, for the commands that record what they did.
struct LogOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How much the diagnostics log records: off, error, info (default) or debug.",
                               discussion: "Default: $HOPDASH_LOG_LEVEL, else the config file's log-level. The log is $XDG_STATE_HOME/hopdash/hopdash.log.",
                               valueName: "level"))
    var logLevel: LogLevel?
}
