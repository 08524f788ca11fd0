import Foundation

/// The part of ArgumentParser's `--experimental-dump-help` JSON the man page uses: every command,
/// its help text and its arguments, exactly as `--help` shows them.
struct ToolDescription: Decodable {
    var command: CommandDescription

    struct CommandDescription: Decodable {
        var commandName: String
        var shouldDisplay: Bool?
        var abstract: String?
        var discussion: String?
        var subcommands: [CommandDescription]?
        var arguments: [ArgumentDescription]?
    }

    struct ArgumentDescription: Decodable {
        var kind: String
        var shouldDisplay: Bool
        var isOptional: Bool
        var names: [Name]?
        var valueName: String?
        var defaultValue: String?
        var abstract: String?
        var discussion: String?

        struct Name: Decodable { var kind: String; var name: String }

        /// "-s, --store <path>" as in --help.
        var label: String {
            let value = valueName.map { "<\($0)>" } ?? ""
            guard kind != "positional" else { return value }
            let spelled = (names ?? []).map { ($0.kind == "short" ? "-" : "--") + $0.name }.joined(separator: ", ")
            return kind == "option" ? spelled + " " + value : spelled
        }
    }

    init(json: String) throws {
        self = try JSONDecoder().decode(ToolDescription.self, from: Data(json.utf8))
    }
}
