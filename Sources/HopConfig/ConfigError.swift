/// A config file (or a setting in the environment) that cannot be used. Every problem is listed
/// as `FILE:LINE: what is wrong`; hopdash does nothing until it is corrected.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [String]

    public init(problems: [String]) { self.problems = problems }

    public var description: String {
        problems.joined(separator: "\n") + "\nNothing was done: correct the configuration and run hopdash again."
    }
}
