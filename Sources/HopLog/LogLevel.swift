/// How much the diagnostics log records: `error` only failures, `info` also what happened
/// (store opened, imports and exports with counts), `debug` also routine detail; `off` nothing.
public enum LogLevel: String, CaseIterable, Comparable, Sendable {
    case off, error, info, debug

    private var rank: Int { LogLevel.allCases.firstIndex(of: self)! }

    public static func < (a: LogLevel, b: LogLevel) -> Bool { a.rank < b.rank }

    public static let `default` = LogLevel.info
}
