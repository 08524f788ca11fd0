import Foundation
import Testing
@testable import HopStore

/// The reader through a buffer of a few bytes, so that every token crosses its end somewhere.
@Suite struct JSONPullReaderTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    private func reader(_ text: String, bufferSize: Int = 3) throws -> JSONPullReader {
        let path = folder.file("f.json")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try JSONPullReader(path: path, bufferSize: bufferSize)
    }

    private func scalars(_ text: String) throws -> [JSONPullReader.Scalar] {
        let reader = try reader(text)
        var values: [JSONPullReader.Scalar] = []
        if try !reader.enter(UInt8(ascii: "["), close: UInt8(ascii: "]")) {
            repeat { values.append(try reader.scalar()) } while try reader.comma(or: UInt8(ascii: "]"))
        }
        try reader.expectEnd()
        return values
    }

    @Test func valuesOfEveryKindAcrossTheBuffer() throws {
        let values = try scalars(#"[ "caf\u00e9 ñ", "\ud83d\ude00\n\"\\/", -0.5e3, 0, -12, 9223372036854775807, "#
                                 + #"9223372036854775808, null, true, [1, [2]], {"a": {}} ]"#)
        #expect(values == [.text("café ñ"), .text("😀\n\"\\/"), .real(-500), .integer(0), .integer(-12),
                           .integer(Int64.max), .real(9_223_372_036_854_775_808), .null, .other("true"),
                           .other("an array"), .other("an object")])
    }

    @Test func syntaxErrorsSayWhere() throws {
        let cases: [(String, String)] = [
            ("[1,\n  01]", "invalid number (a leading zero) at line 2, column 4"),
            ("[1,\n\"a\tb\"]", "a control character inside a string (write it as an escape) at line 2, column 3"),
            ("[\"\\x\"]", "an unknown escape in a string at line 1, column 4"),
            ("[\"\\ud800\"]", "an unpaired surrogate in a \\u escape at line 1, column 9"),
            ("[\"abc", "unterminated string at line 1, column 6"),
            ("[1 2]", "expected ',' or ']' at line 1, column 4"),
            ("[1] x", "unexpected text after the end of the JSON value at line 1, column 5"),
            ("[tru]", "invalid value at line 1, column 5"),
        ]
        for (text, expected) in cases {
            var message = ""
            do { _ = try scalars(text) } catch let error as JSONPullReader.SyntaxError { message = "\(error)" }
            #expect(message == expected, "\(text.debugDescription)")
        }
    }

    @Test func invalidUTF8IsRefused() throws {
        let path = folder.file("bad.json")
        try Data([UInt8(ascii: "\""), 0xC3, 0x28, UInt8(ascii: "\"")]).write(to: URL(fileURLWithPath: path))
        let reader = try JSONPullReader(path: path, bufferSize: 2)
        #expect(throws: JSONPullReader.SyntaxError.self) { try reader.scalar() }
    }

    @Test func aPositionCanBeReadAgainWithItsLine() throws {
        let reader = try reader("[1,\n\n 2, \"x\"]")
        _ = try reader.enter(UInt8(ascii: "["), close: UInt8(ascii: "]"))
        _ = try reader.scalar()
        _ = try reader.comma(or: UInt8(ascii: "]"))
        _ = try reader.peek()
        let mark = reader.position
        #expect(mark.line == 3)
        try reader.skipValue()
        _ = try reader.comma(or: UInt8(ascii: "]"))
        #expect(try reader.scalar() == .text("x"))
        try reader.seek(to: mark)
        #expect(try reader.scalar() == .integer(2))
        #expect(reader.line == 3)
        _ = try reader.comma(or: UInt8(ascii: "]"))
        #expect(try reader.scalar() == .text("x"))
    }

    @Test func nestingIsBounded() throws {
        let deep = String(repeating: "[", count: JSONPullReader.depthLimit + 1) + String(repeating: "]", count: JSONPullReader.depthLimit + 1)
        #expect(throws: JSONPullReader.SyntaxError.self) { try reader(deep, bufferSize: 64).skipValue() }
    }
}
