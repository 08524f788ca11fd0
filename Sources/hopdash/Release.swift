import HopStore

/// The release number. `--version`, the man page and the Debian package all take it from here
/// (scripts/package-deb.sh asks the built binary).
enum Release {
    static let version = "1.0.0"

    /// What `hopdash --version` prints: the release and the store layout it writes, the two
    /// numbers a support ticket needs.
    static var versionLine: String { "hopdash \(version) (store schema \(Store.schemaVersion))" }
}
