import Foundation

/// The mapping between `measured`'s records and the model, both ways: the only place that knows
/// both spellings, so renaming a Swift property cannot change the file.
extension MeasuredResultRecord {
    init(_ result: ExampleResult) {
        let example = result.example
        self.example = ExampleSource(
            id: example.id, page: example.page, language: example.language, code: example.code,
            location: Location(file: example.location.file, line: example.location.line),
            timeout: example.timeout, parameters: example.parameters,
            expectation: Expectation(example.expectation), runs: example.runs,
            warmup: example.warmup, files: SupportFileRecord.of(example.files))
        interpreter = .init(result.interpreter)
        let capture = result.capture
        self.capture = Capture(
            outcome: Outcome(capture.outcome), wallSeconds: capture.wallSeconds,
            userSeconds: capture.userSeconds, systemSeconds: capture.systemSeconds,
            maxRSSBytes: capture.maxRSSBytes, chunks: capture.chunks.map(Chunk.init),
            truncated: capture.truncated, totalBytes: capture.totalBytes,
            captureLimit: capture.captureLimit,
            survivors: capture.survivors.map {
                Survivor(
                    pid: $0.pid, parentPID: $0.parentPID, command: $0.command, isRoot: $0.isRoot)
            }, spawnedAt: capture.spawnedAt, involuntarySwitches: capture.involuntarySwitches)
        lines = result.lines.map {
            Line(
                time: $0.time, stream: $0.stream.rawValue, text: $0.text,
                owner: $0.owner.map {
                    Owner(pid: $0.pid, tid: $0.tid, thread: $0.thread, process: $0.process)
                })
        }
        terminal = result.terminal
        runs = result.runs.map(MeasuredRunRecord.init)
        warmupRuns = result.warmupRuns
        stats = result.stats.runs > 0 ? MeasuredStatsRecord(result.stats) : nil
        warnings = result.warnings.map(MeasuredWarningRecord.init)
        events = result.events.map {
            Event(
                kind: $0.kind.rawValue, time: $0.time, pid: $0.pid, tid: $0.tid, name: $0.name,
                method: $0.method, exitCode: $0.exitCode)
        }
        unattributedReason = result.unattributedReason
        trace = result.trace.map(MeasuredTraceRecord.init)
        group = result.group.map {
            Group(
                members: $0.members, rounds: $0.rounds, minimumRounds: $0.minimumRounds,
                stop: $0.stop.rawValue, reason: $0.reason, budgetSeconds: $0.budgetSeconds,
                spentSeconds: $0.spentSeconds)
        }
        provenance = result.provenance.map {
            Provenance(measuredAt: $0.measuredAt, hostname: $0.hostname)
        }
        environment = result.environment
    }

    /// The result again, for `sitegen merge`; `file` names the document in errors.
    func model(in file: String) throws -> ExampleResult {
        func invalid(_ what: String) -> SitegenError {
            SitegenError(
                .options, path: file, "the result of '\(example.id)' has \(what)",
                hint: "pass the results.json that sitegen measure wrote, unchanged")
        }
        guard let expectation = example.expectation.model else {
            throw invalid("no expectation (success, exit, signal, timeout or anything)")
        }
        guard let outcome = capture.outcome.model else {
            throw invalid("no outcome (exited, signaled or timedOut)")
        }
        let source = Example(
            id: example.id, page: example.page, language: example.language, code: example.code,
            location: SourceLocation(file: example.location.file, line: example.location.line),
            timeout: example.timeout, parameters: example.parameters, expectation: expectation,
            runs: example.runs, warmup: example.warmup,
            files: (example.files ?? []).map(\.model))
        var chunks: [OutputChunk] = []
        for chunk in capture.chunks {
            guard let stream = OutputStream(rawValue: chunk.s) else {
                throw invalid("an output chunk on the stream '\(chunk.s)'")
            }
            guard let bytes = chunk.bytes else { throw invalid("an output chunk without bytes") }
            chunks.append(OutputChunk(time: chunk.t, stream: stream, bytes: bytes))
        }
        let shown = ProcessCapture(
            outcome: outcome, wallSeconds: capture.wallSeconds, userSeconds: capture.userSeconds,
            systemSeconds: capture.systemSeconds, maxRSSBytes: capture.maxRSSBytes, chunks: chunks,
            truncated: capture.truncated, totalBytes: capture.totalBytes,
            captureLimit: capture.captureLimit,
            survivors: capture.survivors.map {
                RunSurvivor(
                    pid: $0.pid, parentPID: $0.parentPID, command: $0.command, isRoot: $0.isRoot)
            }, spawnedAt: capture.spawnedAt, involuntarySwitches: capture.involuntarySwitches)
        let linesModel = try lines.map { line in
            guard let stream = OutputStream(rawValue: line.stream) else {
                throw invalid("a line on the stream '\(line.stream)'")
            }
            return OutputLine(
                time: line.time, stream: stream, text: line.text,
                owner: line.owner.map {
                    LineOwner(pid: $0.pid, tid: $0.tid, thread: $0.thread, process: $0.process)
                })
        }
        let runsModel = try runs.map { run in
            do {
                return try run.model()
            } catch let error as WorkerSourceError {
                throw invalid("a worker read from '\(error.source)'")
            }
        }
        let warmupRunsModel = warmupRuns
        let warningsModel = try warnings.map {
            guard let warning = $0.model else { throw invalid("a warning of no known kind") }
            return warning
        }
        let eventsModel = try events.map { event in
            guard let kind = WorkerEvent.Kind(rawValue: event.kind) else {
                throw invalid("a worker event of the kind '\(event.kind)'")
            }
            return WorkerEvent(
                kind: kind, time: event.time, pid: event.pid, tid: event.tid, name: event.name,
                method: event.method, exitCode: event.exitCode)
        }
        let unattributedReasonModel = unattributedReason
        let traceModel = trace?.model
        let groupModel = try group.map { group in
            guard let stop = GroupReport.Stop(rawValue: group.stop) else {
                throw invalid("a measurement group that stopped as '\(group.stop)'")
            }
            return GroupReport(
                members: group.members, rounds: group.rounds, minimumRounds: group.minimumRounds,
                stop: stop, reason: group.reason, budgetSeconds: group.budgetSeconds,
                spentSeconds: group.spentSeconds)
        }
        let provenanceModel = provenance.map {
            SitegenCore.Provenance(measuredAt: $0.measuredAt, hostname: $0.hostname)
        }
        let environmentModel = environment
        // The statistics are made from the runs, the terminal text from the chunks.
        return ExampleResult(
            example: source, interpreter: interpreter.model, capture: shown,
            environment: environmentModel, provenance: provenanceModel, runs: runsModel,
            warmupRuns: warmupRunsModel, warnings: warningsModel, lines: linesModel,
            events: eventsModel, unattributedReason: unattributedReasonModel, trace: traceModel,
            group: groupModel)
    }
}

extension MeasuredResultRecord.Expectation {
    init(_ expectation: ExpectedOutcome) {
        switch expectation {
        case .success: success = .init()
        case .exit(let code): exit = .init(code: code)
        case .signal(let signal): self.signal = .init(_0: signal)
        case .timeout: timeout = .init()
        case .anything: anything = .init()
        }
    }

    var model: ExpectedOutcome? {
        if success != nil { return .success }
        if let exit { return .exit(code: exit.code) }
        if let signal { return .signal(signal._0) }
        if timeout != nil { return .timeout }
        if anything != nil { return .anything }
        return nil
    }
}

extension MeasuredResultRecord.Outcome {
    init(_ outcome: RunOutcome) {
        switch outcome {
        case .exited(let code): exited = .init(code: code)
        case .signaled(let signal): signaled = .init(signal: signal)
        case .timedOut: timedOut = .init()
        }
    }

    var model: RunOutcome? {
        if let exited { return .exited(code: exited.code) }
        if let signaled { return .signaled(signal: signaled.signal) }
        if timedOut != nil { return .timedOut }
        return nil
    }
}

extension MeasuredResultRecord.Chunk {
    init(_ chunk: OutputChunk) {
        t = chunk.time
        s = chunk.stream.rawValue
        if let text = String(validating: chunk.bytes, as: UTF8.self) {
            self.text = text
        } else {
            base64 = Data(chunk.bytes).base64EncodedString()
        }
    }

    var bytes: [UInt8]? {
        if let text { return Array(text.utf8) }
        return base64.flatMap { Data(base64Encoded: $0) }.map(Array.init)
    }
}

extension MeasuredRunRecord {
    init(_ run: RunMeasurement) {
        wallSeconds = run.wallSeconds
        userSeconds = run.userSeconds
        systemSeconds = run.systemSeconds
        peakRSSBytes = run.peakRSSBytes
        treeSampled = run.treeSampled
        peakPSSBytes = run.peakPSSBytes
        medianCores = run.medianCores
        resultNumbers = run.resultNumbers
        round = run.round
        cores = run.cores.map {
            Cores(
                p10: $0.p10, median: $0.median, p90: $0.p90, samples: $0.samples, from: $0.from,
                to: $0.to)
        }
        stealSeconds = run.stealSeconds
        involuntarySwitches = run.involuntarySwitches
        cpuMHz = run.cpuMHz
        workers = run.workers?.map {
            Worker(
                pid: $0.pid, tid: $0.tid, thread: $0.thread, process: $0.process,
                parentPID: $0.parentPID, isRoot: $0.isRoot, waitsForChildren: $0.waitsForChildren,
                start: $0.start, lifetimeNs: $0.lifetimeNs, runningNs: $0.runningNs,
                waitingNs: $0.waitingNs, source: $0.source.rawValue)
        }
    }

    func model() throws -> RunMeasurement {
        RunMeasurement(
            wallSeconds: wallSeconds, userSeconds: userSeconds, systemSeconds: systemSeconds,
            peakRSSBytes: peakRSSBytes, treeSampled: treeSampled, peakPSSBytes: peakPSSBytes,
            medianCores: medianCores, resultNumbers: resultNumbers, round: round,
            cores: cores.map {
                CoresBusy(
                    p10: $0.p10, median: $0.median, p90: $0.p90, samples: $0.samples,
                    from: $0.from, to: $0.to)
            }, stealSeconds: stealSeconds, involuntarySwitches: involuntarySwitches,
            cpuMHz: cpuMHz,
            workers: try workers?.map { worker in
                guard let source = WorkerTime.Source(rawValue: worker.source) else {
                    throw WorkerSourceError(source: worker.source)
                }
                return WorkerTime(
                    pid: worker.pid, tid: worker.tid, thread: worker.thread,
                    process: worker.process, parentPID: worker.parentPID, isRoot: worker.isRoot,
                    waitsForChildren: worker.waitsForChildren, start: worker.start,
                    lifetimeNs: worker.lifetimeNs, runningNs: worker.runningNs,
                    waitingNs: worker.waitingNs, source: source)
            })
    }
}

extension FigureRecord {
    init(_ figure: FigureSummary) {
        self.init(
            median: figure.median, mean: figure.mean, stddev: figure.stddev, min: figure.min,
            max: figure.max)
    }

    var model: FigureSummary {
        FigureSummary(median: median, mean: mean, stddev: stddev, min: min, max: max)
    }
}

extension MeasuredStatsRecord {
    init(_ stats: ExampleStats) {
        wall = FigureRecord(stats.wall)
        user = FigureRecord(stats.user)
        system = FigureRecord(stats.system)
        cpuUtilization = FigureRecord(stats.cpuUtilization)
        peakRSS = FigureRecord(stats.peakRSS)
        coresBusy = stats.coresBusy.map(FigureRecord.init)
        runs = stats.runs
        undisturbedRuns = stats.undisturbedRuns
    }

    var model: ExampleStats {
        ExampleStats(
            wall: wall.model, user: user.model, system: system.model,
            cpuUtilization: cpuUtilization.model, peakRSS: peakRSS.model,
            coresBusy: coresBusy?.model, runs: runs, undisturbedRuns: undisturbedRuns)
    }
}

extension MeasuredWarningRecord {
    init(_ warning: MeasurementWarning) {
        self.init()
        switch warning {
        case .outliers(let count, let runs): outliers = .init(count: count, runs: runs)
        case .slowFirstRun(let ratio): slowFirstRun = .init(ratio: ratio)
        case .unstable(let fraction): unstable = .init(fraction: fraction)
        case .tooShort(let seconds): tooShort = .init(seconds: seconds)
        case .busyMachine(let load, let cores): busyMachine = .init(load: load, cores: cores)
        case .fewerCores(let available, let processes):
            fewerCores = .init(available: available, processes: processes)
        case .linesNotAttributed(let reason): linesNotAttributed = .init(reason: reason)
        case .stolenCPU(let fraction): stolenCPU = .init(fraction: fraction)
        case .preempted(let rate): preempted = .init(perCPUSecond: rate)
        }
    }

    var model: MeasurementWarning? {
        if let outliers { return .outliers(count: outliers.count, runs: outliers.runs) }
        if let slowFirstRun { return .slowFirstRun(ratio: slowFirstRun.ratio) }
        if let unstable { return .unstable(fraction: unstable.fraction) }
        if let tooShort { return .tooShort(seconds: tooShort.seconds) }
        if let busyMachine { return .busyMachine(load: busyMachine.load, cores: busyMachine.cores) }
        if let fewerCores {
            return .fewerCores(available: fewerCores.available, processes: fewerCores.processes)
        }
        if let linesNotAttributed { return .linesNotAttributed(reason: linesNotAttributed.reason) }
        if let stolenCPU { return .stolenCPU(fraction: stolenCPU.fraction) }
        if let preempted { return .preempted(perCPUSecond: preempted.perCPUSecond) }
        return nil
    }
}

extension MeasuredTraceRecord {
    init(_ trace: TreeTrace) {
        samples = trace.samples.map {
            Sample(
                time: $0.time, cores: $0.cores, rssBytes: $0.rssBytes, processes: $0.processes,
                busyProcesses: $0.busyProcesses)
        }
        processes = trace.processes.map {
            Process(
                pid: $0.pid, cpuSeconds: $0.cpuSeconds, firstSeen: $0.firstSeen,
                lastSeen: $0.lastSeen, peakRSSBytes: $0.peakRSSBytes, threads: $0.threads)
        }
        cpuSeconds = trace.cpuSeconds
        peakPSSBytes = trace.peakPSSBytes
    }

    var model: TreeTrace {
        TreeTrace(
            samples: samples.map {
                TreeTrace.Sample(
                    time: $0.time, cores: $0.cores, rssBytes: $0.rssBytes,
                    processes: $0.processes, busyProcesses: $0.busyProcesses)
            },
            processes: processes.map {
                TreeTrace.Process(
                    pid: $0.pid, cpuSeconds: $0.cpuSeconds, firstSeen: $0.firstSeen,
                    lastSeen: $0.lastSeen, peakRSSBytes: $0.peakRSSBytes, threads: $0.threads)
            }, cpuSeconds: cpuSeconds, peakPSSBytes: peakPSSBytes)
    }
}

/// A worker time read by a source this sitegen does not know.
struct WorkerSourceError: Error {
    var source: String
}
