import ArgumentParser
import Foundation

/// The command line: parsing and wiring only. Each subcommand is a nested type in its own file.
@main
struct Hopdash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hopdash",
        abstract: "A terminal dashboard for Heads of Profession: maturity, skills gaps, CPD and the good-practice checklist.",
        discussion: """
        With no subcommand, opens the dashboard on the store. Keys: arrows or j/k move, Enter opens, \
        Tab and 1-4 switch panes, o overview, / filter, ? help (every key), q quit.

        The store is --store PATH, else $HOPDASH_STORE, else the store in \
        $XDG_CONFIG_HOME/hopdash/config.toml, else $XDG_DATA_HOME/hopdash/store.sqlite \
        (~/.local/share/hopdash/store.sqlite when XDG_DATA_HOME is unset). 'hopdash config --show' \
        says which settings are in force and why.

        \(ExitStatus.helpText)
        """,
        version: Release.versionLine,
        subcommands: [Dashboard.self, Init.self, Snapshot.self, Kiosk.self, Generate.self, Import.self, Export.self,
                      Report.self, Bid.self, Forum.self, People.self, FollowUpCommand.self, AccessLog.self, Seminar.self, DirectoryExport.self, Restore.self, Backup.self, Collate.self, Config.self, Manual.self],
        defaultSubcommand: Dashboard.self)

    /// ArgumentParser's own main, except that an error the user must act on exits with the status
    /// it calls for (the table above) rather than always 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as UserFacingError {
            FileHandle.standardError.write(Data("Error: \(error.description)\n".utf8))
            Foundation.exit(error.status.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
