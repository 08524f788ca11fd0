/// The JSON form of a whole store: its name and version, and how values are written.
/// Documented in docs/FORMAT.md.
public enum JSONStoreFormat {
    /// The value of the file's "format" member.
    public static let name = "hopdash-store"
    /// The value of "formatVersion"; raised when the shape of the file (not of the store) changes.
    public static let version = 1
}

/// Why a JSON export or a restore could not be done; nothing was written.
public enum JSONStoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A column type the JSON form does not carry (only INTEGER, REAL and TEXT are used).
    case unsupportedColumn(table: String, column: String, type: String)
    /// A stored value the JSON form does not carry (a non-finite number, binary data).
    case unsupportedValue(table: String, column: String, reason: String)
    /// The store to create exists already.
    case exists(path: String)
    /// The file could not be read or is not JSON at all.
    case unreadable(file: String, reason: String)
    /// The file is JSON but not a hopdash store, or one this build cannot read.
    case refused(file: String, reason: String)
    /// Rows that are not well-formed or break the store's rules, each saying where.
    case invalid(file: String, problems: [String], more: Int)

    public var description: String {
        switch self {
        case .unsupportedColumn(let table, let column, let type):
            "The column \(table).\(column) has type \(type), which the JSON form does not carry."
        case .unsupportedValue(let table, let column, let reason):
            "The store holds a value in \(table).\(column) that the JSON form cannot carry (\(reason)); "
                + "the export stopped there and is incomplete (an --out file is left as it was)."
        case .exists(let path):
            "\(path) already exists; nothing was changed. Choose a new path."
        case .unreadable(let file, let reason):
            "\(file): \(reason). Nothing was restored."
        case .refused(let file, let reason):
            "\(file): \(reason). Nothing was restored."
        case .invalid(let file, let problems, let more):
            "\(file) has \(problems.count + more) problem\(problems.count + more == 1 ? "" : "s"); nothing was restored:\n"
                + problems.map { "  \(file): \($0)" }.joined(separator: "\n")
                + (more > 0 ? "\n  … and \(more) more" : "")
        }
    }
}
