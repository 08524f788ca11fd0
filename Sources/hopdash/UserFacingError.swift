/// Errors shown to the user as one plain line (or a list), with the exit status they call for.
struct UserFacingError: Error, CustomStringConvertible {
    let description: String
    let status: ExitStatus
    init(_ description: String, status: ExitStatus = .failure) { self.description = description; self.status = status }

    /// An error about the input data (exit 2).
    static func badInput(_ description: String) -> UserFacingError { UserFacingError(description, status: .badInput) }
}
