import Foundation

/// What a successful build read and wrote, kept in the cache folder: when nothing in it changed
/// (the content files' bytes, options, sitegen's binary, the cache entries it used, the
/// interpreters and the machine) and the output folder is as that build left it, a rebuild would
/// write the same bytes, so it is skipped. Any other difference means a full build (which may still reuse
/// every result).
///
/// The file is text, one fact a line (`BuildManifest+Text.swift`): the no-op check renders
/// today's facts the same way and compares bytes, with no decoding (a JSON decoder's first use
/// cost a warm no-op build more than all its `stat` calls).
struct BuildManifest: Sendable, Hashable {
    /// The inputs; equal inputs give an equal site.
    struct Inputs: Sendable, Hashable {
        var options: [String]
        /// The bytes of the site configuration (`sitegen.yml`), hashed; nil without one.
        var configuration: String?
        var sitegen: FileStamp?
        var content: [String: String]
        var entries: [String: FileStamp]
        var interpreters: [LauncherFingerprint]
        /// Launchers and the executables they resolved to.
        var interpreterStamps: [String: FileStamp]
        var machine: MachineFingerprint
    }

    var inputs: Inputs
    var output: [String: FileStamp]
    var pages: Int
    var examples: Int

    /// The manifest's file for a build into `output`: `build-<hash of its absolute path>.txt`.
    static func file(cache: String, output: String) -> String {
        cache + "/build-" + FNV1a.hex(Array(BuildOptions.absolute(output).utf8)) + ".txt"
    }

    /// Today's inputs for `options`, or nil when the build must run (`--rerun`, no cache).
    static func inputs(
        _ options: BuildOptions, environment: [String: String], used: Set<String>,
        interpreters: [LauncherFingerprint], executables: [String]
    ) -> Inputs? {
        guard let cache = options.cacheFolder, options.rerun == .none else { return nil }
        let described = [
            BuildOptions.absolute(options.contentFolder), BuildOptions.absolute(cache),
            "\(options.runs)", "\(options.warmup)", "\(options.instrumented)", "\(options.tracing)",
            "\(options.sampling)", "\(options.noExec)",
            SiteBuilder.version,
        ]
        var entries: [String: FileStamp] = [:]
        for file in used { entries[file] = FileStamp.of(cache + "/" + file) }
        var stamps: [String: FileStamp] = [:]
        for path in interpreters.map(\.launcher) + executables { stamps[path] = FileStamp.of(path) }
        let configuration =
            (options.configFile ?? SiteConfiguration.defaultPath(options.contentFolder))
        return Inputs(
            options: described,
            configuration: TreeStamps.bytes(configuration).map { FNV1a.hex($0) },
            sitegen: FileStamp.of("/proc/self/exe"),
            content: TreeStamps.digests(options.contentFolder), entries: entries,
            interpreters: interpreters.map {
                LauncherFingerprint(
                    language: $0.language, launcher: $0.launcher, environment: environment,
                    readsVersionFiles: LanguageSpec.named($0.language)?.runtime.readsVersionFiles
                        ?? false)
            }, interpreterStamps: stamps, machine: .current())
    }

    /// The manifest of the last build into `options.outputFolder`, if today's inputs and the
    /// output folder are exactly as it recorded.
    static func upToDate(_ options: BuildOptions, environment: [String: String]) -> BuildManifest? {
        guard let cache = options.cacheFolder, options.rerun == .none,
            let bytes = (try? Folder.open(cache))?.read(
                Paths.name(file(cache: cache, output: options.outputFolder))),
            let recorded = Recorded(String(decoding: bytes, as: UTF8.self)),
            let inputs = inputs(
                options, environment: environment, used: Set(recorded.entries),
                interpreters: recorded.launchers, executables: recorded.executables)
        else { return nil }
        let today = BuildManifest(
            inputs: inputs, output: TreeStamps.of(options.outputFolder), pages: recorded.pages,
            examples: recorded.examples)
        return today.text == recorded.text ? today : nil
    }

    /// Records a successful build; failures to write only cost the next build its shortcut.
    static func record(
        _ options: BuildOptions, environment: [String: String], used: Set<String>,
        interpreters: InterpreterCache?, pages: Int, examples: Int
    ) {
        guard let cache = options.cacheFolder else { return }
        let path = file(cache: cache, output: options.outputFolder)
        guard
            let inputs = inputs(
                options, environment: environment, used: used,
                interpreters: interpreters?.used.launchers ?? [],
                executables: interpreters?.used.executables ?? [])
        else {
            (try? Folder.open(cache))?.remove(Paths.name(path))
            return
        }
        let manifest = BuildManifest(
            inputs: inputs, output: TreeStamps.of(options.outputFolder), pages: pages,
            examples: examples)
        try? Folder.open(cache).replace(Paths.name(path), Array(manifest.text.utf8))
    }
}
