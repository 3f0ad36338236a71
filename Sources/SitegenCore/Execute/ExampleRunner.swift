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

    /// Examples compared with each other (charts, claims), measured together in interleaved
    /// rounds unless `schedule` is `.blocks`.
    public var groups: [MeasurementGroup] = []
    public var schedule: Schedule = .rounds
    /// Says when a group needs more rounds (nil: the minimum rounds only).
    public var decider: (any GroupDecider)? = nil
    /// Seconds a group may spend when its fences give no `budget=` (`--budget`); nil: 1.2 × what
    /// its warm-ups and minimum rounds took.
    public var budget: Double? = nil

    /// How the runs of compared examples are ordered.
    public enum Schedule: String, Sendable, CaseIterable {
        /// Interleaved rounds: one run of each example of a group per round, order shuffled.
        case rounds
        /// Every example's runs one after the other (before issue 12; kept for comparison).
        case blocks
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
        let session = try RunSession(
            resolver: resolver, interpreters: resolved, tracing: instrumented && tracing)
        let plannedRuns = examples.reduce(0) {
            let plan = RunPlan($1, defaults)
            return $0 + plan.warmup + plan.runs
        }
        if !examples.isEmpty { events(.planned(examples: examples.count, runs: plannedRuns)) }
        defer { session.scratch.remove() }
        var labels: [String: RunLabel] = [:]
        for (index, example) in examples.enumerated() {
            labels[example.id] = RunLabel(index: index + 1, count: examples.count, id: example.id)
        }
        var results: [String: ExampleResult] = [:]
        let groups = schedule == .rounds ? self.groups : []
        for unit in MeasurementGroup.units(examples, groups: groups) {
            switch unit {
            case .alone(let example):
                results[example.id] = try runBlock(
                    example, label: labels[example.id]!, session: session)
            case .group(let group, let members):
                let scheduler = RoundScheduler(runner: self, session: session, labels: labels)
                for result in try scheduler.run(group, members) {
                    results[result.example.id] = result
                }
            }
        }
        return examples.compactMap { results[$0.id] }
    }

    /// Today's schedule for an example in no group: its warm-ups, then its runs, as a block.
    func runBlock(_ example: Example, label: RunLabel, session: RunSession) throws -> ExampleResult
    {
        progress("\(label): running (\(example.location))")
        let prepared = try session.prepare(example, label: label.description, runner: self)
        guard case .ready(let interpreter, let program) = prepared else {
            if case .failed(let result) = prepared { return result }
            fatalError("unreachable")
        }
        let plan = RunPlan(example, defaults)
        let warmup = plan.warmup
        let runs = plan.runs
        let index = label.index
        events(
            .exampleStarted(
                index: index, count: label.count, id: example.id, location: example.location,
                runs: warmup + runs))
        defer { events(.exampleFinished(index: index, id: example.id)) }
        var last: ExampleRun?
        for number in 0..<warmup {
            progress("\(label): warm-up \(number + 1)/\(warmup)")
            last = try runOnce(
                example, with: interpreter, program: program, in: session.scratch,
                channel: session.channel)
            events(.runFinished(index: index, id: example.id, seconds: last!.capture.wallSeconds))
            if last?.capture.outcome.succeeded == false { break }
        }
        var measured: [RunMeasurement] = []
        if last?.capture.outcome.succeeded != false {
            for number in 0..<runs {
                let run = try runOnce(
                    example, with: interpreter, program: program, in: session.scratch,
                    channel: session.channel)
                measured.append(run.measurement)
                events(.runFinished(index: index, id: example.id, seconds: run.capture.wallSeconds))
                progress(
                    "\(label): run \(number + 1)/\(runs) "
                        + String(format: "%.3f s wall", run.capture.wallSeconds))
                last = run
                if !run.capture.outcome.succeeded { break }
            }
        }
        return finish(
            example, interpreter: interpreter, shown: last!, measured: measured, warmup: warmup,
            label: label.description)
    }

    /// The result of an example from its shown run and its measured runs.
    func finish(
        _ example: Example, interpreter: Interpreter, shown: ExampleRun,
        measured: [RunMeasurement], warmup: Int, label: String
    ) -> ExampleResult {
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
        return result
    }

    func runOnce(
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
        let stealBefore = NoiseProbe.stealSeconds()
        let capture = try executor.run(request, observer: sampler)
        let stealAfter = NoiseProbe.stealSeconds()
        let trace = sampler?.trace
        let attribution = traceFile.map { TraceChannel.read($0, capture: capture) }
        var noise = RunNoise()
        if let stealBefore, let stealAfter { noise.stealSeconds = max(0, stealAfter - stealBefore) }
        noise.cpuMHz = NoiseProbe.cpuFrequencyMHz()
        return ExampleRun(
            capture: capture, trace: trace, attribution: attribution ?? nil, noise: noise)
    }
}

/// What the machine did around one run: steal and CPU frequency.
struct RunNoise {
    var stealSeconds: Double?
    var cpuMHz: Double?
}

/// One run's capture with what the sampler and the side channel saw.
struct ExampleRun {
    var capture: ProcessCapture
    var trace: TreeTrace?
    var attribution: TraceReader.Attribution?
    var noise = RunNoise()

    var measurement: RunMeasurement {
        let sampled = trace.map { !$0.samples.isEmpty && $0.peakRSSBytes > 0 } ?? false
        var measurement = RunMeasurement(
            wallSeconds: capture.wallSeconds, userSeconds: capture.userSeconds,
            systemSeconds: capture.systemSeconds,
            peakRSSBytes: sampled ? trace!.peakRSSBytes : capture.maxRSSBytes, treeSampled: sampled,
            peakPSSBytes: sampled ? trace!.peakPSSBytes : nil,
            medianCores: sampled ? Statistics.median(trace!.samples.map(\.cores)) : nil,
            resultNumbers: ResultLine.parse(LineAssembler.lines(from: capture.chunks))?.numbers)
        measurement.cores = sampled ? CoresBusy.of(trace!, events: attribution?.events ?? []) : nil
        measurement.stealSeconds = noise.stealSeconds
        measurement.involuntarySwitches = capture.involuntarySwitches
        measurement.cpuMHz = noise.cpuMHz
        if sampled {
            measurement.workers = WorkerTime.merge(
                sampled: trace!.workers, events: attribution?.events ?? [])
        }
        return measurement
    }
}

/// A temporary folder for one build's example runs.
struct Scratch {
    let path: String

    static func make() throws -> Scratch {
        let base = NSTemporaryDirectory()
        let path = Paths.join(
            base,
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
