import Foundation

/// The Execute stage: runs every planned example (`RunPlan`), one at a time, each in a fresh
/// temporary folder: warm-up runs, then measured runs, the last of which is shown. Compared
/// examples (a plan's `group`) are measured together in interleaved rounds (`RoundScheduler`).
public struct ExampleRunner: Sendable {
    var executor: any ProcessExecutor
    var environment: [String: String]
    /// Called before each example starts, with a line for stderr.
    var progress: @Sendable (String) -> Void
    /// Structured events for progress bars and the preview server (`BuildEvent`).
    var events: @Sendable (BuildEvent) -> Void = { _ in }
    /// The runnable languages (`sitegen.yml`'s, or the built-in ones).
    var languages = LanguageSpec.builtIn
    /// This build's host and time: every result it measures is handed over with it.
    var provenance = Provenance.now()
    /// Says when a group needs more rounds (nil: the minimum rounds only).
    var decider: (any GroupDecider)? = nil
    /// Seconds a group may spend when its fences give no `budget=` (`--budget`); nil: 1.2 × what
    /// its warm-ups and minimum rounds took.
    var budget: Double? = nil

    /// How the runs of compared examples are ordered.
    public enum Schedule: String, Sendable, CaseIterable {
        /// Interleaved rounds: one run of each example of a group per round, order shuffled.
        case rounds
        /// Every example's runs one after the other (before issue 12; kept for comparison).
        case blocks
    }

    init(
        executor: any ProcessExecutor, environment: [String: String],
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.executor = executor
        self.environment = environment
        self.progress = progress
    }

    func run(_ plans: [RunPlan]) throws -> [ExampleResult] {
        try measure(plans, startups: []).examples
    }

    /// The examples' results, and those of the start-up plans (`StartupProbe`), whose runs are
    /// placed between the examples' runs; no start-up runs when no example runs.
    func measure(_ plans: [RunPlan], startups: [RunPlan]) throws -> (
        examples: [ExampleResult], startups: [ExampleResult]
    ) {
        var resolver = InterpreterResolver(environment: environment, executor: executor)
        resolver.languages = languages
        var interpreters: [String: Interpreter] = [:]
        for plan in plans {
            if let interpreter = plan.interpreter {
                interpreters[plan.example.language] = interpreter
            }
        }
        let session = try RunSession(
            resolver: resolver, interpreters: interpreters,
            tracing: plans.contains { $0.instrumented && $0.tracing })
        let plannedRuns = plans.reduce(0) { $0 + $1.totalRuns }
        if !plans.isEmpty { events(.planned(examples: plans.count, runs: plannedRuns)) }
        if !plans.isEmpty, !startups.isEmpty {
            session.startup = StartupProbe(plans: startups, exampleRuns: plannedRuns)
        }
        defer { session.scratch.remove() }
        var labels: [String: RunLabel] = [:]
        for (index, plan) in plans.enumerated() {
            labels[plan.example.id] = RunLabel(
                index: index + 1, count: plans.count, id: plan.example.id)
        }
        let byID = Dictionary(plans.map { ($0.example.id, $0) }) { first, _ in first }
        var groups: [MeasurementGroup] = []
        for plan in plans {
            if let group = plan.group, !groups.contains(group) { groups.append(group) }
        }
        var results: [String: ExampleResult] = [:]
        for unit in MeasurementGroup.units(plans.map(\.example), groups: groups) {
            switch unit {
            case .alone(let example):
                results[example.id] = try runBlock(
                    byID[example.id]!, label: labels[example.id]!, session: session)
            case .group(let group, let members):
                let scheduler = RoundScheduler(runner: self, session: session, labels: labels)
                for result in try scheduler.run(group, members.compactMap { byID[$0.id] }) {
                    results[result.example.id] = result
                }
            }
        }
        let startupResults = try session.startup?.finish(self, session) ?? []
        return (plans.compactMap { results[$0.example.id] }, startupResults)
    }

    /// Today's schedule for an example in no group: its warm-ups, then its runs, as a block.
    func runBlock(_ plan: RunPlan, label: RunLabel, session: RunSession) throws -> ExampleResult {
        let example = plan.example
        progress("\(label): running (\(example.location))")
        let prepared = try session.prepare(plan, label: label.description, runner: self)
        guard case .ready(let interpreter, let program) = prepared else {
            if case .failed(let result) = prepared { return result }
            fatalError("unreachable")
        }
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
                plan, with: interpreter, program: program, in: session.scratch,
                channel: session.channel)
            try session.startup?.tick(self, session)
            events(.runFinished(index: index, id: example.id, seconds: last!.capture.wallSeconds))
            if last?.capture.outcome.succeeded == false { break }
        }
        var measured: [RunMeasurement] = []
        if last?.capture.outcome.succeeded != false {
            for number in 0..<runs {
                let run = try runOnce(
                    plan, with: interpreter, program: program, in: session.scratch,
                    channel: session.channel)
                try session.startup?.tick(self, session)
                measured.append(run.measurement())
                events(.runFinished(index: index, id: example.id, seconds: run.capture.wallSeconds))
                progress(
                    "\(label): run \(number + 1)/\(runs) "
                        + String(format: "%.3f s wall", run.capture.wallSeconds))
                last = run
                if !run.capture.outcome.succeeded { break }
            }
        }
        return finish(
            plan, interpreter: interpreter, shown: last!, measured: measured,
            label: label.description)
    }

    /// The result of an example from its shown run and its measured runs, handed over as
    /// measured by this build in the plan's environment.
    func finish(
        _ plan: RunPlan, interpreter: Interpreter, shown: ExampleRun, measured: [RunMeasurement],
        label: String, group: GroupReport? = nil
    ) -> ExampleResult {
        progress("\(label): \(shown.capture.outcome.summary)")
        return ExampleResult(
            example: plan.example, interpreter: interpreter, capture: shown.capture,
            environment: plan.environment, provenance: provenance, runs: measured,
            warmupRuns: plan.warmup, trace: shown.trace, attribution: shown.attribution,
            group: group)
    }

    func runOnce(
        _ plan: RunPlan, with interpreter: Interpreter, program: String?, in scratch: Scratch,
        channel: TraceChannel?
    ) throws -> ExampleRun {
        let example = plan.example
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
        try copyFiles(example, into: folder, source: interpreter.sourceFileName)
        // The language's own variables (Python's unbuffered output), then the parameters.
        let language = languages[interpreter.language]
        var environment = self.environment
        environment.merge(language?.environment ?? [:]) { _, own in own }
        environment.merge(example.parameterEnvironment) { _, parameter in parameter }
        let tagged = language?.runtime.tracesRuns == true ? channel : nil
        let traceFile = try tagged?.prepare(&environment)
        defer { if let traceFile { try? FileManager.default.removeItem(atPath: traceFile) } }
        let command = CPUPinning.wrap(
            interpreter.invocation(source: source, program: program), cpus: plan.cpus)
        let request = ProcessRequest(
            executable: command.executable, arguments: command.arguments,
            environment: environment, workingDirectory: folder, timeout: plan.timeout)
        let sampler = plan.instrumented && plan.sampling ? TreeSampler() : nil
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

extension ExampleRunner {
    /// Copies the example's support files into its working folder, sub-folders kept, before
    /// the run starts (outside the timed part).
    func copyFiles(_ example: Example, into folder: String, source: String) throws {
        for file in example.files {
            guard file.name != source else {
                throw SitegenError(
                    .execute, at: example.location,
                    "the support file \(file.path) would be copied over the example's own source (\(source))",
                    hint: "rename the file, or name it so it lands elsewhere (e.g. in a sub-folder)"
                )
            }
            let path = Paths.join(folder, file.name)
            do {
                let parent = Paths.parent(path)
                if parent != folder {
                    try FileManager.default.createDirectory(
                        atPath: parent, withIntermediateDirectories: true)
                }
                try PlainFile.write(file.bytes, to: path)
            } catch {
                throw SitegenError(
                    .execute, at: example.location, path: path,
                    "could not copy the support file \(file.path) into the example's folder",
                    hint: "check that the temporary folder (TMPDIR) is writable")
            }
        }
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

    /// The run's figures, built once; `round`: the interleaved round it belongs to (nil when
    /// measured in a block).
    func measurement(round: Int? = nil) -> RunMeasurement {
        let sampled = trace.map { !$0.samples.isEmpty && $0.peakRSSBytes > 0 } ?? false
        let events = attribution?.events ?? []
        return RunMeasurement(
            wallSeconds: capture.wallSeconds, userSeconds: capture.userSeconds,
            systemSeconds: capture.systemSeconds,
            peakRSSBytes: sampled ? trace!.peakRSSBytes : capture.maxRSSBytes, treeSampled: sampled,
            peakPSSBytes: sampled ? trace!.peakPSSBytes : nil,
            medianCores: sampled ? Statistics.median(trace!.samples.map(\.cores)) : nil,
            resultNumbers: ResultLine.parse(LineAssembler.lines(from: capture.chunks))?.numbers,
            round: round, cores: sampled ? CoresBusy.of(trace!, events: events) : nil,
            stealSeconds: noise.stealSeconds, involuntarySwitches: capture.involuntarySwitches,
            cpuMHz: noise.cpuMHz,
            workers: sampled ? WorkerTime.merge(sampled: trace!.workers, events: events) : nil)
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
