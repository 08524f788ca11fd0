import ArgumentParser
import Foundation
import HopModel
import HopStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `hopdash-stress`: the process the reliability tests kill, run side by side and starve.
///
/// `init` writes a small store; `edit` makes writer W's deterministic edits (`EditPlan`) through
/// the public `Store` API and prints `saved W-i` (flushed) after each committed save; `verify`
/// says which edits reached the store and lists anything half-applied or wrong.
@main
struct Stress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hopdash-stress",
        abstract: "Make a deterministic stream of edits to a store, for crash, concurrency and fault tests.",
        subcommands: [Init.self, Edit.self, Verify.self, Read.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a small store: two professions, their skills, the grade ladder.")

        @Option(help: "The store to create.")
        var store: String

        func run() throws {
            let store = try Store.open(path: store, mode: .createIfMissing)
            let user = "stress-init"
            _ = try store.saveDepartment(Department(code: "DST", name: "Department for Stress"), by: user)
            var grades: [Grade] = []
            for (rank, grade) in Grade.defaultLadder.enumerated() {
                grades.append(try store.saveGrade(Grade(code: grade.code, name: grade.name, rank: rank + 1), by: user))
            }
            for code in EditPlan.professionCodes {
                let profession = try store.saveProfession(Profession(code: code, name: "Stress \(code)"), by: user)
                for name in ["Analysis", "Writing"] {
                    _ = try store.saveSkill(Skill(professionId: profession.id, name: name),
                                            requirements: grades.prefix(6).map { ($0.id, 2) }, by: user)
                }
                _ = try store.saveCPDRequirement(CPDRequirement(professionId: profession.id, hoursPerCycle: 30), by: user)
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make edits from-on, printing `saved W-i` after each commit.")

        @Option(help: "The store to edit (it must exist).")
        var store: String

        @Option(help: "The writer's name: its edits are made by W-0, W-1, ...")
        var writer: String = "A"

        @Option(help: "The first edit to make (the number already in the store).")
        var from: Int = 0

        @Option(help: "How many edits to make (default: until killed).")
        var count: Int = Int.max

        @Option(help: ArgumentHelp("Limit the size of any file this process writes (RLIMIT_FSIZE), to fake a full disk; SIGXFSZ is ignored.",
                                   valueName: "bytes"))
        var fileSizeLimit: Int?

        @Option(help: "Run as this user id (from root), to meet permissions as an ordinary user does.")
        var uid: UInt32?

        func run() throws {
            if let fileSizeLimit {
                signal(SIGXFSZ, SIG_IGN)
                var limit = rlimit(rlim_cur: rlim_t(fileSizeLimit), rlim_max: rlim_t(fileSizeLimit))
                guard setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0 else { throw Failure("setrlimit failed") }
            }
            if let uid {
                guard setgid(uid) == 0, setuid(uid) == 0 else { throw Failure("could not become user \(uid)") }
            }
            do {
                let editor = try Editor(store: Store.open(path: store, mode: .readWrite), writer: writer)
                var index = from
                while index - from < count {
                    try editor.apply(index)
                    acknowledge("saved \(EditPlan.user(writer, index))")
                    index += 1
                }
                print("done")
            } catch {
                // Only StoreErrors reach here: said in their own words, without Swift's wrapping.
                throw Failure(error.description)
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print `committed W N` per writer (edits 0..<N are in the store), then `problem: ...` lines.")

        @Option(help: "The store to check.")
        var store: String

        @Option(help: "The writers whose edits to check, comma-separated.")
        var writers: String = "A"

        func run() throws {
            let verifier = try Verifier(path: store)
            for writer in writers.split(separator: ",").map(String.init) {
                let result = try verifier.check(writer: writer)
                print("committed \(writer) \(result.committed)")
                for problem in result.problems { print("problem: \(problem)") }
            }
            for problem in try verifier.checkStore() { print("problem: \(problem)") }
        }
    }
}

extension Stress {
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read as a kiosk does until --until exists; print `rounds N`, then `problem: ...` lines.")

        @Option(help: "The store to read.")
        var store: String

        @Option(help: "Stop when this file exists.")
        var until: String

        func run() throws {
            let (rounds, problems) = try Reader(path: store).run(until: until)
            print("rounds \(rounds)")
            for problem in problems { print("problem: \(problem)") }
        }
    }
}

/// Writes a line straight to standard output (no buffer): once it returns, the line is out of
/// the process even if it is killed the next instant.
func acknowledge(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
