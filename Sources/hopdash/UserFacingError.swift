import HopModel

/// Errors shown to the user as one plain line (or a list), with the exit status they call for.
struct UserFacingError: Error, CustomStringConvertible {
    let description: String
    let status: ExitStatus
    /// Control characters in a message (a file's cell, a stored name, a path) are replaced
    /// (`SafeText.lines`): a message must not drive the terminal it is shown on.
    init(_ description: String, status: ExitStatus = .failure) {
        self.description = SafeText.lines(description); self.status = status
    }

    /// An error about the input data (exit 2).
    static func badInput(_ description: String) -> UserFacingError { UserFacingError(description, status: .badInput) }
}
