import TerminalUI

/// The themes a user can choose by name (config file, `--theme`, `$HOPDASH_THEME`).
public enum ThemeName: String, CaseIterable, Sendable {
    case `default`
    case highContrast = "high-contrast"
    case monochrome

    public var theme: Theme {
        switch self {
        case .default: .color
        case .highContrast: .highContrast
        case .monochrome: .monochrome
        }
    }

    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
