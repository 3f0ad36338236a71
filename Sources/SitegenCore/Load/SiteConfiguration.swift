import Foundation

/// `sitegen.yml`, read once in the Load stage: the environments every example runs in and the
/// runnable languages. Without the file: one environment and the built-in languages, which is
/// exactly how sitegen behaved before the file existed.
public struct SiteConfiguration: Sendable, Hashable {
    /// The file it was read from; nil for the defaults.
    let file: String?
    /// In the order the file lists them; never empty.
    let environments: [EnvironmentSpec]
    /// By fence language: the built-in ones, overridden or extended by the file.
    let languages: [String: LanguageSpec]
    /// The line of each environment's `cpus:` (by environment id), for errors found on the
    /// machine that builds (a CPU it lacks).
    let cpusLines: [String: Int]

    init(
        file: String? = nil, environments: [EnvironmentSpec] = [.default],
        languages: [String: LanguageSpec] = LanguageSpec.builtIn, cpusLines: [String: Int] = [:]
    ) {
        self.file = file
        self.environments = environments
        self.languages = languages
        self.cpusLines = cpusLines
    }

    /// No `sitegen.yml`: one environment, `python3` from PATH, the built-in languages.
    static let `default` = SiteConfiguration()

    /// The configuration file's name, looked for beside the content folder.
    static let fileName = "sitegen.yml"

    /// `override` (`--config PATH`, which must exist), else `sitegen.yml` beside the content
    /// folder when there is one, else the defaults.
    static func load(contentFolder: String, override: String? = nil) throws
        -> SiteConfiguration
    {
        let path = override ?? defaultPath(contentFolder)
        if override == nil && !FileManager.default.fileExists(atPath: path) { return .default }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SitegenError(
                .load, path: path, "the configuration file cannot be read",
                hint: override != nil
                    ? "check the path given to --config" : "check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SitegenError(
                .load, path: path, "the configuration file is not valid UTF-8",
                hint: "save it as UTF-8")
        }
        return try parse(text, file: path)
    }

    /// `sitegen.yml` beside the content folder (at the project root).
    public static func defaultPath(_ contentFolder: String) -> String {
        let parent = Paths.parent(contentFolder)
        return parent.isEmpty ? fileName : parent + "/" + fileName
    }

    /// Reads `text` as the configuration file `file` (named in errors).
    static func parse(_ text: String, file: String) throws -> SiteConfiguration {
        try ConfigurationReader(file: file).read(text)
    }
}
