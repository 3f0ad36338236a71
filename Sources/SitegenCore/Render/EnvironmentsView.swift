/// The environments of a build for readers: the "Where these examples ran" box the first time a
/// page shows them, and an example's other environments in a compact table with their runs folded.
enum EnvironmentsView {
    /// The environments after the first (the main one, shown in full above), one line each:
    /// its label and changes, outcome, median wall time with its range and run count, and cores
    /// busy; each line is the fold of that environment's full output and runs (open in print).
    /// Three environments add three lines, not three examples.
    static func others(_ runs: [(EnvironmentRun, ExampleResult)], context: RenderContext) -> Node {
        let main = runs[0]
        let folds = runs.dropFirst().map { run, result -> Node in
            let changes = EnvironmentLabel.changes(run.environment.spec)
            let name: [Node] =
                [.el("strong", text: run.environment.spec.label)]
                + (changes.isEmpty ? [] : [.text(" (" + changes.joined(separator: "; ") + ")")])
            return .el(
                "details", [("class", "environment-detail")],
                [
                    .el("summary", name + [.text(": " + line(result))]),
                    EnvironmentLabel.node(run, result: result),
                ]
                    + ExampleView.results(
                        result, context: context, folded: false,
                        coresAvailable: ExampleView.cores(run, context)))
        }
        // The page's "Where these examples ran" box says what these lines are; the group says
        // it to screen readers.
        return .el(
            "div",
            [
                ("class", "environments"), ("role", "group"),
                (
                    "aria-label",
                    "\(main.1.example.id) in the other environments (shown above in \(main.0.environment.spec.label))"
                ),
            ], folds)
    }

    /// "✓ 1.459 s (0.899 s – 2.046 s, 10 runs), 0.25 cores busy": an environment's run in a line.
    static func line(_ result: ExampleResult) -> String {
        let outcome =
            result.isExpected && result.capture.outcome.succeeded
            ? "✓ " : (result.isExpected ? "✓ " : "✗ ") + result.capture.outcome.summary + "; "
        let cores =
            result.stats.runs > 0
            ? ", \(StatsView.cores(result.stats.cpuUtilization.median)) cores busy" : ""
        return outcome + wall(result) + cores
    }

    /// "0.772 s (0.70–0.85 s, 12 runs)", or the one run's time.
    static func wall(_ result: ExampleResult) -> String {
        let stats = result.stats
        guard stats.runs > 1 else {
            return Format.seconds(result.capture.wallSeconds)
        }
        return
            "\(Format.seconds(stats.wall.median)) (\(Format.seconds(stats.wall.min)) – \(Format.seconds(stats.wall.max)), \(stats.runs) runs)"
    }
}

extension EnvironmentsView {
    /// "Where these examples ran": each environment's label, interpreter, what it changes and
    /// the author's `description:`; nil for a build with one environment.
    static func box(_ context: RenderContext, languages: Set<String>) -> Node? {
        guard context.environments.count > 1 else { return nil }
        let items = context.environments.flatMap { run -> [Node] in
            let spec = run.environment.spec
            // The interpreter each language ran with here, as its results recorded it.
            var facts: [String] = []
            for result in run.results {
                let interpreter = result.interpreter
                let name = "\(interpreter.implementation) \(interpreter.version)"
                if languages.contains(interpreter.language), !facts.contains(name) {
                    facts.append(name)
                }
            }
            facts += EnvironmentLabel.changes(spec)
            if let examples = spec.examples {
                facts.append("runs only \(Format.list(examples))")
            }
            var description: [Node] =
                facts.isEmpty ? [] : [.text(facts.joined(separator: "; ") + ".")]
            if let about = spec.about {
                description.append(.text((facts.isEmpty ? "" : " ") + about))
            }
            return [.el("dt", text: spec.label), .el("dd", description)]
        }
        return .el(
            "aside", [("class", "environments-box"), ("aria-label", "Where these examples ran")],
            [
                .el("p", [("class", "box-title")], text: "Where these examples ran"),
                .el(
                    "p",
                    text:
                        "An example that ran in several of these is shown in full as it ran in \(context.environments[0].environment.spec.label); each other one follows in a line that opens onto its output and runs, and a chart's other panels fold the same way."
                ),
                .el("dl", items),
            ])
    }

    /// The first page, in site order, that shows an example run in several environments.
    static func firstPage(_ context: RenderContext) -> String? {
        guard context.environments.count > 1 else { return nil }
        let shared = Set(
            context.environments.dropFirst().flatMap { $0.results.map(\.example.page) })
        return context.site.pages.map(\.outputPath).first { shared.contains($0) }
    }
}
