import Foundation

@testable import SitegenCore

/// A two-page site with a Python and a shell example, a fake `python3` (an empty executable file
/// that `SITEGEN_PYTHON` names) and a cache folder, all in a temporary folder.
struct CacheSite {
    let folder: TemporaryFolder
    let executor: CountingExecutor
    var content: String { folder.path + "/content" }
    var cache: String { folder.path + "/cache" }
    var python: String { folder.path + "/bin/python3" }

    static let page = """
        ---
        title: Examples
        ---
        # Examples

        Some prose.

        ```python run id=hello
        print('hello')
        ```

        ```sh run id=shell
        echo hello
        ```

        """

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("content/index.md", "# Home\n\nSee [examples](examples.html).\n")
        try folder.write("content/examples.md", Self.page)
        try folder.write("bin/python3", "")
        chmod(folder.path + "/bin/python3", 0o755)
        executor = CountingExecutor(python: folder.path + "/bin/python3")
    }

    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SITEGEN_PYTHON"] = python
        return environment
    }

    /// Builds into `output` (relative to the folder) with one run and no warm-up.
    @discardableResult
    func build(
        _ output: String = "site", rerun: RerunSelection = .none, noExec: Bool = false,
        environment extra: [String: String] = [:]
    ) throws -> SiteBuilder.Summary {
        var options = BuildOptions(
            contentFolder: content, outputFolder: folder.path + "/" + output, runs: 1, warmup: 0,
            cacheFolder: cache)
        options.rerun = rerun
        options.noExec = noExec
        let builder = SiteBuilder(
            executor: executor, environment: environment.merging(extra) { _, new in new })
        return try builder.build(options)
    }

    /// Every file of a built site, as bytes.
    func files(_ output: String = "site") -> [String: Data] {
        Self.files(in: folder.path + "/" + output)
    }

    /// Every file under `root`, as bytes, by relative path.
    static func files(in root: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: root)! {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: root + "/" + relative, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                files[relative] = FileManager.default.contents(atPath: root + "/" + relative)
            }
        }
        return files
    }

    func entries() -> [String] {
        ExecutionCache(folder: cache).entryFiles()
    }
}
