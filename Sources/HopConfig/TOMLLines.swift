import Foundation

/// The line each key of a TOML document is written on, found by reading the text line by line
/// (the TOML parser gives positions for syntax errors only). Keys are "table.key", or "key" at
/// the top level; the first line a key appears on counts. Used only for error messages.
struct TOMLLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("["), !line.hasPrefix("[["), let close = line.firstIndex(of: "]") {
                table = Self.unquoted(String(line[line.index(after: line.startIndex)..<close]))
                continue
            }
            guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { continue }
            let key = Self.unquoted(String(line[..<equals]))
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || "-_. ".contains($0) }) else { continue }
            let full = table.isEmpty ? key : table + "." + key
            if lines[full] == nil { lines[full] = index + 1 }
        }
    }

    func line(of key: String) -> Int? { lines[key] }

    private static func unquoted(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).split(separator: ".").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }.joined(separator: ".")
    }
}
