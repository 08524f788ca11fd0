import Foundation
import Testing
@testable import HopStore

/// Stored lists (scale labels, counted CPD types) read without a JSON decoder when they are
/// plain, and by the decoder otherwise: the same items either way.
@Suite struct JSONListTests {
    @Test(arguments: [
        "[]", "[\"\"]", "[\"course\"]", "[\"course\",\"seminar\"]", "[\"Awareness\",\"Working\",\"Practitioner\",\"Expert\"]",
        "[\"café, 5 €\",\"日本\"]", "[\"a\",\"\",\"b\"]", "[\"a,b\"]",
    ])
    func aPlainListReadsAsTheDecoderReadsIt(text: String) throws {
        let decoded = try JSONDecoder().decode([String].self, from: Data(text.utf8))
        #expect(JSONList.plain(text) == decoded)
        #expect(try JSONList.decode(text, field: "f") == decoded)
        #expect(JSONList.decode(JSONList.encode(decoded)) == decoded)
    }

    /// Escapes, spaces and anything not written by `encode` go to the decoder, which reads them
    /// or refuses them.
    @Test(arguments: [
        "[\"say \\\"hi\\\"\"]", "[\"back\\\\slash\"]", "[ \"a\" ]", "[\"a\", \"b\"]", "[\"\\u00e9\"]", "[\"]", "[\"a\"\"b\"]",
        "[1,2]", "not json", "[\"a\"", "[\"tab\there\"]", "",
    ])
    func anythingElseGoesToTheDecoder(text: String) {
        #expect(JSONList.plain(text) == nil)
        let decoded = try? JSONDecoder().decode([String].self, from: Data(text.utf8))
        #expect((try? JSONList.decode(text, field: "f")) == decoded)
    }
}

private extension JSONList {
    static func decode(_ text: String) -> [String]? { try? decode(text, field: "f") }
}
