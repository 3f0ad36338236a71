/// What to start: an executable with arguments and environment, in a working folder, with a limit.
struct ProcessRequest: Sendable, Hashable {
    /// Absolute path of the executable.
    var executable: String
    /// Arguments after argv[0].
    var arguments: [String]
    var environment: [String: String]
    var workingDirectory: String
    /// Seconds after which the whole process group is killed.
    var timeout: Double

}
