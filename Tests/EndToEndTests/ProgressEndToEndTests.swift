import Foundation
import Testing

/// Long commands report progress on standard error only when it is a terminal: through a pipe
/// (a script, a log) they write nothing there; on a terminal (`script` gives one) the line is
/// drawn and cleared.
@Suite struct ProgressEndToEndTests {
    let directory: String
    let store: String

    init() throws {
        (directory, store) = try Paths.demoStore()
    }

    @Test func nothingOnStandardErrorThroughAPipe() throws {
        let json = directory + "/p.json"
        let commands: [[String]] = [
            ["export", "--format", "json", "--store", store, "--out", json],
            ["export", "--table", "assessments", "--store", store, "--out", directory + "/a.csv"],
            ["restore", json, "--store", directory + "/restored.sqlite"],
            ["generate", "--staff", "300", "--seed", "1", "--today", "2026-11-01", "--store", directory + "/g.sqlite"],
            ["collate", store, "--into", directory + "/c.sqlite"],
        ]
        for command in commands {
            let result = try Shell.run(Paths.binary, command)
            #expect(result.status == 0, "\(command): \(result.error)")
            #expect(result.error.isEmpty, "\(command)")
        }
    }

    @Test func aTerminalSeesTheLineDrawnThenCleared() throws {
        let json = directory + "/t.json"
        #expect(try Shell.run(Paths.binary, ["export", "--format", "json", "--store", store, "--out", json]).status == 0)
        let command = "'\(Paths.binary)' restore '\(json)' --store '\(directory)/t.sqlite' 2>&1 >/dev/null"
        let result = try Shell.run("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("]  100%  "), "\(result.output.debugDescription)")
        #expect(result.output.contains(" rows"))
        // Cleared at the end: a carriage return straight followed by erase-to-end-of-line.
        #expect(result.output.contains("\r\u{1B}[K"))
    }

    /// Collate says it is reading, counts the rows it copies, says it is building the summaries
    /// and clears the line, all on standard error: standard output (sent away here) has the result.
    @Test func collateOnATerminalCountsItsRowsThenClears() throws {
        let command = "'\(Paths.binary)' collate '\(store)' --into '\(directory)/tc.sqlite' 2>&1 >/dev/null"
        let result = try Shell.run("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("\rReading the store  "), "\(result.output.debugDescription)")
        #expect(result.output.contains("\r[--------------------]    0%  0 rows\u{1B}[K"))
        #expect(result.output.contains(" rows copied; building the summaries  "))
        #expect(!result.output.contains("Collated"))
        #expect(result.output.hasSuffix("\r\u{1B}[K"), "\(result.output.debugDescription)")
    }
}
