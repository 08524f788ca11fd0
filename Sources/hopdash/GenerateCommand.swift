import ArgumentParser
import Foundation
import HopModel
import HopStore
import TerminalUI

extension Hopdash {
    /// Writes a synthetic store shaped like the whole civil service, for trying hopdash at scale.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a synthetic store shaped like the civil service (about 30 professions), at any size.",
            discussion: """
            Fictional people in the proportions of Civil Service Statistics 2022: Operational Delivery \
            the giant, Policy, Digital, Tax, Finance, HR and Project Delivery in the tens of thousands at \
            510,000 staff, a long tail of small professions. About one assessment per person per skill, \
            two to four CPD activities a year, checklists and maturity histories. The same --staff, --seed \
            and --today give the same store. Refuses to touch a file that already exists; on failure the \
            partly written file is removed.
            """)

        @Option(help: ArgumentHelp("How many staff (510000 is the whole civil service).", valueName: "n"))
        var staff: Int

        @Option(help: ArgumentHelp("The new store file.", valueName: "path"), completion: .storeFile)
        var store: String

        @Option(help: "Seed (the same seed gives the same store).")
        var seed: UInt64 = DemoData.defaultSeed

        @Option(help: ArgumentHelp("The day the data is written relative to (YYYY-MM-DD or DD/MM/YYYY). Default: today.", valueName: "date"))
        var today: String?

        static let mostStaff = 5_100_000

        func validate() throws {
            guard (1...Self.mostStaff).contains(staff) else {
                throw ValidationError("--staff must be from 1 to \(Self.mostStaff.formatted()) (ten times the civil service).")
            }
            try DayOption.validate(today, option: "--today")
        }

        func run() throws {
            guard !FileManager.default.fileExists(atPath: store) else {
                throw UserFacingError("\(store) already exists; nothing changed. Choose another --store path.")
            }
            let day = today.flatMap(DayParser.day) ?? Day.today()
            let started = Date()
            do {
                let opened = try Store.open(path: store, mode: .createIfMissing)
                let bar = ProgressBar(unit: "people")
                defer { bar?.finish() }
                try CivilServiceData.write(into: opened, staff: staff, seed: seed, today: day, progress: bar.map { bar in
                    { people, share in
                        if share == 1 { bar.say("\(people.formatted()) people written; building the summaries and plans") }
                        else { bar.show(people, fraction: share) }
                    }
                })
            } catch {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
                throw UserFacingError("Could not generate \(store): \(error)")
            }
            let seconds = Date().timeIntervalSince(started)
            print("Generated \(staff) staff at \(store) in \(String(format: "%.1f", seconds)) s")
        }
    }
}
