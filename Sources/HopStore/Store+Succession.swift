import GRDB
import HopModel

// MARK: - The register of business-critical posts

extension Store {
    /// A profession's critical posts (every profession's with nil), each with its successors,
    /// in the order they were added.
    public func criticalPosts(professionId: RowID? = nil) throws(StoreError) -> [CriticalPost] {
        try read { db in
            if let professionId {
                return try CriticalPostRows.fetch(db, where: "profession_id = ?", arguments: [professionId])
            }
            return try CriticalPostRows.fetch(db)
        }
    }

    /// Adds (id 0) or updates (at its version) a critical post with its successors as a whole.
    public func saveCriticalPost(_ post: CriticalPost, by user: String) throws(StoreError) -> CriticalPost {
        try validated { try Validate.criticalPost(post) }
        return try write(by: user) { w in try w.saveCriticalPost(post) }
    }

    public func deleteCriticalPost(id: RowID, expectedVersion: Int, by user: String) throws(StoreError) {
        try write(by: user) { w in
            let current = try w.currentCriticalPost(id: id, expectedVersion: expectedVersion)
            try CriticalPost.delete(w.db, key: current.keyValues)
            try w.log(.criticalPost, recordId: String(id), action: .delete, professionId: current.professionId,
                      before: CriticalPostRows.json(current), after: nil)
        }
    }
}

extension WriteContext {
    /// The post with its successors as stored now, provided it is still at `expectedVersion`.
    func currentCriticalPost(id: RowID, expectedVersion: Int) throws -> CriticalPost {
        guard let current = try CriticalPostRows.fetch(db, id: id) else {
            throw StoreError.conflict(kind: .criticalPost, recordId: String(id), current: nil)
        }
        guard current.version == expectedVersion else {
            throw StoreError.conflict(kind: .criticalPost, recordId: String(id), current: .criticalPost(current))
        }
        return current
    }

    /// Inserts (version 0) or updates the post and replaces its successors; logs the post as a
    /// whole. Checks what `Validate.criticalPost` cannot: the records it names exist, and no
    /// other post of the profession in the department has its title.
    @discardableResult
    func saveCriticalPost(_ post: CriticalPost) throws -> CriticalPost {
        _ = try requireProfession(post.professionId)
        try requireDepartment(post.departmentId)
        try requireGrade(post.gradeId)
        if let holder = post.holderId { try requireStaff(holder) }
        for successor in post.successors { try requireStaff(successor.staffId) }
        if try Bool.fetchOne(db, sql: """
            SELECT 1 FROM critical_post WHERE profession_id = ? AND department_id = ? AND title = ? AND id <> ?
            """, arguments: [post.professionId, post.departmentId, post.title, post.id]) == true {
            throw StoreError.duplicate(kind: .criticalPost, field: "post title (one per profession and department)")
        }
        var saved = post
        let before = post.id == 0 ? nil : try CriticalPostRows.fetch(db, id: post.id)
        try Validate.limits(post, stored: before)
        for successor in post.successors {
            let stored = before?.successors.first { $0.staffId == successor.staffId }
            try Validate.limits(successor, stored: stored)
        }
        if let before {
            guard before.version == post.version else {
                throw StoreError.conflict(kind: .criticalPost, recordId: String(post.id), current: .criticalPost(before))
            }
            try post.update(db)
            saved.version += 1
        } else {
            guard post.version == 0 else {
                throw StoreError.conflict(kind: .criticalPost, recordId: String(post.id), current: nil)
            }
            saved.id = try post.insert(db)
            saved.version = 1
        }
        try CriticalPostRows.replaceSuccessors(db, saved)
        try log(.criticalPost, recordId: String(saved.id), action: before == nil ? .insert : .update,
                professionId: saved.professionId, before: before.map(CriticalPostRows.json),
                after: CriticalPostRows.json(saved))
        return saved
    }
}

extension Validate {
    /// A title, and each successor named once, never the holder.
    static func criticalPost(_ post: CriticalPost) throws {
        try notBlank(post.title, "Post title")
        var seen: Set<RowID> = []
        for successor in post.successors {
            if successor.staffId == post.holderId {
                throw StoreError.invalid(field: "Successor", reason: "the post's holder cannot be its successor")
            }
            guard seen.insert(successor.staffId).inserted else {
                throw StoreError.invalid(field: "Successor", reason: "the same person is named twice")
            }
        }
    }
}

extension Store {
    /// A profession's register with the people it names and the departments and grades, in one
    /// read: what the succession screen shows.
    public func successionRegister(professionId: RowID) throws(StoreError) -> SuccessionRegister {
        try read { db in
            let posts = try CriticalPostRows.fetch(db, where: "profession_id = ?", arguments: [professionId])
            let ids = Set(posts.flatMap { post in (post.holderId.map { [$0] } ?? []) + post.successors.map(\.staffId) })
            var people: [RowID: StaffMember] = [:]
            for id in ids.sorted() {
                if let member = try StaffMember.fetch(db, key: [id]) { people[id] = member }
            }
            let departments = try Department.fetchAll(db, sql: "SELECT \(Department.selection) FROM department ORDER BY name")
            let grades = try Grade.fetchAll(db, sql: "SELECT \(Grade.selection) FROM grade ORDER BY rank")
            return SuccessionRegister(posts: posts, people: people, departments: departments, grades: grades)
        }
    }

    /// The member with this staff number, nil when there is none.
    public func staffMember(number: String) throws(StoreError) -> StaffMember? {
        try read { db in
            try StaffMember.fetchAll(db, sql: "SELECT \(StaffMember.selection) FROM staff WHERE staff_number = ?",
                                     arguments: [number]).first
        }
    }
}
