import Foundation
import Testing

/// Two editing processes and a kiosk-like reader on one store. No "database is locked" (or any
/// other error) reaches either writer or the reader; the final store holds exactly the edits
/// both acknowledged, each whole; the reader, in every read transaction, never sees a total
/// that disagrees with its parts.
@Suite(.serialized) struct ConcurrencyTests {
    @Test func twoEditorsMaking300EditsAndAReaderShareOneStore() throws {
        try share(perWriter: 150)
    }

    @Test(.enabled(if: Reliability.long, "HOPDASH_LONG=1"))
    func twoEditorsMaking2000EditsAndAReaderShareOneStore() throws {
        try share(perWriter: 1_000)
    }

    func share(perWriter: Int) throws {
        let (directory, store) = try StressProcess.freshStore()
        let stop = directory + "/stop"
        let reader = try StressProcess(["read", "--store", store, "--until", stop])
        let writers = try ["A", "B"].map { writer in
            try StressProcess(["edit", "--store", store, "--writer", writer, "--count", "\(perWriter)"])
        }
        let statuses = writers.map { $0.finish() }
        #expect(FileManager.default.createFile(atPath: stop, contents: nil))
        #expect(reader.finish() == 0, "\(reader.stderr)")

        for (writer, status) in zip(writers, statuses) {
            #expect(status == 0, "\(writer.stderr)")
            #expect(!writer.stderr.lowercased().contains("locked") && !writer.stderr.contains("busy"), "\(writer.stderr)")
            #expect(writer.acknowledged == perWriter)
        }
        let readerLines = reader.stdout.split(separator: "\n")
        #expect(readerLines.filter { $0.hasPrefix("problem:") }.isEmpty, "\(reader.stdout)")
        let rounds = readerLines.first { $0.hasPrefix("rounds ") }.flatMap { Int($0.dropFirst(7)) } ?? 0
        #expect(rounds > 0, "the reader read nothing: \(reader.stdout)")

        let verified = try StressProcess.verify(store: store, writers: ["A", "B"])
        #expect(verified.problems.isEmpty, "\(verified.problems)")
        #expect(verified.committed == ["A": perWriter, "B": perWriter])
        print("concurrency: \(2 * perWriter) edits by two writers, \(rounds) reader rounds")
    }
}
