import Foundation

/// What decides which interpreter a launcher (`python3`, a pyenv shim, `swiftc`) resolves to,
/// read without spawning it: the launcher file, PATH, the variables pyenv and virtualenvs read,
/// and pyenv's version files (`$PYENV_ROOT/version`, `.python-version` here and in parents).
struct LauncherFingerprint: Sendable, Hashable, Codable {
    /// Variables that change what `python3` or `swiftc` resolves to.
    static let variables = [
        "PATH", "PYENV_VERSION", "PYENV_ROOT", "VIRTUAL_ENV", "CONDA_PREFIX", "SITEGEN_PYTHON",
        "SITEGEN_SWIFTC",
    ]

    var language: String
    var launcher: String
    var launcherStamp: FileStamp?
    var environment: [String: String]
    /// Path → content of each pyenv version file that exists.
    var versionFiles: [String: String]

    /// `readsVersionFiles`: the language's runtime consults pyenv's version files
    /// (`LanguageSpec.Runtime.readsVersionFiles`).
    init(
        language: String, launcher: String, environment: [String: String],
        readsVersionFiles: Bool = false,
        directory: String = FileManager.default.currentDirectoryPath
    ) {
        self.language = language
        self.launcher = launcher
        launcherStamp = FileStamp.of(launcher)
        self.environment = environment.filter { Self.variables.contains($0.key) }
        versionFiles = readsVersionFiles ? Self.versionFiles(environment, from: directory) : [:]
    }

    static func versionFiles(_ environment: [String: String], from directory: String)
        -> [String: String]
    {
        let home = environment["HOME"] ?? NSHomeDirectory()
        var candidates = [(environment["PYENV_ROOT"] ?? home + "/.pyenv") + "/version"]
        var folder = Paths.absolute(directory)
        while true {
            candidates.append((folder == "/" ? "" : folder) + "/.python-version")
            if folder == "/" || folder.isEmpty { break }
            folder = Paths.parent(folder)
        }
        var files: [String: String] = [:]
        for path in candidates {
            if let data = FileManager.default.contents(atPath: path) {
                files[path] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }
}
