/// Where the store lives when the user does not say otherwise.
///
/// A pure function of the command line, the environment and the home directory, so that it
/// can be tested without touching the real environment.
public enum StorePaths {
    public static let environmentVariable = "HOPDASH_STORE"

    /// The store path, first match wins:
    /// 1. `--store PATH` on the command line (`option`),
    /// 2. `$HOPDASH_STORE`,
    /// 3. `$XDG_DATA_HOME/hopdash/store.sqlite` (only if absolute, as the XDG spec requires),
    /// 4. `~/.local/share/hopdash/store.sqlite`.
    ///
    /// Empty values count as unset.
    public static func resolve(option: String?, environment: [String: String], home: String) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment[environmentVariable], !path.isEmpty { return path }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return join(dataHome, "hopdash", "store.sqlite")
        }
        return join(home, ".local", "share", "hopdash", "store.sqlite")
    }

    static func join(_ base: String, _ components: String...) -> String {
        var path = base
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        for component in components {
            path += path.hasSuffix("/") ? component : "/" + component
        }
        return path
    }
}
