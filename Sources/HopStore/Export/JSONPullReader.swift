import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a JSON file a value at a time through a fixed buffer, so that memory stays the same
/// whatever the file's size: a restore reads a whole-service export row by row with it.
///
/// Strict JSON (RFC 8259): a syntax error is thrown as `SyntaxError` with its line and column.
/// The reader can note a `Position` and come back to it (a table's rows read after the tables
/// its checks look at).
final class JSONPullReader {
    /// A place in the file to come back to.
    struct Position: Equatable {
        var offset: Int64
        var line: Int
        var lineStart: Int64
    }

    /// Where the JSON syntax breaks, e.g. "invalid value at line 3, column 14".
    struct SyntaxError: Error, CustomStringConvertible {
        var reason: String
        var line: Int
        var column: Int
        var description: String { "\(reason) at line \(line), column \(column)" }
    }

    /// A value where a cell is expected; anything else is `other`, named for a message.
    enum Scalar: Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case other(String)
    }

    /// Nesting deeper than this is refused rather than followed (the export nests five deep).
    static let depthLimit = 256

    private let descriptor: Int32
    private let capacity: Int
    private let buffer: UnsafeMutablePointer<UInt8>
    private var next = 0
    private var end = 0
    /// The file offset of `buffer[0]`.
    private var base: Int64 = 0
    private var atEnd = false
    private(set) var line = 1
    private var lineStart: Int64 = 0
    /// A string's bytes when it has escapes or crosses the end of the buffer.
    private var scratch: [UInt8] = []
    /// Every byte read from the file so far, counting a part read again after `seek`.
    private(set) var bytesRead: Int64 = 0
    /// The file's size when opened.
    let size: Int64

    /// Opens `path`; throws the system's reason when it cannot be read.
    init(path: String, bufferSize: Int = 1 << 20) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.systemError(errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw Self.systemError(code)
        }
        guard (status.st_mode & S_IFMT) != S_IFDIR else {
            close(descriptor)
            throw Self.systemError(EISDIR)
        }
        self.descriptor = descriptor
        size = Int64(status.st_size)
        capacity = bufferSize
        buffer = .allocate(capacity: bufferSize)
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    var position: Position { Position(offset: base + Int64(next), line: line, lineStart: lineStart) }

    /// Goes back (or forward) to a position noted earlier.
    func seek(to position: Position) throws {
        guard lseek(descriptor, off_t(position.offset), SEEK_SET) >= 0 else { throw Self.systemError(errno) }
        base = position.offset
        next = 0
        end = 0
        atEnd = false
        line = position.line
        lineStart = position.lineStart
    }

    /// The next byte that is not white space, not consumed; nil at the end of the file.
    func peek() throws -> UInt8? {
        while true {
            if next == end, try !refill() { return nil }
            let byte = buffer[next]
            switch byte {
            case 0x20, 0x09, 0x0D: next += 1
            case 0x0A:
                next += 1
                line += 1
                lineStart = base + Int64(next)
            default: return byte
            }
        }
    }

    /// Consumes `byte` (after white space), or throws saying what was expected.
    func expect(_ byte: UInt8, _ what: String) throws {
        guard let found = try peek() else { throw error("unexpected end of file") }
        guard found == byte else { throw error("expected \(what)") }
        next += 1
    }

    /// After an element of an array or object: true after a comma (another element follows),
    /// false after `close`.
    func comma(or close: UInt8) throws -> Bool {
        switch try peek() {
        case UInt8(ascii: ","): next += 1; return true
        case close: next += 1; return false
        case nil: throw error("unexpected end of file")
        default: throw error("expected ',' or '\(Character(UnicodeScalar(close)))'")
        }
    }

    /// Consumes `open` and says whether the array or object is empty (its `close` consumed too).
    func enter(_ open: UInt8, close: UInt8) throws -> Bool {
        try expect(open, "'\(Character(UnicodeScalar(open)))'")
        if try peek() == close { next += 1; return true }
        return false
    }

    /// An object's member name and its colon.
    func memberName() throws -> String {
        guard try peek() == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
        let name = try string()
        try expect(UInt8(ascii: ":"), "':' after a member name")
        return name
    }

    /// The file holds nothing more than white space.
    func expectEnd() throws {
        if try peek() != nil { throw error("unexpected text after the end of the JSON value") }
    }

    /// A string, a number or null; an array, an object, true or false are read past and named.
    func scalar() throws -> Scalar {
        switch try peek() {
        case UInt8(ascii: "\""): return .text(try string())
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "t"): try literal("true"); return .other("true")
        case UInt8(ascii: "f"): try literal("false"); return .other("false")
        case UInt8(ascii: "["): try skipValue(); return .other("an array")
        case UInt8(ascii: "{"): try skipValue(); return .other("an object")
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            return try number()
        case nil: throw error("unexpected end of file")
        default: throw error("invalid value")
        }
    }

    /// Reads past one value of any kind, checking its syntax.
    func skipValue(depth: Int = 0) throws {
        guard depth < Self.depthLimit else { throw error("values nested more than \(Self.depthLimit) deep") }
        switch try peek() {
        case UInt8(ascii: "["):
            if try enter(UInt8(ascii: "["), close: UInt8(ascii: "]")) { return }
            repeat { try skipValue(depth: depth + 1) } while try comma(or: UInt8(ascii: "]"))
        case UInt8(ascii: "{"):
            if try enter(UInt8(ascii: "{"), close: UInt8(ascii: "}")) { return }
            repeat {
                _ = try memberName()
                try skipValue(depth: depth + 1)
            } while try comma(or: UInt8(ascii: "}"))
        default:
            _ = try scalar()
        }
    }

    /// A syntax error at the next byte.
    func error(_ reason: String) -> SyntaxError {
        SyntaxError(reason: reason, line: line, column: Int(base + Int64(next) - lineStart) + 1)
    }

    /// A failed system call, described by `SystemErrorText`.
    private static func systemError(_ code: Int32) -> NSError { NSError(domain: NSPOSIXErrorDomain, code: Int(code)) }

    // MARK: - Tokens

    private func refill() throws -> Bool {
        guard !atEnd else { return false }
        base += Int64(end)
        next = 0
        end = 0
        while true {
            let count = read(descriptor, buffer, capacity)
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.systemError(errno)
            }
            if count == 0 { atEnd = true; return false }
            end = count
            bytesRead += Int64(count)
            return true
        }
    }

    private func literal(_ word: StaticString) throws {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in bytes {
            if next == end, try !refill() { throw error("unexpected end of file") }
            guard buffer[next] == byte else { throw error("invalid value") }
            next += 1
        }
    }

    /// A string, its escapes decoded; the opening quote is next.
    private func string() throws -> String {
        next += 1
        // The common case: no escape, all in the buffer.
        var scan = next
        while scan < end {
            let byte = buffer[scan]
            if byte == UInt8(ascii: "\"") {
                let text = try utf8(UnsafeBufferPointer(start: buffer + next, count: scan - next))
                next = scan + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            scan += 1
        }
        scratch.removeAll(keepingCapacity: true)
        while true {
            if next == end, try !refill() { throw error("unterminated string") }
            let byte = buffer[next]
            switch byte {
            case UInt8(ascii: "\""):
                next += 1
                return try scratch.withUnsafeBufferPointer(utf8)
            case UInt8(ascii: "\\"):
                next += 1
                try escape()
            case ..<0x20:
                throw error("a control character inside a string (write it as an escape)")
            default:
                scratch.append(byte)
                next += 1
            }
        }
    }

    private func utf8(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw error("a string that is not valid UTF-8") }
        return text
    }

    /// One escape after its backslash, appended to `scratch` as UTF-8.
    private func escape() throws {
        if next == end, try !refill() { throw error("unterminated string") }
        let byte = buffer[next]
        next += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code) {
                // A high surrogate must be followed by an escaped low one.
                for byte in [UInt8(ascii: "\\"), UInt8(ascii: "u")] {
                    if next == end, try !refill() { throw error("unterminated string") }
                    guard buffer[next] == byte else { throw error("an unpaired surrogate in a \\u escape") }
                    next += 1
                }
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("an unpaired surrogate in a \\u escape") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
                throw error("an unpaired surrogate in a \\u escape")
            }
            scratch.append(contentsOf: String(Character(UnicodeScalar(code)!)).utf8)
        default:
            next -= 1
            throw error("an unknown escape in a string")
        }
    }

    private func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            if next == end, try !refill() { throw error("unterminated string") }
            let byte = buffer[next]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            next += 1
        }
        return value
    }

    /// A number as JSON writes it: a whole number that fits 64 bits is an integer, anything
    /// with a fraction or an exponent (or too large) a real.
    private func number() throws -> Scalar {
        scratch.removeAll(keepingCapacity: true)
        func peekByte() throws -> UInt8? {
            if next == end, try !refill() { return nil }
            return buffer[next]
        }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
        func take() { scratch.append(buffer[next]); next += 1 }
        func digits() throws {
            guard isDigit(try peekByte()) else { throw error("invalid number") }
            while isDigit(try peekByte()) { take() }
        }
        var whole = true
        if try peekByte() == UInt8(ascii: "-") { take() }
        if try peekByte() == UInt8(ascii: "0") {
            take()
            if isDigit(try peekByte()) { throw error("invalid number (a leading zero)") }
        } else {
            try digits()
        }
        if try peekByte() == UInt8(ascii: ".") {
            whole = false
            take()
            try digits()
        }
        if let byte = try peekByte(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            whole = false
            take()
            if let sign = try peekByte(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { take() }
            try digits()
        }
        let text = String(decoding: scratch, as: UTF8.self)
        if whole, let integer = Int64(text) { return .integer(integer) }
        guard let real = Double(text), real.isFinite else { throw error("a number too large for a 64-bit real") }
        return .real(real)
    }
}
