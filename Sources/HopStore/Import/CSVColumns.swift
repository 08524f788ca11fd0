import HopModel

/// A column an import understands: its documented title and the other names spreadsheets
/// commonly give it. Header cells match ignoring case, spaces and punctuation, so "Staff No."
/// matches the alias "staff no".
public struct CSVColumn: Sendable {
    public let title: String
    public let aliases: [String]
    public let isRequired: Bool
    /// The most characters a cell may hold, for text stored as it is (`FieldLimit`).
    public let limit: FieldLimit?

    public init(_ title: String, aliases: [String] = [], isRequired: Bool = true, limit: FieldLimit? = nil) {
        self.title = title
        self.aliases = aliases
        self.isRequired = isRequired
        self.limit = limit
    }

    static func normalised(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(Character.init))
    }

    func matches(_ header: String) -> Bool {
        let name = Self.normalised(header)
        return ([title] + aliases).contains { Self.normalised($0) == name }
    }
}

/// Where each known column is in a file, from its header row.
struct CSVHeader {
    /// Field index per column (nil: an optional column the file does not have).
    let indexes: [Int?]
    let fieldCount: Int

    /// Matches `header` against `columns`, reporting unknown, repeated and missing columns.
    static func match(_ header: CSVRecord, columns: [CSVColumn], report: inout ImportProblems) -> CSVHeader {
        var indexes = [Int?](repeating: nil, count: columns.count)
        let expected = columns.map(\.title).joined(separator: ", ")
        for (index, name) in header.fields.enumerated() {
            guard let known = columns.firstIndex(where: { $0.matches(name) }) else {
                report.add(line: header.line, column: index + 1,
                           "unknown column \(ImportValues.quoted(name, otherwise: "here")); expected one of: \(expected)")
                continue
            }
            if let earlier = indexes[known] {
                report.add(line: header.line, column: index + 1,
                           "column \"\(name)\" repeats column \(earlier + 1) (\(columns[known].title)); expected each column once")
            } else {
                indexes[known] = index
            }
        }
        for (known, column) in columns.enumerated() where column.isRequired && indexes[known] == nil {
            report.add(line: header.line, column: 0, "missing column \"\(column.title)\"; the header must name: \(expected)")
        }
        return CSVHeader(indexes: indexes, fieldCount: header.fields.count)
    }

    /// Where column number `column` is in the file (counting from 1); nil when the file lacks it.
    func column(_ column: Int) -> Int? {
        indexes[column].map { $0 + 1 }
    }

    /// The field of `record` for column number `column`, trimmed, without the apostrophe an
    /// export puts before a formula-like text; nil when the file lacks it.
    func field(_ column: Int, of record: CSVRecord) -> (text: String, column: Int)? {
        guard let index = indexes[column], index < record.fields.count else { return nil }
        return (CSVWriter.formulaGuardRemoved(record.fields[index].trimmingSpaces), index + 1)
    }
}
