import ArgumentParser
import Foundation
import HopModel
import HopStore

extension Hopdash {
    /// Creates a store, empty or with demo data.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new store, empty or with demo data.",
            discussion: "Refuses to touch a file that already exists. The store is created readable by its owner only (0600) in a folder only its owner can enter (0700).")

        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: "Fill the new store with demo data: one fictional department, nine professions, a year of records.")
        var demo = false

        @Option(help: "Seed for demo data (the same seed gives the same store).")
        var seed: UInt64 = DemoData.defaultSeed

        @Option(help: ArgumentHelp("The day the demo data is written relative to (YYYY-MM-DD or DD/MM/YYYY). Default: today.", valueName: "date"))
        var today: String?

        func validate() throws {
            try DayOption.validate(today, option: "--today")
        }

        func run() throws {
            let path = try storeOptions.resolvedPath()
            guard !FileManager.default.fileExists(atPath: path) else {
                throw UserFacingError("\(path) already exists; nothing changed. Choose another --store path.")
            }
            do {
                let day = today.flatMap(DayParser.day) ?? Day.today()
                try Store.create(path: path, filling: { store in
                    if demo { try DemoData.writeDemo(into: store, seed: seed, today: day) }
                })
            } catch {
                throw UserFacingError("\(error)")
            }
            print("Created \(demo ? "a demo" : "an empty") store at \(path)")
        }
    }
}
