import Foundation
import HopModel
import Testing
@testable import HopStore

/// The files in `Tests/Fixtures/malformed`, each imported into a small store: each gives its
/// message, `FILE:LINE:COLUMN: what is wrong and what was expected`, and leaves every row of
/// the store as it was.
@Suite("Malformed import files")
struct MalformedImportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/malformed")

    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var table: CSVTable
        /// The first line the user reads.
        var message: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "bad-encoding.csv", table: .staff,
             message: "bad-encoding.csv:3:2: the text is not UTF-8; save the file as \"CSV UTF-8\""),
        Case(file: "ragged-row.csv", table: .staff,
             message: "ragged-row.csv:3:0: 3 fields; expected 5, as in the header"),
        Case(file: "unclosed-quote.csv", table: .cpd,
             message: "unclosed-quote.csv:2:5: a quoted field opened here is never closed; expected a closing quote (\")"),
        Case(file: "unknown-header.csv", table: .staff,
             message: "unknown-header.csv:1:5: unknown column here; expected one of: Staff number, Name, Grade, Department, Post, Profession, Other professions, Joined profession, FTE"),
        Case(file: "impossible-date.csv", table: .cpd,
             message: "impossible-date.csv:2:2: date \"31/02/2026\" does not exist; expected a day of the calendar"),
        // One date parser (`DayParser`): every digit of YYYY-MM-DD or DD/MM/YYYY, nothing looser.
        Case(file: "unpadded-date.csv", table: .cpd,
             message: "unpadded-date.csv:2:2: date \"2026-2-3\" is not a date; expected YYYY-MM-DD or DD/MM/YYYY"),
        Case(file: "signed-date.csv", table: .cpd,
             message: "signed-date.csv:2:2: date \"+1/+2/2026\" is not a date; expected YYYY-MM-DD or DD/MM/YYYY"),
        Case(file: "out-of-range-level.csv", table: .assessments,
             message: "out-of-range-level.csv:2:3: level 5 is above OPD's maximum 4; expected 1 to 4"),
        Case(file: "duplicate-staff-number.csv", table: .staff,
             message: "duplicate-staff-number.csv:4:1: duplicate staff number \"NEW001\", already on line 2; expected each person once"),
        Case(file: "unknown-grade.csv", table: .staff,
             message: "unknown-grade.csv:2:3: unknown grade \"G8\"; expected one of AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3"),
        Case(file: "empty.csv", table: .staff,
             message: "empty.csv:1:0: the file is empty; expected a header row naming the columns: Staff number, Name, Grade, Department, Post, Profession, Other professions, Joined profession, FTE"),
        // Text no record may hold, which an export would write as U+FFFD (CSVWriter).
        Case(file: "nul-in-field.csv", table: .staff,
             message: "nul-in-field.csv:2:1: holds a NUL character (U+0000); expected text (is the file UTF-16? Save it as CSV UTF-8)"),
        Case(file: "unmarked-utf16.csv", table: .staff,
             message: "unmarked-utf16.csv:1:1: holds a NUL character (U+0000); expected text (is the file UTF-16? Save it as CSV UTF-8)"),
        Case(file: "control-character.csv", table: .staff,
             message: "control-character.csv:2:2: holds the control character U+001B; expected text without control characters or direction overrides"),
        // Valid, and nothing to do: the summary says so and nothing is written, not even the log.
        Case(file: "header-only.csv", table: .staff, message: "0 inserted, 0 updated, 0 unchanged, 0 skipped"),
    ]

    @Test(arguments: cases)
    func givesItsMessageAndChangesNothing(_ test: Case) throws {
        let store = try importTestStore()
        let before = try everyRow(store)
        let path = Self.folder.appendingPathComponent(test.file).path
        let messages = try importMessages(store, test.table, CSVReader(fileAt: path), file: test.file)
        #expect(messages.first == test.message)
        if messages.count > 1 {
            #expect(messages.last == "Nothing was imported: the store is unchanged. Correct the file and run the import again.")
        }
        #expect(try everyRow(store) == before)
    }

    /// Every cell with a control character or an override is listed, each at its place.
    @Test func everyControlCharacterIsListed() throws {
        let store = try importTestStore()
        let path = Self.folder.appendingPathComponent("control-character.csv").path
        let messages = try importMessages(store, .staff, CSVReader(fileAt: path), file: "control-character.csv")
        #expect(messages.contains("control-character.csv:3:2: holds the control character U+202E; "
                                  + "expected text without control characters or direction overrides"))
    }

    @Test func theCorpusHasNoFileWithoutACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(files == Self.cases.map(\.file).sorted())
    }

    /// One limit per field (`FieldLimit`), the same as the form's: a 100,000-character staff
    /// number was imported before.
    @Test func aValueOverItsFieldsLimitIsRefusedAtItsCell() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("long-values.csv")
        let csv = "Staff number,Name,Grade,Department,Post\n" + String(repeating: "9", count: 100_000)
            + ",Ann Example,EO,CS,Analyst\nNEW002," + String(repeating: "n", count: 81) + ",EO,CS,\n"
            + "NEW003,Bo Example,EO,CS," + String(repeating: "p", count: 80) + "\n"
        try csv.write(toFile: path, atomically: false, encoding: .utf8)
        let store = try importTestStore()
        let before = try everyRow(store)
        let messages = try importMessages(store, .staff, CSVReader(fileAt: path), file: "long-values.csv")
        #expect(messages.first == "long-values.csv:2:1: 100000 characters; expected at most 20 (Staff number)")
        #expect(messages.contains("long-values.csv:3:2: 81 characters; expected at most 80 (Name)"))
        #expect(!messages.contains { $0.hasPrefix("long-values.csv:4:") }, "80 is within the limit")
        #expect(try everyRow(store) == before)
    }

    /// 10 MB in one cell: generated here rather than kept in the repository. The reader stops at
    /// 1 MiB, so memory stays bounded, and says where the field starts.
    @Test func aTenMegabyteFieldIsRefusedWhereItStarts() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("huge-field.csv")
        var bytes = Array("Staff number,Name,Grade,Department\nNEW001,Ann Example,EO,CS\nNEW002,".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 10_000_000)
        bytes += Array(",EO,CS\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let store = try importTestStore()
        let before = try everyRow(store)
        let messages = try importMessages(store, .staff, CSVReader(fileAt: path), file: "huge-field.csv")
        #expect(messages.first == "huge-field.csv:3:2: a field longer than 1 MiB starts here; expected a spreadsheet cell (at most 32,767 characters) - is a closing quote missing?")
        #expect(try everyRow(store) == before)
    }
}
