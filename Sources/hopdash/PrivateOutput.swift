import Foundation

/// Writes a command's text to `--out FILE` (created or replaced, readable by its owner only:
/// 0600) or to standard output.
enum PrivateOutput {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let attributes: [FileAttributeKey: Any] = [.posixPermissions: 0o600]
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: attributes) else {
            throw UserFacingError("Cannot write \(path): check that its folder exists and is writable.")
        }
        // A file that existed keeps its old mode through createFile: make it private too.
        try? FileManager.default.setAttributes(attributes, ofItemAtPath: path)
    }
}
