import ArgumentParser
import Foundation
import SitegenCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every example and write the site (the default command).")

    @Option(name: .long, help: "The folder of Markdown pages.")
    var content = "content"

    @Option(
        name: .long, help: "The folder to write the site to; replaced only when the build succeeds."
    )
    var output = "site"

    @Option(name: .long, help: "Measured runs per example (a fence's runs= overrides it).")
    var runs = 5

    @Option(name: .long, help: "Warm-up runs per example, not measured (a fence's warmup= overrides it).")
    var warmup = 1

    /// Turns off line tagging and /proc sampling, to measure their cost (benchmarks/overhead.sh).
    @Flag(name: .customLong("no-instrument"), help: .hidden)
    var noInstrument = false

    func run() throws {
        var options = BuildOptions(
            contentFolder: content, outputFolder: output, runs: runs, warmup: warmup,
            instrumented: !noInstrument)
        // Hidden, for benchmarks/overhead.sh: SITEGEN_INSTRUMENT=trace|sample|all|none.
        switch ProcessInfo.processInfo.environment["SITEGEN_INSTRUMENT"] {
        case "trace": options.sampling = false
        case "sample": options.tracing = false
        case "none": options.instrumented = false
        default: break
        }
        do {
            try options.validate()
        } catch let error as SitegenError {
            throw ValidationError(error.description)
        }
        let interrupts = Interrupts.install()
        let builder = SiteBuilder(progress: { Diagnostics.progress($0) })
        do {
            let summary = try builder.build(options)
            Diagnostics.progress(
                "wrote \(summary.pages) pages and \(summary.examples.count) examples to \(output)/")
        } catch let error as SitegenError {
            Diagnostics.error(error)
            // 128 + the signal, as a shell reports a command a signal stopped.
            throw interrupts.received.map { ExitCode(128 + $0) } ?? ExitCode.failure
        }
        if let number = interrupts.received { throw ExitCode(128 + number) }
    }
}
