import HopModel

/// Looks up a staff number a form names (a critical post's holder, a successor) before the
/// form's save: the store's writes take ids, and a number nobody has is said beside its field.
enum StaffNumberLookup {
    struct Found: FeatureData {
        var number: String
        var member: StaffMember?
    }

    /// Any screen may have the form open; the result is handled before screens see it.
    static let screen = Screen("staff number lookup")

    static func read(_ number: String) -> Effect {
        .read(FeatureRead(screen: screen, name: "staff number \(number)") { client, _ in
            Found(number: number, member: try EditingRead.editor(client).staffMember(number: number))
        })
    }

    /// Resolves the open form's number and saves it, or shows that nobody has it.
    static func receive(_ found: Found, _ state: inout AppState) -> [Effect] {
        guard var form = state.form, form.unresolvedStaffNumber?.number == found.number else { return [] }
        form.resolve(found.number, as: found.member)
        var effects: [Effect] = []
        if found.member != nil { effects = Reducer.save(&form) }
        state.form = form
        return effects
    }
}
