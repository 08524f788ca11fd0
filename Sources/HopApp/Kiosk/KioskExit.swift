import Foundation
import TerminalUI

/// The deliberate sequence that stops a kiosk: Esc, then the letters q u i t, then Enter. No
/// single key (and no stray tap on a clicker) can end it; any other presenter key, or a pause
/// of more than `timeout` seconds, starts the sequence over.
public enum KioskExit {
    public static let sequence: [Key] = [.escape, .char("q"), .char("u"), .char("i"), .char("t"), .enter]
    public static let description = "press Esc, type quit, press Enter"
    public static let timeout: TimeInterval = 10

    /// How far through the sequence the user is after pressing `key` with `progress` done.
    public static func advance(_ progress: Int, with key: Key) -> Int {
        if sequence.indices.contains(progress), sequence[progress] == key { return progress + 1 }
        return key == sequence[0] ? 1 : 0
    }

    public static func isComplete(_ progress: Int) -> Bool { progress >= sequence.count }
}
