import HopModel
import TerminalUI

/// An open form, drawn in a box over the screen: one row per field (notes take several), the
/// message for an invalid field beside it, then a failed save or a question, then the keys.
enum FormOverlay {
    /// The label column: the marker, the longest label and a space, so no label is cut, up to
    /// `maxLabelWidth` (a longer label ends in "…").
    static func labelWidth(_ form: Form) -> Int {
        min(maxLabelWidth, 2 + (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0))
    }
    static let maxLabelWidth = 28
    /// The input column: what is left beside the labels, less `errorWidth` columns while a
    /// field shows an error beside its value, at least 24 and at most `maxInputWidth`. Without
    /// an error the values take the room, so an e-mail address reads whole at 80 columns.
    static func inputWidth(inner: Int, label: Int, errors: Bool = true) -> Int {
        max(24, min(maxInputWidth, inner - label - (errors ? errorWidth : 0)))
    }
    static let errorWidth = 33
    static let maxInputWidth = 72
    /// The box: 78 columns up to 130 wide, then 60% of the width (120 at 200).
    static func width(_ area: Rect) -> Int { min(area.width - 2, max(78, area.width * 3 / 5)) }

    static func rows(_ field: FormField) -> Int {
        if case .note(let rows) = field.kind { return rows }
        return 1
    }

    /// Draws the form; returns where the terminal cursor belongs (the focused text field), if anywhere.
    @discardableResult
    static func render(_ form: Form, state: AppState, in area: Rect, buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        let fieldRows = form.fields.map(rows).reduce(0, +)
        let modal = Modal(title: form.title, width: width(area), height: min(area.height, fieldRows + 7))
        let inner = modal.render(in: area, buffer: &buffer, theme: theme)
        let labelWidth = labelWidth(form)
        let inputWidth = inputWidth(inner: inner.width, label: labelWidth, errors: form.fields.contains { $0.error != nil })
        guard inner.width > labelWidth + 4, inner.height > 2 else { return nil }
        var y = inner.y + 1
        var cursor: (x: Int, y: Int)?
        // A reader's cursor marks the focused field (declared as the selected row); glyphs are not read.
        let marker = theme.screenReader ? " " : theme.unicode ? "›" : ">"
        for (index, field) in form.fields.enumerated() where y < inner.maxY {
            let focused = index == form.focus && form.prompt == nil
            buffer.map.row(index, at: Rect(x: inner.x, y: y, width: inner.width, height: 1), selected: focused)
            let labelStyle = focused ? theme.title : theme.text
            buffer.write((focused ? marker : " ") + field.label, x: inner.x, y: y, style: labelStyle, maxWidth: labelWidth - 1)
            let x = inner.x + labelWidth
            var inputStyle = focused ? theme.selection : theme.text
            inputStyle.underline = !focused
            switch field.kind {
            case .choice:
                let arrows = theme.screenReader ? ("", "") : theme.unicode ? ("‹ ", " ›") : ("< ", " >")
                buffer.write(TextFitting.pad(arrows.0 + field.value + arrows.1, to: inputWidth), x: x, y: y, style: inputStyle)
            case .note(let noteRows):
                let width = inner.maxX - x
                let wrapped = field.input.wrapped(width: width)
                // Keep the cursor's row in view.
                let first = max(0, wrapped.cursorLine - noteRows + 1)
                for row in 0..<noteRows where y + row < inner.maxY {
                    let line = wrapped.lines.indices.contains(first + row) ? wrapped.lines[first + row] : ""
                    buffer.fill(Rect(x: x, y: y + row, width: width, height: 1), style: inputStyle)
                    buffer.write(line, x: x, y: y + row, style: inputStyle, maxWidth: width)
                }
                if focused { cursor = (x + wrapped.cursorColumn, y + wrapped.cursorLine - first) }
            case .text, .number, .date, .list, .fullTimeEquivalent:
                let at = field.input.render(x: x, y: y, width: inputWidth, style: inputStyle, buffer: &buffer, focused: focused)
                if focused { cursor = at }
            }
            if let error = field.error {
                let errorX = x + inputWidth + 1
                buffer.write(Symbols(theme).warning + " " + error, x: errorX, y: y, style: theme.bad,
                             maxWidth: max(0, inner.maxX - errorX))
            }
            y += rows(field)
        }
        var out = LineWriter(Rect(x: inner.x, y: inner.maxY - 3, width: inner.width, height: 3))
        if let prompt = form.prompt {
            for line in TextFitting.wrap(question(prompt, state: state), width: inner.width, lines: 2) {
                out.line(line, theme.warning, buffer: &buffer)
            }
        } else if let failure = form.failure {
            for line in TextFitting.wrap(failure, width: inner.width, lines: 2) { out.line(line, theme.bad, buffer: &buffer) }
        } else if let focused = form.fields.indices.contains(form.focus) ? form.fields[form.focus] : nil,
                  case .choice = focused.kind {
            out.line("Left/Right or Space change it; a letter or number picks directly.", theme.muted, buffer: &buffer)
        } else if let focused = form.fields.indices.contains(form.focus) ? form.fields[form.focus] : nil,
                  let counter = focused.counter {
            out.line("\(focused.label): \(counter) characters", theme.muted, buffer: &buffer)
        }
        buffer.write("Tab next · Enter on the last field or Ctrl-S saves · Esc cancels", x: inner.x, y: inner.maxY - 1,
                     style: theme.muted, maxWidth: inner.width)
        return form.prompt == nil ? cursor : nil
    }

    static func question(_ prompt: FormPrompt, state: AppState) -> String {
        switch prompt {
        case .discardChanges:
            return "You have changed this form. Discard your changes? y discards, n keeps editing."
        case .conflict(let current?):
            return "Someone else saved this after you opened it. Stored now: \(describe(current, state: state)). "
                + "r reloads theirs (drops your edits), o overwrites with yours, Esc keeps editing."
        case .conflict(nil):
            return "Someone else removed this record after you opened it. o saves yours anew, r reloads, Esc keeps editing."
        }
    }

    static func describe(_ record: EditableRecord, state: AppState) -> String {
        switch record {
        case .checklistEntry(let e): Change.saveChecklistEntry(e).summary(state.framework)
        case .maturityAssessment(let a):
            "L\(a.level) on \(a.date.iso) by \(a.assessor)" + (a.rationale.isEmpty ? "" : ": \(a.rationale)")
        case .skill(let k, let requirements): Change.saveSkill(k, requirements: requirements).summary(state.framework)
        case .staff(let m): "\(m.staffNumber) \(m.name), \(m.post)"
        case .profession(let p): "\(p.code) \(p.name), head \(p.headName)"
        case .cpdRequirement(let r): "\(r.hoursPerCycle) hours per cycle from month \(r.cycleStartMonth)"
        case .assessment(let a): "L\(a.level) on \(a.date.iso), \(a.source.label)"
        case .cpdActivity(let a): "\(a.title), \(Format.hours(minutes: a.minutes)) h on \(a.date.iso)"
        case .qualificationHeld(let q): q.qualification
        case .department(let d): "\(d.code) \(d.name)"
        case .grade(let g): "\(g.code) \(g.name)"
        case .memberships(_, let list): "\(list.count) profession\(list.count == 1 ? "" : "s")"
        case .qualificationRequirements(_, let list):
            list.isEmpty ? "no mandatory qualifications" : list.map(\.qualification).sorted().joined(separator: ", ")
        case .movement(let m):
            "\(m.type.label) from \(m.start.iso)" + (m.end.map { " to \($0.iso)" } ?? "")
                + (m.toPost.isEmpty ? "" : ", post \(m.toPost)") + (m.organisation.isEmpty ? "" : ", \(m.organisation)")
        case .departmentalLead(let l): "\(l.name) \(l.email) \(l.phone)"
        case .seminarSettings(let s): "\(s.groups) groups, \(s.locks.count) pinned"
        case .forumDate(let f): f.label
        case .followUp(let f): "\(f.date.iso) \(f.reason)" + (f.note.isEmpty ? "" : ": \(f.note)")
        case .followUpBatch(let b): "\(b.count) follow-ups \"\(b.template.reason)\" of \(b.template.date.iso)"
        case .criticalPost(let p): "\(p.title), risk \(p.risk.label.lowercased()), \(p.successors.count) successor\(p.successors.count == 1 ? "" : "s")"
        case .learningOffer(let o):
            "\(o.title) (\(o.provider)), \(LearningOffer.hours(o.minutes)) h, \(LearningOffer.pounds(o.costPence)) a place, \(o.places) places"
        case .developmentPlan(let p):
            "plan \(DevelopmentPlan.yearLabel(p.year)), \(p.lines.count) line\(p.lines.count == 1 ? "" : "s"), "
                + "\(p.lines.reduce(0) { $0 + $1.places }) places"
        case .booking(let b): b.text
        case .bookingBatch(let b): "\(b.people) booked on \(b.lineName) on \(b.booked.iso)"
        }
    }
}
