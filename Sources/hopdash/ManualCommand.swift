import ArgumentParser

extension Hopdash {
    /// Prints the man page (hidden: packaging and the check that man/hopdash.1 is current use it).
    struct Manual: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the hopdash(1) man page in roff.", shouldDisplay: false)

        func run() throws {
            let tool = try ToolDescription(json: Hopdash._dumpHelp())
            print(ManualPage.render(tool, version: Release.version), terminator: "")
        }
    }
}
