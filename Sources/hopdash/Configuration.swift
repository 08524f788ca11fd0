import ArgumentParser
import Foundation
import HopConfig
import HopLog
import HopStore

extension ThemeName: ExpressibleByArgument {}
extension LogLevel: ExpressibleByArgument {}

/// The settings in force for this run: options, then environment, then the config file, then
/// defaults. A config file or variable that cannot be used stops the command (exit 2).
enum Configuration {
    static func settings(_ options: Settings.Options) throws -> Settings {
        let environment = ProcessInfo.processInfo.environment
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        let path = ConfigPaths.configFile(environment: environment, home: home)
        let defaultStore = StorePaths.resolve(option: nil, environment: environment.filter { $0.key != StorePaths.environmentVariable },
                                              home: home)
        do {
            let file = try ConfigFile.load(path: path, home: home)
            return try Settings.resolve(options: options, environment: environment, file: file, configPath: path,
                                        defaultStore: defaultStore, loginName: OSUser.name)
        } catch let error as ConfigError {
            throw UserFacingError.badInput(error.description)
        }
    }
}
