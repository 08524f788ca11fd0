/// Where hopdash keeps its files besides the store, by the XDG base directory rules: a
/// variable that is unset, empty or not an absolute path falls back to its default under HOME.
public enum ConfigPaths {
    /// `$XDG_CONFIG_HOME/hopdash/config.toml` (`~/.config/hopdash/config.toml`).
    public static func configFile(environment: [String: String], home: String) -> String {
        base("XDG_CONFIG_HOME", default: home + "/.config", environment) + "/hopdash/config.toml"
    }

    /// `$XDG_STATE_HOME/hopdash` (`~/.local/state/hopdash`): the diagnostics log's folder.
    public static func stateDirectory(environment: [String: String], home: String) -> String {
        base("XDG_STATE_HOME", default: home + "/.local/state", environment) + "/hopdash"
    }

    private static func base(_ variable: String, default fallback: String, _ environment: [String: String]) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return fallback
    }
}
