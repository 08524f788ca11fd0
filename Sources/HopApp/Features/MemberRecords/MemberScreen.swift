import HopModel
import TerminalUI

/// One member's assessments, CPD activities and qualifications, a section at a time.
enum MemberScreen {
    static func visibleRows(_ size: Size) -> Int { Layout.listRows(size, above: 2, below: 2) }

    static func skillName(_ id: RowID, _ state: AppState) -> String {
        state.profession?.dashboard?.data.skills.first { $0.id == id }?.name ?? "skill \(id)"
    }

    static func shortLabel(_ type: MovementType) -> String {
        type == .shadowing ? "Job shadowing" : type.label
    }

    /// What a movement was: from → to (`to`, a word for a reader), or where a placement is.
    static func detail(_ m: Movement, _ state: AppState, to: String) -> String {
        func profession(_ id: RowID?) -> String {
            id.map { id in state.overview.rows.first { $0.professionId == id }?.name ?? "profession \(id)" } ?? "outside"
        }
        func department(_ id: RowID?) -> String {
            id.map { id in state.staffList.departments.first { $0.id == id }?.name ?? "department \(id)" } ?? "?"
        }
        switch m.type {
        case .post: return (m.fromPost.isEmpty ? "" : m.fromPost + " \(to) ") + m.toPost
        case .profession: return profession(m.fromProfessionId) + " \(to) " + profession(m.toProfessionId)
        case .department: return department(m.fromDepartmentId) + " \(to) " + department(m.toDepartmentId)
        case .secondment, .loan, .shadowing: return m.organisation + (m.sector.map { " (\($0.label))" } ?? "")
        case .returned: return m.organisation.isEmpty ? "back in post" : "back from " + m.organisation
        }
    }

    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer, theme: Theme) {
        guard let view = state.member else { return }
        let inner = Block(title: "\(view.member.name) (\(view.member.staffNumber)) · \(view.member.post)", focused: true,
                          footer: Keymap.footer(.memberRecords, state: state))
            .render(in: rect, buffer: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var out = LineWriter(inner)
        let long = MemberSection.allCases.reduce(0) { $0 + DisplayWidth.of($1.title) + 4 } - 2 > inner.width
        out.line(MemberSection.allCases.map { [("\($0.rawValue + 1) \(long ? $0.shortTitle : $0.title)",
                                                $0 == view.section ? theme.selection : theme.muted),
                                               ("  ", theme.text)] }.flatMap { $0 }, buffer: &buffer)
        guard let records = view.records else {
            out.line("Reading…", theme.muted, buffer: &buffer)
            return
        }
        let rows: [String]
        switch view.section {
        case .assessments:
            out.line("Date        Skill                          Level  Source", theme.title, buffer: &buffer)
            rows = records.assessments.map {
                TextFitting.pad($0.date.iso, to: 12) + TextFitting.pad(skillName($0.skillId, state), to: 30) + " "
                    + TextFitting.pad("L\($0.level)", to: 7) + $0.source.label
            }
        case .cpd:
            out.line("Date        Hours  Type                 Title", theme.title, buffer: &buffer)
            rows = records.activities.map {
                TextFitting.pad($0.date.iso, to: 12) + TextFitting.pad(Format.hours(minutes: $0.minutes), to: 7)
                    + TextFitting.pad($0.type.label, to: 21) + $0.title
            }
        case .qualifications:
            out.line("Gained on   Expires     Qualification", theme.title, buffer: &buffer)
            rows = records.qualifications.map {
                TextFitting.pad($0.date.iso, to: 12) + TextFitting.pad($0.expires?.iso ?? "-", to: 12) + $0.qualification
            }
        case .movements:
            let to = Symbols(theme).to
            out.line("Start       End         Type            " + (theme.screenReader ? "From, to, or where" : "From → to, or where"),
                     theme.title, buffer: &buffer)
            rows = records.movements.map {
                TextFitting.pad($0.start.iso, to: 12) + TextFitting.pad($0.end?.iso ?? "", to: 12)
                    + TextFitting.pad(shortLabel($0.type), to: 16) + detail($0, state, to: to)
            }
        case .bookings:
            out.line("Plan     Status     Booked      Completed   Hours  Offer: skill", theme.title, buffer: &buffer)
            rows = records.bookings.map {
                TextFitting.pad(DevelopmentPlan.yearLabel($0.planYear), to: 9) + TextFitting.pad($0.booking.status.label, to: 11)
                    + TextFitting.pad($0.booking.booked.iso, to: 12) + TextFitting.pad($0.booking.completed?.iso ?? "-", to: 12)
                    + TextFitting.pad(Format.hours(minutes: $0.minutes), to: 7) + "\($0.offerTitle): \($0.skillName)"
            }
        }
        if rows.isEmpty {
            out.line(view.section == .bookings ? "Not booked on any plan. Book from the plan: P, then Enter on a line."
                     : "None recorded. Press n to add one.", theme.muted, buffer: &buffer)
        }
        for (i, row) in rows.enumerated().dropFirst(view.position.offset).prefix(visibleRows(state.size)) {
            out.declareRow(i, selected: i == view.position.selected, buffer: &buffer)
            out.line(row, i == view.position.selected ? theme.selection : theme.text, buffer: &buffer)
        }
        if let record = view.pendingDelete {
            var bottom = LineWriter(Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
            for line in TextFitting.wrap(MemberRecordsFeature.deleteQuestion(record, state), width: inner.width, lines: 2) {
                bottom.line(line, theme.warning, buffer: &buffer)
            }
        }
    }
}
