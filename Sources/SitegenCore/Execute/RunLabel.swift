/// Where an example stands in one `ExampleRunner.run`: its place for the progress events and
/// the "[2/5] id" prefix of its log lines.
struct RunLabel: Sendable, Hashable, CustomStringConvertible {
    var index: Int
    var count: Int
    var id: String

    var description: String { count == 0 ? id : "[\(index)/\(count)] \(id)" }
}
