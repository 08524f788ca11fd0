/// The exit statuses hopdash uses, one table for `--help`, the man page and the README.
enum ExitStatus: Int32, CaseIterable {
    case success = 0
    /// The task could not be done: no store, a store that cannot be opened or written, a refused output file.
    case failure = 1
    /// The input data is wrong: a CSV import, a JSON restore, stores that conflict, the config file or a HOPDASH_ variable.
    case badInput = 2
    /// The command line is wrong: an unknown option, a missing or malformed value (sysexits' EX_USAGE).
    case usage = 64

    var meaning: String {
        switch self {
        case .success: "success"
        case .failure: "the task failed (no store, a store that cannot be opened or written, an output file refused)"
        case .badInput: "bad input data (an import file, a JSON export to restore, stores that conflict, the config file); every problem is listed and nothing was changed"
        case .usage: "bad command line (unknown option, missing or malformed value)"
        }
    }

    /// The heading of the table in `--help`.
    static let heading = "Exit status:"

    /// The table as plain text, for `--help`.
    static var helpText: String {
        heading + "\n" + allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n")
    }
}
