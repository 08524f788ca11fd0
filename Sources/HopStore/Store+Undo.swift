extension Store {
    /// True inside `undoing`: the change log labels the writes "undo" rather than insert,
    /// update or delete, so that its reader sees an undo for what it is.
    @TaskLocal static var loggingUndo = false

    /// Runs `body` (writes on this thread) with its change-log entries labelled "undo".
    public static func undoing<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        var result: Result<T, E>?
        $loggingUndo.withValue(true) {
            do throws(E) { result = .success(try body()) } catch { result = .failure(error) }
        }
        return try result!.get()
    }
}
