import Foundation

/// What the user asked the build to do.
public struct BuildOptions: Sendable, Hashable {
    public var contentFolder: String
    public var outputFolder: String
    /// Measured runs per example, unless its fence says `runs=`.
    public var runs: Int
    /// Warm-up runs (not measured) per example, unless its fence says `warmup=`.
    public var warmup: Int
    /// Line tagging and /proc sampling; off only to measure their overhead (benchmarks/).
    public var instrumented: Bool
    /// With `instrumented`: the Python side channel and the /proc sampler separately, to measure
    /// each one's cost (hidden: environment `SITEGEN_INSTRUMENT=trace|sample|all|none`).
    public var tracing = true
    public var sampling = true
    /// The execution cache's folder (the CLI's default is `.sitegen-cache`); nil runs everything
    /// and stores nothing.
    public var cacheFolder: String?
    /// Examples to run even when the cache has their result.
    public var rerun: RerunSelection = .none
    /// Build from the cache alone; fail, listing them, when examples have no cached result.
    public var noExec = false
    /// Replace an output path that is not sitegen's (a folder with other files, a file, a link),
    /// keeping what was there in the cache folder's `replaced/`.
    public var force = false
    /// `--config PATH`: the site configuration; nil looks for `sitegen.yml` beside the content
    /// folder.
    public var configFile: String?
    /// Which interval decides comparisons (`--decision`): a 95 % confidence interval, or the
    /// old ±2σ spread of single runs (which also turns adaptive rounds off: it does not shrink).
    public var decision: EffectDecision.Rule = .interval
    /// Compared examples in interleaved rounds, or each in its own block (`--schedule`).
    public var schedule: ExampleRunner.Schedule = .rounds
    /// Measure each interpreted language's start-up between the examples' runs (`StartupProbe`;
    /// `--no-startup` turns it off). Off for library callers unless they ask: their scripted
    /// executors answer every run, an empty program's too, from the same script.
    public var measuresStartup = false
    /// Seconds each measurement group may spend (`--budget`), unless its fence says `budget=`.
    public var budget: Double?
    /// `sitegen measure --environment ID…`: measure only these environments of `sitegen.yml`;
    /// nil: all of them.
    public var environments: Set<String>?
    /// `sitegen measure --shard K/N`: measure only this shard's examples (`ShardPlan`).
    public var shard: ShardPlan?

    public init(
        contentFolder: String = "content", outputFolder: String = "site",
        runs: Int = RunSettings.defaultRuns, warmup: Int = RunSettings.defaultWarmup,
        instrumented: Bool = true, cacheFolder: String? = nil
    ) {
        self.cacheFolder = cacheFolder
        self.contentFolder = contentFolder
        self.outputFolder = outputFolder
        self.runs = runs
        self.warmup = warmup
        self.instrumented = instrumented
    }

    /// Problems with the options themselves, before anything runs.
    public func validate() throws {
        if runs < 1 {
            throw SitegenError(
                .options, "--runs must be at least 1, not \(runs)", hint: "pass e.g. --runs 5")
        }
        if warmup < 0 {
            throw SitegenError(
                .options, "--warmup must be 0 or more, not \(warmup)", hint: "pass e.g. --warmup 1")
        }
        if let budget, !(budget > 0 && budget.isFinite) {
            throw SitegenError(
                .options, "--budget must be a positive number of seconds, not \(budget)",
                hint: "pass e.g. --budget 60")
        }
        if noExec && cacheFolder == nil {
            throw SitegenError(
                .options, "--no-exec needs the execution cache", hint: "pass --cache DIR")
        }
        if noExec && rerun != .none {
            throw SitegenError(
                .options, "--no-exec and --rerun contradict each other",
                hint: "drop --rerun to build from the cache, or --no-exec to run examples")
        }
        if let configFile, !FileManager.default.fileExists(atPath: configFile) {
            throw SitegenError(
                .options, path: configFile, "the configuration file does not exist",
                hint:
                    "pass --config with the path of a sitegen.yml, or drop --config to use \(SiteConfiguration.defaultPath(contentFolder)) when it exists"
            )
        }
        let content = Self.absolute(contentFolder)
        let output = Self.absolute(outputFolder)
        if let cacheFolder {
            let cache = Self.absolute(cacheFolder)
            if cache == output || cache.hasPrefix(output + "/") || cache == content
                || cache.hasPrefix(content + "/")
            {
                let suggestion = Self.cacheOutside(content: content, output: output)
                throw SitegenError(
                    .options, path: cacheFolder,
                    "the cache folder is inside the output or the content folder",
                    hint:
                        "pass --cache with a folder outside both\(suggestion.map { ", e.g. --cache \($0)" } ?? "")"
                )
            }
            if output == cache || output.hasPrefix(cache + "/") {
                throw SitegenError(
                    .options, path: outputFolder, "the output folder is inside the cache folder",
                    hint: "pass --output with a folder outside \(cacheFolder)")
            }
        }
        if output == content || output.hasPrefix(content + "/") {
            throw SitegenError(
                .options, path: outputFolder, "the output folder is inside the content folder",
                hint: "pass --output with a folder outside \(contentFolder)")
        }
        if content.hasPrefix(output + "/") {
            throw SitegenError(
                .options, path: outputFolder,
                "the content folder is inside the output folder, which a build replaces",
                hint: "pass --output with a folder that does not contain \(contentFolder)")
        }
    }

    /// Where `sitegen serve` writes its preview when not told: a folder of the system's temporary
    /// directory named after the content folder, so a draft never replaces the published site
    /// and never sits inside the cache (whose pruning must not reach a site).
    public static func previewFolder(content: String) -> String {
        let temporary =
            ProcessInfo.processInfo.environment["TMPDIR"].flatMap {
                $0.isEmpty ? nil : $0
            } ?? "/tmp"
        return "\(temporary)/sitegen-preview-\(FNV1a.hex(absolute(content).utf8))"
    }

    /// A cache folder to suggest when the one given is inside the content or the output: the
    /// first of a few usual places that is outside both (never the path just refused).
    static func cacheOutside(content: String, output: String) -> String? {
        [".sitegen-cache", "../.sitegen-cache", "../sitegen-cache"].first { candidate in
            let cache = absolute(candidate)
            return !([content, output].contains { cache == $0 || cache.hasPrefix($0 + "/") })
                && !(output.hasPrefix(cache + "/"))
        }
    }

    static func absolute(_ path: String) -> String {
        Paths.real(path)
    }
}
