/// The top level of a JSON export, read before any table: a file that is not a hopdash store,
/// or one from a newer hopdash, is refused before a row is looked at.
///
/// The export writes the header first; a file whose "tables" come before the header (another
/// tool rewrote it) is read past its tables for the header, then read again from them.
struct JSONStoreHeader {
    /// Why the header was refused: not a hopdash store, or one this build cannot read.
    struct Refusal: Error { var reason: String }
    /// A header member missing or of the wrong kind, at its JSON path.
    struct Invalid: Error { var problem: String }

    var schemaVersion: Int
    /// Where the value of "tables" starts.
    var tables: JSONPullReader.Position
    /// Whether the members after "tables" have been read already (they were, when the tables
    /// came before the header).
    private var restRead: Bool

    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

    /// Reads the header; the reader is left at the start of the tables' value.
    static func read(_ reader: JSONPullReader) throws -> JSONStoreHeader {
        guard let first = try reader.peek() else { throw reader.error("unexpected end of file") }
        guard first == openBrace else {
            try reader.skipValue()
            try reader.expectEnd()
            throw Refusal(reason: "this is not a hopdash store export (not a JSON object)")
        }
        var format: JSONPullReader.Scalar?
        var formatVersion: JSONPullReader.Scalar?
        var schemaVersion: JSONPullReader.Scalar?
        var tables: JSONPullReader.Position?
        var restRead = true
        if try !reader.enter(openBrace, close: closeBrace) {
            members: repeat {
                switch try reader.memberName() {
                case "format": format = try reader.scalar()
                case "formatVersion": formatVersion = try reader.scalar()
                case "schemaVersion": schemaVersion = try reader.scalar()
                case "tables":
                    _ = try reader.peek()
                    tables = reader.position
                    if format != nil, formatVersion != nil, schemaVersion != nil {
                        restRead = false
                        break members
                    }
                    try reader.skipValue()
                default: try reader.skipValue()
                }
            } while try reader.comma(or: closeBrace)
        }
        if restRead { try reader.expectEnd() }

        guard case .text(let name)? = format, name == JSONStoreFormat.name else {
            if case .text(let name)? = format {
                throw Refusal(reason: "the format is \(LoggedJSON.quoted(name)), expected \(LoggedJSON.quoted(JSONStoreFormat.name))")
            }
            throw Refusal(reason: "this is not a hopdash store export (no \"format\": \(LoggedJSON.quoted(JSONStoreFormat.name)))")
        }
        let version = try wholeNumber(formatVersion, "formatVersion")
        guard version <= JSONStoreFormat.version else {
            throw Refusal(reason: "formatVersion \(version) was written by a newer hopdash "
                + "(this build reads up to \(JSONStoreFormat.version))")
        }
        let schema = try wholeNumber(schemaVersion, "schemaVersion")
        guard schema >= 1 else {
            throw Refusal(reason: "schemaVersion \(schema) is not one hopdash writes (1 to \(Schema.version))")
        }
        guard schema <= Schema.version else {
            throw Refusal(reason: "schemaVersion \(schema) was written by a newer hopdash (this build knows up to \(Schema.version))")
        }
        guard let tables else { throw Invalid(problem: "tables: missing") }
        if restRead { try reader.seek(to: tables) }
        return JSONStoreHeader(schemaVersion: schema, tables: tables, restRead: restRead)
    }

    /// After the tables' value: the rest of the top level, unless read already.
    func readRest(_ reader: JSONPullReader) throws {
        guard !restRead else { return }
        while try reader.comma(or: Self.closeBrace) {
            _ = try reader.memberName()
            try reader.skipValue()
        }
        try reader.expectEnd()
    }

    private static func wholeNumber(_ value: JSONPullReader.Scalar?, _ name: String) throws -> Int {
        switch value {
        case nil: throw Invalid(problem: "\(name): missing")
        case .integer(let number)?: return Int(number)
        default: throw Invalid(problem: "\(name): expected a whole number")
        }
    }
}
