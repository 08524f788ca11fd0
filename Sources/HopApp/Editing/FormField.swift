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
}

/// One labelled field of a form: its input, and the message shown beside it when invalid.
public struct FormField: Hashable, Sendable {
    public var label: String
    public var kind: FieldKind
    public var input: TextField
    /// The selected option of a choice field.
    public var choice: Int
    public var error: String?

    public init(_ label: String, _ kind: FieldKind, text: String = "", choice: Int = 0, maxLength: Int = 200) {
        self.label = label; self.kind = kind
        self.input = TextField(text, maxLength: maxLength)
        self.choice = choice
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

    public var trimmed: String { input.text.trimmingCharacters(in: .whitespaces) }

    public var number: Int? { Int(trimmed) }

    public var date: Day? { DayParser.day(trimmed) }

    /// The names of a list field, trimmed.
    public var listItems: [String] {
        if trimmed.isEmpty { return [] }
        return input.text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// What is wrong with the value, in words, or nil.
    public func validationError() -> String? {
        switch kind {
        case .text(let required):
            return required && trimmed.isEmpty ? "required" : nil
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
            return count.contains(items.count) ? nil : "needs \(count.lowerBound)-\(count.upperBound) names, by commas"
        case .choice, .note:
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
