import Foundation

/// The Execute stage: runs every example, one at a time, each in a fresh temporary folder:
/// warm-up runs, then measured runs, the last of which is shown.
public struct ExampleRunner: Sendable {
    public var executor: any ProcessExecutor
    public var environment: [String: String]
    /// Called before each example starts, with a line for stderr.
    public var progress: @Sendable (String) -> Void
    /// Structured events for progress bars and the preview server (`BuildEvent`).
    public var events: @Sendable (BuildEvent) -> Void = { _ in }
    /// Measured runs and warm-up runs for examples whose fence does not say.
    public var runs = 5
    public var warmup = 1
    /// Tag Python lines through the side channel and sample the tree from /proc.
    public var instrumented = true
    /// With `instrumented`, each half alone (benchmarks/overhead.sh measures them separately).
    public var tracing = true
    public var sampling = true
    /// Interpreters already resolved, by language (the build resolves them to key the cache).
    public var resolved: [String: Interpreter] = [:]
    /// The runnable languages (`sitegen.yml`'s, or the built-in ones).
    public var languages = LanguageSpec.builtIn
    /// The environment's CPU set: every run is pinned to it (`taskset -c`); nil: not pinned.
    public var cpus: CPUSet?

    /// The run settings the cache key was made with (`RunPlan`).
    var defaults: RunPlan.Defaults {
        RunPlan.Defaults(
            runs: runs, warmup: warmup, instrumented: instrumented, tracing: tracing,
            sampling: sampling)
    }

    public init(
        executor: any ProcessExecutor, environment: [String: String],
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.executor = executor
        self.environment = environment
        self.progress = progress
    }

    public func run(_ examples: [Example]) throws -> [ExampleResult] {
        var resolver = InterpreterResolver(environment: environment, executor: executor)
        resolver.languages = languages
        var interpreters = resolved
        var results: [ExampleResult] = []
        var programs: [String: String] = [:]  // source → compiled program, shared by a sweep
        let scratch = try Scratch.make()
        defer { scratch.remove() }
        let channel = instrumented && tracing ? try TraceChannel(scratch: scratch.path) : nil
        let plannedRuns = examples.reduce(0) {
            $0 + ($1.warmup ?? self.warmup) + ($1.runs ?? self.runs)
        }
        if !examples.isEmpty { events(.planned(examples: examples.count, runs: plannedRuns)) }
        for (index, example) in examples.enumerated() {
            let interpreter =
                try interpreters[example.language]
                ?? resolver.resolve(example.language, for: example.location)
            interpreters[example.language] = interpreter
            let label = "[\(index + 1)/\(examples.count)] \(example.id)"
            progress("\(label): running (\(example.location))")
            let plan = RunPlan(example, defaults)
            let warmup = plan.warmup
            let runs = plan.runs
            events(
                .exampleStarted(
                    index: index + 1, count: examples.count, id: example.id,
                    location: example.location, runs: warmup + runs))
            defer { events(.exampleFinished(index: index + 1, id: example.id)) }
            var last: ExampleRun?
            var program: String? = programs[example.code]
            switch program != nil
                ? .compiled(program!)
                : try ProgramBuilder.build(
                    example, with: interpreter, in: scratch, executor: executor,
                    environment: environment)
            {
            case .interpreted: break
            case .compiled(let path):
                if programs[example.code] == nil {
                    progress("\(label): compiled with \(interpreter.compiler!) -O (not timed)")
                }
                programs[example.code] = path
                program = path
            case .failed(let capture):
                progress("\(label): compilation \(capture.outcome.summary)")
                results.append(
                    ExampleResult(example: example, interpreter: interpreter, capture: capture))
                continue
            }
            for number in 0..<warmup {
                progress("\(label): warm-up \(number + 1)/\(warmup)")
                last = try runOnce(
                    example, with: interpreter, program: program, in: scratch, channel: channel)
                events(
                    .runFinished(
                        index: index + 1, id: example.id, seconds: last!.capture.wallSeconds))
                if last?.capture.outcome.succeeded == false { break }
            }
            var measured: [RunMeasurement] = []
            if last?.capture.outcome.succeeded != false {
                for number in 0..<runs {
                    let run = try runOnce(
                        example, with: interpreter, program: program, in: scratch,
                        channel: channel)
                    measured.append(run.measurement)
                    events(
                        .runFinished(
                            index: index + 1, id: example.id, seconds: run.capture.wallSeconds))
                    progress(
                        "\(label): run \(number + 1)/\(runs) "
                            + String(format: "%.3f s wall", run.capture.wallSeconds))
                    last = run
                    if !run.capture.outcome.succeeded { break }
                }
            }
            let shown = last!
            progress("\(label): \(shown.capture.outcome.summary)")
            var result = ExampleResult(
                example: example, interpreter: interpreter, capture: shown.capture)
            result.runs = measured
            result.warmupRuns = warmup
            result.trace = shown.trace
            if let attribution = shown.attribution {
                result.lines = attribution.lines
                result.events = attribution.events
                result.unattributedReason = attribution.unattributed
            }
            results.append(result)
        }
        return results
    }

    private func runOnce(
        _ example: Example, with interpreter: Interpreter, program: String?, in scratch: Scratch,
        channel: TraceChannel?
    ) throws -> ExampleRun {
        let folder = try scratch.folder(for: example.id)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = folder + "/" + interpreter.sourceFileName
        // Not createFile: it fsyncs, milliseconds between timed runs.
        guard (try? PlainFile.write(Data(example.code.utf8), to: source)) != nil else {
            throw SitegenError(
                .execute, at: example.location, path: source,
                "could not write the example's source",
                hint: "check that the temporary folder (TMPDIR) is writable")
        }
        var environment = self.environment
        environment["PYTHONUNBUFFERED"] = "1"
        environment["PYTHONIOENCODING"] = "utf-8"
        environment.merge(example.parameterEnvironment) { _, parameter in parameter }
        let tagged = interpreter.language == "python" ? channel : nil
        let traceFile = try tagged?.prepare(&environment)
        defer { if let traceFile { try? FileManager.default.removeItem(atPath: traceFile) } }
        let command = CPUPinning.wrap(
            interpreter.invocation(source: source, program: program), cpus: cpus)
        let request = ProcessRequest(
            executable: command.executable, arguments: command.arguments,
            environment: environment, workingDirectory: folder, timeout: example.timeout)
        let sampler = instrumented && sampling ? TreeSampler() : nil
        let capture = try executor.run(request, observer: sampler)
        let trace = sampler?.trace
        let attribution = traceFile.map { TraceChannel.read($0, capture: capture) }
        return ExampleRun(capture: capture, trace: trace, attribution: attribution ?? nil)
    }
}

/// One run's capture with what the sampler and the side channel saw.
struct ExampleRun {
    var capture: ProcessCapture
    var trace: TreeTrace?
    var attribution: TraceReader.Attribution?

    var measurement: RunMeasurement {
        let sampled = trace.map { !$0.samples.isEmpty && $0.peakRSSBytes > 0 } ?? false
        return RunMeasurement(
            wallSeconds: capture.wallSeconds, userSeconds: capture.userSeconds,
            systemSeconds: capture.systemSeconds,
            peakRSSBytes: sampled ? trace!.peakRSSBytes : capture.maxRSSBytes, treeSampled: sampled,
            peakPSSBytes: sampled ? trace!.peakPSSBytes : nil,
            medianCores: sampled ? Statistics.median(trace!.samples.map(\.cores)) : nil,
            resultNumbers: ResultLine.parse(LineAssembler.lines(from: capture.chunks))?.numbers)
    }
}

/// A temporary folder for one build's example runs.
struct Scratch {
    let path: String

    static func make() throws -> Scratch {
        let base = NSTemporaryDirectory()
        let path = (base as NSString).appendingPathComponent(
            "sitegen-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw SitegenError(
                .execute, path: path, "could not create a temporary folder",
                hint: "check that TMPDIR (\(base)) exists and is writable")
        }
        return Scratch(path: path)
    }

    /// A fresh, empty working folder for one run.
    func folder(for id: String) throws -> String {
        let folder = path + "/" + id + "-" + String(UInt32.random(in: 0...UInt32.max))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
