import Foundation

/// One row of a CSV file: its fields, and the line it starts on (1-based; a quoted field with
/// line breaks makes a row span several lines).
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// A row with nothing in it (a blank line, or only separators).
    public var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces.isEmpty } }
}

extension String {
    /// Without leading and trailing spaces and tabs, as spreadsheet cells are compared. On the
    /// UTF-8 bytes: called for every field of every row of an import, where Foundation's
    /// `trimmingCharacters(in:)` cost a fifth of the time.
    public var trimmingSpaces: String {
        let bytes = utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard let first = bytes.first, let last = bytes.last, isSpace(first) || isSpace(last) else { return self }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }),
              let end = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

/// A file that is not CSV as RFC 4180 describes it, at a line and column (the column is the
/// field's number, counting from 1, as a spreadsheet's columns are).
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(line):\(column): \(message)" }
}

/// Reads CSV as spreadsheets write it (RFC 4180), one row at a time, never the whole file:
/// UTF-8 with or without a byte-order mark; fields quoted or not; quoted fields holding commas,
/// doubled quotes and line breaks; CRLF, LF or CR line ends. Rows are returned as they are,
/// ragged or not: checking the number of fields is the caller's business. A field longer than
/// `maximumFieldBytes` is an error, so that memory stays bounded whatever the file holds.
public final class CSVReader {
    /// 1 MiB: far above a spreadsheet cell (32,767 characters in Excel), far below trouble.
    public static let maximumFieldBytes = 1 << 20
    private let readChunk: () throws -> [UInt8]
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var startedReading = false
    /// Bytes consumed so far, for progress.
    public private(set) var bytesRead = 0

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","),
                       cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// Reads from `chunks` until it returns an empty array.
    public init(chunks: @escaping () throws -> [UInt8]) {
        readChunk = chunks
    }

    /// Reads text already in memory (tests, small inputs).
    public convenience init(bytes: [UInt8]) {
        var pending: [UInt8]? = bytes
        self.init(chunks: { defer { pending = nil }; return pending ?? [] })
    }

    /// Reads a file in 256 KiB chunks; the handle is closed when the reader goes.
    public convenience init(fileAt path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CSVError(line: 0, column: 0, message: "cannot open \(path) for reading")
        }
        self.init(chunks: { try handle.read(upToCount: 1 << 18).map(Array.init) ?? [] })
    }

    // MARK: - Bytes

    private func fill() throws -> Bool {
        guard !atEnd else { return false }
        repeat {
            let chunk = try readChunk()
            if chunk.isEmpty { atEnd = true; return false }
            buffer = chunk
            position = 0
        } while buffer.isEmpty
        return true
    }

    @inline(__always) private func peek() throws -> UInt8? {
        if position < buffer.count { return buffer[position] }
        return try fill() ? buffer[position] : nil
    }

    @inline(__always) private func advance() {
        position += 1
        bytesRead += 1
    }

    // MARK: - Rows

    /// The next row, or nil at the end of the file.
    public func next() throws(CSVError) -> CSVRecord? {
        do {
            return try readRecord()
        } catch let error as CSVError {
            throw error
        } catch {
            throw CSVError(line: line, column: 0, message: "cannot read the file: \(error.localizedDescription)")
        }
    }

    private func readRecord() throws -> CSVRecord? {
        if !startedReading {
            startedReading = true
            try skipByteOrderMark()
        }
        guard try peek() != nil else { return nil }
        let recordLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        while true {
            field.removeAll(keepingCapacity: true)
            let column = fields.count + 1
            if try peek() == Self.quote {
                try readQuoted(into: &field, column: column)
            } else {
                try readUnquoted(into: &field, column: column)
            }
            guard let text = Self.text(field) else {
                throw CSVError(line: line, column: column,
                               message: "the text is not UTF-8; save the file as \"CSV UTF-8\"")
            }
            fields.append(text)
            switch try peek() {
            case Self.comma?:
                advance()
                continue
            case Self.cr?:
                advance()
                if try peek() == Self.lf { advance() }
                line += 1
            case Self.lf?:
                advance()
                line += 1
            case nil:
                break
            case let other?:
                throw CSVError(line: line, column: column, message:
                    "unexpected \"\(Character(Unicode.Scalar(other)))\" after a closing quote; expected a comma or the end of the line (a quote inside a quoted field is written twice: \"\")")
            }
            return CSVRecord(line: recordLine, fields: fields)
        }
    }

    /// The field's text, or nil if it is not UTF-8. ASCII, most fields, needs no validating, and
    /// `String(validating:as:)` looks up generic metadata on every call.
    private static func text(_ field: [UInt8]) -> String? {
        let isASCII = field.withUnsafeBufferPointer { bytes in bytes.allSatisfy { $0 < 0x80 } }
        return isASCII ? String(decoding: field, as: UTF8.self) : String(validating: field, as: UTF8.self)
    }

    /// A field without quotes, up to the next comma or line end: each chunk's part of it found
    /// and copied at once (a byte at a time, this was a tenth of an import's time).
    private func readUnquoted(into field: inout [UInt8], column: Int) throws {
        while try position < buffer.count || fill() {
            let start = position
            let end = buffer.withUnsafeBufferPointer { bytes in
                var at = start
                while at < bytes.count {
                    let byte = bytes[at]
                    if byte == Self.comma || byte == Self.cr || byte == Self.lf { break }
                    at += 1
                }
                return at
            }
            field.append(contentsOf: buffer[start..<end])
            bytesRead += end - start
            position = end
            if field.count > Self.maximumFieldBytes { throw tooLong(line: line, column: column) }
            if end < buffer.count { return }
        }
    }

    /// A field in quotes: doubled quotes stand for one; commas and line breaks are kept.
    private func readQuoted(into field: inout [UInt8], column: Int) throws {
        let openedOn = line
        advance()
        while true {
            guard let byte = try peek() else {
                throw CSVError(line: openedOn, column: column,
                               message: "a quoted field opened here is never closed; expected a closing quote (\")")
            }
            advance()
            if byte == Self.quote {
                if try peek() == Self.quote {
                    advance()
                    field.append(Self.quote)
                } else {
                    return
                }
            } else {
                if byte == Self.lf { line += 1 } else if byte == Self.cr, try peek() != Self.lf { line += 1 }
                field.append(byte)
                if field.count > Self.maximumFieldBytes { throw tooLong(line: openedOn, column: column) }
            }
        }
    }

    private func tooLong(line: Int, column: Int) -> CSVError {
        CSVError(line: line, column: column, message:
            "a field longer than 1 MiB starts here; expected a spreadsheet cell (at most 32,767 characters) - is a closing quote missing?")
    }

    private func skipByteOrderMark() throws {
        guard try peek() == 0xEF else { return }
        // However the source is chunked, look at the first three bytes together.
        while buffer.count - position < 3, !atEnd {
            let chunk = try readChunk()
            if chunk.isEmpty { atEnd = true } else { buffer += chunk }
        }
        if buffer.count - position >= 3, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF {
            position += 3
            bytesRead += 3
        }
    }
}
