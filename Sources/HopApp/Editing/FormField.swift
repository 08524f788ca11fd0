import HopModel
import TerminalUI

/// What a form field holds and how it is checked.
public enum FieldKind: Hashable, Sendable {
    case text(required: Bool)
    /// A whole number within a range.
    case number(ClosedRange<Int>)
    /// YYYY-MM-DD or DD/MM/YYYY (`DayParser`); blank allowed unless required.
    case date(required: Bool)
    /// One of a fixed list; typing a character picks the next option starting with it, so
    /// "1"-"5" pick maturity levels "1 Initial"..."5 Embedded".
    case choice([String])
    /// Free text drawn over several rows.
    case note(rows: Int)
    /// Names separated by commas, so many of them (a proficiency scale, lowest first).
    case list(ClosedRange<Int>)
    /// A full-time equivalent, 0.01 to 1; blank for full time.
    case fullTimeEquivalent
}

/// One labelled field of a form: its input, and the message shown beside it when invalid.
public struct FormField: Hashable, Sendable {
    public var label: String
    public var kind: FieldKind
    public var input: TextField
    /// The selected option of a choice field.
    public var choice: Int
    public var error: String?
    /// The most characters a changed value may have (`FieldLimit`); for a list, each name.
    public var limit: FieldLimit?
    /// The text as read when the form opened: a field left alone saves exactly this.
    public let original: String

    /// `maxLength` caps what can be typed in a number or date field. Text, note and list fields
    /// take any length, so that a stored value is never cut (even one longer than today's
    /// `limit`, from before it); a value the user changed is checked against `limit`.
    public init(_ label: String, _ kind: FieldKind, text: String = "", choice: Int = 0, maxLength: Int = 200,
                limit: FieldLimit? = nil) {
        self.label = label; self.kind = kind
        switch kind {
        case .text, .note, .list: self.input = TextField(text, maxLength: .max)
        case .number, .date, .choice, .fullTimeEquivalent: self.input = TextField(text, maxLength: maxLength)
        }
        self.choice = choice
        self.limit = limit
        self.original = text
    }

    /// Whether the text differs from what the form opened with.
    public var isChanged: Bool { input.text != original }

    /// "23/80" for a field with a limit (the saved count: surrounding spaces are not saved).
    public var counter: String? {
        guard let limit else { return nil }
        if case .list = kind { return nil }
        return "\(saved.count)/\(limit.characters)"
    }

    public var options: [String] {
        if case .choice(let options) = kind { return options }
        return []
    }

    /// The value as text: what change detection compares.
    public var value: String {
        if case .choice(let options) = kind { return options.indices.contains(choice) ? options[choice] : "" }
        return input.text
    }

    /// The range of a whole-number field.
    public var kindRange: ClosedRange<Int>? {
        if case .number(let range) = kind { return range }
        return nil
    }

    /// The value to save for a one-line field: exactly as read when the field was not changed,
    /// otherwise without surrounding spaces.
    public var trimmed: String { isChanged ? typed : original }

    /// The value to save for a note: as read when not changed, otherwise without surrounding
    /// spaces and blank lines.
    public var noteText: String { isChanged ? input.text.trimmingCharacters(in: .whitespacesAndNewlines) : original }

    private var typed: String { input.text.trimmingCharacters(in: .whitespaces) }

    private var saved: String {
        if case .note = kind { return noteText }
        return trimmed
    }

    /// "at most 80 characters" when the user changed the value to something longer than the limit.
    private var lengthError: String? {
        guard let limit, isChanged else { return nil }
        if case .list = kind {
            return listItems.contains { !limit.allows($0) } ? "a name is over \(limit.characters) characters" : nil
        }
        return limit.allows(saved) ? nil : "at most \(limit.characters) characters"
    }

    public var number: Int? { Int(trimmed) }

    public var date: Day? { DayParser.day(trimmed) }

    public var fullTimeEquivalent: FullTimeEquivalent? { FullTimeEquivalent(text: trimmed) }

    /// The names of a list field, trimmed.
    public var listItems: [String] {
        if trimmed.isEmpty { return [] }
        return input.text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// What is wrong with the value, in words, or nil.
    public func validationError() -> String? {
        switch kind {
        case .text(let required):
            return required && typed.isEmpty ? "required" : lengthError
        case .number(let range):
            guard let n = number else { return trimmed.isEmpty ? "required" : "must be a whole number" }
            return range.contains(n) ? nil : "must be \(range.lowerBound) to \(range.upperBound)"
        case .date(let required):
            if trimmed.isEmpty { return required ? "required" : nil }
            switch DayParser.parse(trimmed) {
            case .success: return nil
            // At most 31 characters: what an 80-column form shows beside the field.
            case .failure(.notADate): return "use \(DayParser.forms)"
            case .failure(.doesNotExist): return "no such day"
            case .failure(.outsideSupportedDays): return "\(Day.earliest.iso) to \(Day.latest.iso) only"
            }
        case .list(let count):
            let items = listItems
            if items.contains(where: \.isEmpty) { return "a name is blank" }
            return count.contains(items.count) ? lengthError : "needs \(count.lowerBound)-\(count.upperBound) names, by commas"
        case .fullTimeEquivalent:
            return trimmed.isEmpty || fullTimeEquivalent != nil ? nil : "must be 0.01 to 1, or blank"
        case .note:
            return lengthError
        case .choice:
            return nil
        }
    }

    /// Applies a key; false when this field has no use for it.
    public mutating func handle(_ key: Key) -> Bool {
        guard case .choice(let options) = kind else {
            let handled = input.handle(key)
            if handled { error = nil }
            return handled
        }
        guard !options.isEmpty else { return false }
        switch key {
        case .right, .char(" "):
            choice = (choice + 1) % options.count
        case .left:
            choice = (choice + options.count - 1) % options.count
        case .char(let c):
            let needle = String(c).lowercased()
            let order = (1...options.count).map { (choice + $0) % options.count }
            guard let match = order.first(where: { options[$0].lowercased().hasPrefix(needle) }) else { return false }
            choice = match
        default:
            return false
        }
        return true
    }
}
