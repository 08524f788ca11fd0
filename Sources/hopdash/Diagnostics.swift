import Foundation
import HopApp
import HopConfig
import HopLog

/// This run's diagnostics log ($XDG_STATE_HOME/hopdash/hopdash.log), and the events the
/// commands record in it: ids, counts, codes and error texts, never a name.
enum Diagnostics {
    nonisolated(unsafe) private(set) static var log: DiagnosticsLog?

    /// Opens the log at the level in force. A log that cannot be written is said once on stderr;
    /// the command goes on without it.
    static func start(_ settings: Settings, command: String) {
        guard settings.logLevel.value != .off else { return }
        let environment = ProcessInfo.processInfo.environment
        let directory = ConfigPaths.stateDirectory(environment: environment, home: FileManager.default.homeDirectoryForCurrentUser.path)
        do {
            log = try DiagnosticsLog(directory: directory, level: settings.logLevel.value)
        } catch {
            FileHandle.standardError.write(Data("hopdash: \(error); going on without it.\n".utf8))
        }
        record(.debug, "start", ["command": command, "version": Release.version])
    }

    static func record(_ level: LogLevel, _ event: String, _ fields: KeyValuePairs<String, String> = [:]) {
        log?.log(level, event, fields.map { ($0.key, $0.value) })
    }

    static func storeOpened(_ path: String, mode: String) {
        record(.info, "store.opened", ["path": path, "mode": mode])
    }

    /// Follows the app: saves that fail and why, reads that fail, and the kiosk's store going
    /// away and coming back. Records no record's contents: a change by its kind only.
    static func observe(_ runtime: Runtime) {
        guard log != nil else { return }
        var unavailableSince = runtime.state.kiosk.unavailableSince
        runtime.observer = { action, state in
            switch action {
            case .saveFailed(let origin, let message):
                record(.error, "save.failed", ["origin": "\(origin)", "reason": message])
            case .saveConflicted(let origin, _):
                record(.info, "save.conflict", ["origin": "\(origin)"])
            case .saved(let applied):
                record(.debug, "save.done", ["kind": kind(of: applied.change), "origin": "\(applied.origin)"])
            case .loadFailed(let message) where state.mode != .kiosk:
                record(.error, "read.failed", ["reason": message])
            default: break
            }
            guard state.mode == .kiosk, state.kiosk.unavailableSince != unavailableSince else { return }
            if let since = state.kiosk.unavailableSince, unavailableSince == nil {
                var reason = ""
                if case .loadFailed(let message) = action { reason = message }
                record(.error, "kiosk.data-unavailable", ["reason": reason])
                unavailableSince = since
            } else if state.kiosk.unavailableSince == nil, let since = unavailableSince {
                record(.info, "kiosk.data-recovered", ["unavailable-seconds": "\(Int((state.kiosk.now ?? Date()).timeIntervalSince(since)))"])
                unavailableSince = nil
            }
        }
    }

    /// A change's kind ("saveChecklistEntry"), without the record it carries.
    static func kind(of change: Change) -> String {
        String(String(describing: change).prefix { $0 != "(" })
    }
}
