import Testing
@testable import HopModel

/// The exports' byte path writes every field exactly as `CSVWriter.line` does.
@Suite struct CSVFieldBytesTests {
    static let pieces = ["a", "Z", "0", " ", ",", "\"", "'", "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\u{7}",
                         "\u{7F}", "\u{85}", "é", "ß", "字", "👩‍🔬", "\u{202E}", "\u{2066}", "2025-06-15", "SEO"]

    /// `line` of the fields, from the bytes of each field appended one after another.
    static func viaBytes(_ fields: [String]) -> String {
        var out: [UInt8] = []
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            var bytes = Array(field.utf8)
            bytes.withUnsafeMutableBufferPointer { CSVWriter.appendField(UnsafeBufferPointer($0), to: &out) }
        }
        return String(decoding: out, as: UTF8.self) + "\r\n"
    }

    @Test func everyPairOfPiecesIsWrittenAsLineWritesIt() {
        for first in Self.pieces {
            for second in Self.pieces {
                let fields = [first + second, second + "x" + first, ""]
                #expect(Self.viaBytes(fields) == CSVWriter.line(fields), "\(fields)")
            }
        }
    }

    @Test func randomFieldsAreWrittenAsLineWritesThem() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let fields = (0..<3).map { _ in (0..<Int.random(in: 0...5, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined() }
            #expect(Self.viaBytes(fields) == CSVWriter.line(fields), "\(fields)")
        }
    }

    /// Plain fields are copied as they are; the ones a spreadsheet could take for a formula
    /// are guarded, as `line` guards them.
    @Test func plainFieldsAreCopiedAndFormulaStartsGuarded() {
        #expect(Self.viaBytes(["P123", "2025-06-15", "Policy analysis"]) == "P123,2025-06-15,Policy analysis\r\n")
        #expect(Self.viaBytes(["=SUM(A1)", "-3", "'=x"]) == "'=SUM(A1),'-3,''=x\r\n")
        #expect(Self.viaBytes(["a,b", "say \"hi\""]) == "\"a,b\",\"say \"\"hi\"\"\"\r\n")
    }

    /// A NUL ends a field, as it ends the C string SQLite hands over.
    @Test func aNulEndsTheField() {
        var out: [UInt8] = []
        var bytes: [UInt8] = [0x41, 0x42, 0x00, 0x43]
        bytes.withUnsafeMutableBufferPointer { CSVWriter.appendField(UnsafeBufferPointer($0), to: &out) }
        #expect(out == [0x41, 0x42])
    }
}
