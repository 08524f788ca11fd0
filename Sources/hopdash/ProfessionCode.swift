import HopApp
import HopModel
import HopStore

/// A profession named on the command line by its code (any case), and where the dashboard
/// opens (`--open`).
enum ProfessionCode {
    /// The profession of `professions` with `code`; a refusal listing the codes there are.
    static func find<T>(_ code: String, in professions: [T], code codeOf: (T) -> String, path: String) throws(UserFacingError) -> T {
        guard let match = professions.first(where: { codeOf($0).caseInsensitiveCompare(code) == .orderedSame }) else {
            let codes = professions.map(codeOf).sorted().joined(separator: ", ")
            throw UserFacingError("No profession with code \"\(code)\" in \(path). Codes: \(codes.isEmpty ? "none" : codes).")
        }
        return match
    }

    /// The store's profession with `code`, or its first by name when no code is given.
    static func profession(_ code: String?, in store: Store, path: String) throws(UserFacingError) -> Profession {
        let professions: [Profession]
        do { professions = try store.professions() } catch { throw UserFacingError("\(error)") }
        guard let code else {
            guard let first = professions.first else { throw UserFacingError("\(path) has no profession to show.") }
            return first
        }
        return try find(code, in: professions, code: \.code, path: path)
    }

    /// The place `text` names: overview, departments, or a profession of the store by code.
    static func place(_ text: String, in store: Store, path: String) throws(UserFacingError) -> StartPlace {
        switch text.lowercased() {
        case "overview": return .overview
        case "departments": return .departments
        default:
            return .profession(try profession(text, in: store, path: path).id, pane: nil)
        }
    }
}
