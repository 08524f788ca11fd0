import Testing
@testable import HopModel

@Suite("CSV reader")
struct CSVReaderTests {
    /// Every row of `text`, read from chunks of `chunk` bytes (1 puts every boundary everywhere).
    private func rows(_ bytes: [UInt8], chunk: Int = 1 << 16) throws(CSVError) -> [CSVRecord] {
        var remaining = bytes[...]
        let reader = CSVReader(chunks: {
            defer { remaining = remaining.dropFirst(chunk) }
            return Array(remaining.prefix(chunk))
        })
        var rows: [CSVRecord] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    private func rows(_ text: String, chunk: Int = 1 << 16) throws(CSVError) -> [CSVRecord] {
        try rows(Array(text.utf8), chunk: chunk)
    }

    private func error(_ text: String) -> CSVError? {
        do { _ = try rows(text); return nil } catch { return error }
    }

    @Test(arguments: [1, 2, 3, 1 << 16])
    func byteOrderMarkCRLFQuotesAndNewlinesWhateverTheChunking(chunk: Int) throws {
        // Given a spreadsheet's CSV: BOM, CRLF, a quoted comma, doubled quotes, a line break in a field
        let text = "\u{FEFF}Name,Note\r\n\"Smith, Al\",\"said \"\"hi\"\"\"\r\nBee,\"two\r\nlines\"\r\nCé,\r\n"
        // Then the rows come back exactly, with the lines they start on
        #expect(try rows(text, chunk: chunk) == [
            CSVRecord(line: 1, fields: ["Name", "Note"]),
            CSVRecord(line: 2, fields: ["Smith, Al", "said \"hi\""]),
            CSVRecord(line: 3, fields: ["Bee", "two\r\nlines"]),
            CSVRecord(line: 5, fields: ["Cé", ""]),
        ])
    }

    /// Unquoted fields are copied a chunk's part at a time: a field, or a character of one,
    /// cut by a chunk's end comes back whole, and the line numbers stay right.
    @Test(arguments: [1, 2, 5, 7, 64])
    func unquotedFieldsCutByChunksComeBackWhole(chunk: Int) throws {
        let text = "Staff number,Skill,Level\nS0000001,Policy analysis,3\r\nS0000002,Évaluation économique,4\rS0000003,,1\n"
            + String(repeating: "x", count: 150) + ",y,z"
        let whole = try rows(text)
        #expect(whole.map(\.line) == [1, 2, 3, 4, 5])
        #expect(whole[2].fields == ["S0000002", "Évaluation économique", "4"])
        #expect(whole[4].fields == [String(repeating: "x", count: 150), "y", "z"])
        #expect(try rows(text, chunk: chunk) == whole)
    }

    @Test func lineFeedsAloneNoFinalNewlineAndBlankLines() throws {
        #expect(try rows("a,b\n\nc,d") == [
            CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: [""]), CSVRecord(line: 3, fields: ["c", "d"]),
        ])
        #expect(try rows("a,b\n\n")[1].isBlank)
        #expect(try rows("").isEmpty)
        #expect(try rows("\u{FEFF}").isEmpty)
    }

    @Test func raggedRowsComeBackAsTheyAre() throws {
        // Checking the field count is the importer's business, which knows the header
        #expect(try rows("a,b,c\n1,2\n1,2,3,4\n").map(\.fields.count) == [3, 2, 4])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpened() {
        let error = error("a,b\n1,\"never\nclosed\n")
        #expect(error == CSVError(line: 2, column: 2,
                                  message: "a quoted field opened here is never closed; expected a closing quote (\")"))
        #expect(error?.description.hasPrefix("2:2: ") == true)
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(error("x\n\"a\"b,c\n")?.line == 2)
        #expect(error("x\n\"a\"b,c\n")?.message.contains("after a closing quote") == true)
    }

    @Test func invalidUTF8IsAnErrorNamingTheField() {
        // Given Latin-1 "é" (0xE9), as an old spreadsheet might save it
        var bytes = Array("name,grade\nok,G7\n".utf8)
        bytes += [UInt8(ascii: "x"), UInt8(ascii: ","), 0xE9, UInt8(ascii: "\n")]
        #expect(throws: CSVError(line: 3, column: 2, message: "the text is not UTF-8; save the file as \"CSV UTF-8\"")) {
            try rows(bytes)
        }
    }

    @Test func aFieldOverTheLimitIsAnErrorWhereItStartsQuotedOrNot() {
        let long = String(repeating: "y", count: CSVReader.maximumFieldBytes + 1)
        #expect(error("a,b\nok,\"open\n" + long + "\"\n")?.line == 2)
        #expect(error("a,b\nok,\"open\n" + long + "\"\n")?.column == 2)
        #expect(error("a,b\n" + long + ",x\n")?.message.hasPrefix("a field longer than 1 MiB starts here") == true)
        // At the limit exactly, the field is read
        #expect(error("a\n" + String(repeating: "y", count: CSVReader.maximumFieldBytes) + "\n") == nil)
    }

    @Test func writerOutputReadsBack() throws {
        let fields = ["plain", "with, comma", "with \"quote\"", "two\nlines", ""]
        #expect(try rows(CSVWriter.line(fields) + CSVWriter.line(["x"])) == [
            CSVRecord(line: 1, fields: fields), CSVRecord(line: 3, fields: ["x"]),
        ])
    }
}

@Suite struct CSVFormulaGuardTests {
    @Test(arguments: ["=HYPERLINK(\"x\")", "+44 20 7946 0000", "-note", "@SUM(A1)", "\tx", "'=already", "''+two",
                      "'tis", "plain", "", "x=1"])
    func aFormulaLikeTextIsWrittenAsTextAndReadBackAsItWas(_ text: String) {
        let written = CSVWriter.guardingFormula(text)
        #expect(CSVWriter.formulaGuardRemoved(written) == text)
        let formulaLike = ["=", "+", "-", "@", "\t"].contains { text.drop { $0 == "'" }.hasPrefix($0) }
        #expect(written == (formulaLike ? "'" + text : text))
    }
}
