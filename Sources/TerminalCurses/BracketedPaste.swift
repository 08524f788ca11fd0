import TerminalUI

/// Gathers what the terminal sends between the bracketed-paste markers (ESC[200~ and ESC[201~,
/// decoded by `KeyDecoder` as `.pasteStart` and `.pasteEnd`) into one piece of text, so that no
/// pasted character runs as a key. Pure: `CursesTerminal` feeds it every decoded input.
///
/// Inside a paste, characters are kept, Enter (CR or LF) becomes a line break and Tab a tab;
/// every other key (arrows, Esc, Ctrl-letters that a pasted escape sequence decodes to) is
/// dropped. A paste longer than `limit` characters keeps its first `limit`.
public struct BracketedPaste: Sendable {
    /// What one input amounts to.
    public enum Output: Hashable, Sendable {
        case key(Key)
        /// The terminal resized (reported even in the middle of a paste).
        case resize
        case paste(String)
        /// A mouse event is waiting (never inside a paste).
        case mouse
        /// Part of a paste, or a stray end marker.
        case nothing
    }

    public static let limit = 100_000

    public private(set) var isCollecting = false
    private var text = ""
    private var count = 0

    public init() {}

    public mutating func feed(_ decoded: KeyDecoder.Decoded) -> Output {
        switch decoded {
        case .resize:
            return .resize
        case .pasteStart:
            if !isCollecting { isCollecting = true; text = ""; count = 0 }
            return .nothing
        case .pasteEnd:
            return finish() ?? .nothing
        case .mouse:
            return isCollecting ? .nothing : .mouse
        case .key(let key):
            guard isCollecting else { return .key(key) }
            switch key {
            case .char(let c): append(c)
            case .enter: append("\n")
            case .tab: append("\t")
            default: break
            }
            return .nothing
        }
    }

    /// Ends the paste now (the end marker never came): what arrived is the paste.
    public mutating func finish() -> Output? {
        guard isCollecting else { return nil }
        isCollecting = false
        defer { text = ""; count = 0 }
        return .paste(text)
    }

    private mutating func append(_ c: Character) {
        guard count < Self.limit else { return }
        text.append(c)
        count += 1
    }
}
