import TerminalUI

/// A bracketed paste is text, never keys: it goes into the focused field of an open form
/// (cleaned by `PastedText`), and does nothing anywhere else, so a pasted line break cannot
/// save a form and a pasted space cannot cycle a checklist item.
extension Reducer {
    static func paste(_ text: String, _ state: inout AppState) {
        guard state.overlay == nil, var form = state.form, form.prompt == nil,
              form.fields.indices.contains(form.focus) else { return }
        var field = form.fields[form.focus]
        // A choice is picked, not typed; no field stores line breaks (Enter moves to the next
        // field, a note wraps), so they arrive as spaces.
        if case .choice = field.kind { return }
        let cleaned = PastedText.cleaned(text, keepingLineBreaks: false)
        guard !cleaned.isEmpty else { return }
        field.input.insert(cleaned)
        field.error = nil
        form.fields[form.focus] = field
        state.form = form
    }
}
