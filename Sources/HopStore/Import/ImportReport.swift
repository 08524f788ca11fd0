import HopModel

/// What an import did, or (with `--dry-run`) would do.
public struct ImportOutcome: Equatable, Sendable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Blank rows.
    public var skipped = 0

    public var summary: String {
        "\(inserted) inserted, \(updated) updated, \(unchanged) unchanged, \(skipped) skipped"
    }
}

/// One thing wrong in an import file: `FILE:LINE:COLUMN: what is wrong and what was expected`.
/// Column 0 means the whole line (a missing column, a ragged row).
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// The problems found so far, up to a limit; counting goes on past it.
public struct ImportProblems: Sendable {
    public let file: String
    public let limit: Int
    public private(set) var listed: [ImportProblem] = []
    public private(set) var total = 0

    public init(file: String, limit: Int) {
        self.file = file
        self.limit = limit
    }

    public var isEmpty: Bool { total == 0 }

    mutating func add(line: Int, column: Int, _ message: String) {
        total += 1
        if listed.count < limit { listed.append(ImportProblem(file: file, line: line, column: column, message: message)) }
    }
}

/// An import refused: nothing was written. Lists every problem up to the limit.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let problems: ImportProblems

    public var description: String {
        var lines = problems.listed.map(\.description)
        if problems.total > problems.listed.count {
            lines.append("... and \(problems.total - problems.listed.count) more problems (\(problems.total) in all)")
        }
        lines.append("Nothing was imported: the store is unchanged. Correct the file and run the import again.")
        return lines.joined(separator: "\n")
    }
}
