import HopModel

/// Booking from a plan line's list of people: `b` books the selected person, `B` everyone on the
/// list as shown (counted and asked first), `e` moves a booking on (completed, cancelled, booked
/// again).
extension PeopleFeature {
    /// From the plan: the people below the requirement in the selected line's skill, each with
    /// their booking on the line.
    static func openForBooking(_ state: inout AppState) -> [Effect] {
        switch PlanFeature.selectedLine(state) {
        case .failure(let refusal):
            state.status = refusal.message
            return []
        case .success(let (key, line)):
            guard let workbench = state.plan.workbench, let skill = workbench.skills[line.skillId] else { return [] }
            var list = PeopleListState()
            let below = workbench.gaps.filter { $0.skillId == line.skillId }.reduce(0) { $0 + $1.people }
            list.figure = PeopleFigure(.below(skill: skill.name), count: below)
            list.professionId = workbench.professionId
            list.bookingLine = key
            list.window.total = below
            state.peopleList = list
            state.screen = screen
            return readList(&state)
        }
    }

    /// The booking keys of a plan line's list (`bookingList` scope).
    static func reduceBooking(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .bookSelected:
            guard let line = state.peopleList.bookingLine, let person = state.peopleList.selected else {
                state.status = "Nobody is selected: nobody booked."
                return []
            }
            if let booking = person.booking {
                let next = booking.status == .cancelled ? "e books them again" : "e changes the booking"
                state.status = "\(person.name) is on this line already (\(booking.text)): \(next)."
                return []
            }
            return [.apply(.saveBooking(Booking(line: line, staffId: person.id, booked: state.today)), before: nil, origin: .quick)]
        case .bookList:
            guard state.peopleList.bookingLine != nil, let query = state.peopleList.query(today: state.today) else { return [] }
            state.notice = "Counting who the list would book…"
            return [countForBooking(query)]
        case .confirmBookList:
            guard state.peopleList.confirmingBookList != nil, let query = state.peopleList.query(today: state.today) else {
                return []
            }
            state.peopleList.confirmingBookList = nil
            return [.apply(.bookList(query, date: state.today), before: nil, origin: .quick)]
        case .cancelBookList:
            state.peopleList.confirmingBookList = nil
            state.status = "Nobody booked."
        case .editSelected:
            guard state.peopleList.bookingLine != nil, let person = state.peopleList.selected else { return [] }
            guard let booking = person.booking, let row = bookingRow(booking, state) else {
                state.status = "\(person.name) is not booked on this line: b books them."
                return []
            }
            state.form = BookingForm.make(row, who: "\(person.name) (\(person.staffNumber))", today: state.today)
        default:
            break
        }
        return []
    }

    /// What `B` would book, as counted: the question, or why it would book nobody. Only for the
    /// list as it is still shown, with nothing else asking meanwhile.
    static func receive(_ counted: BookingListCounted, asked current: PeopleQuery?, _ state: inout AppState) {
        guard state.screen == screen, counted.query == current, state.form == nil,
              !state.peopleList.confirmingFollowUpList else { return }
        state.notice = nil
        if let refusal = counted.count.refusal {
            state.status = "Nobody booked: \(refusal)."
        } else {
            state.peopleList.confirmingBookList = counted.count
        }
    }

    /// A booking on the list's line with what the line is on, from the plan as read.
    static func bookingRow(_ booking: Booking, _ state: AppState) -> BookingRow? {
        guard let workbench = state.plan.workbench, let plan = workbench.plan, let offer = workbench.offer(booking.offerId) else {
            return nil
        }
        return BookingRow(booking: booking, planYear: plan.year, professionId: plan.professionId,
                          skillName: workbench.skillName(booking.skillId), offerTitle: offer.title,
                          level: offer.level(of: booking.skillId), minutes: offer.minutes, type: offer.type)
    }

    /// Counts what `B` would book: the question asked before it, or why it would book nobody.
    static func countForBooking(_ query: PeopleQuery) -> Effect {
        .read(FeatureRead(screen: screen, name: "booking count \(query)") { client, _ in
            BookingListCounted(query: query, count: try EditingRead.editor(client).bookingListCount(query))
        })
    }
}
