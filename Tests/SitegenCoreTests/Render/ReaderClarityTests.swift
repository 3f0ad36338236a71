import Foundation
import Testing

@testable import SitegenCore

/// What a reader sees at a glance: one colour per worker and per model, every chart a numbered
/// figure with a caption, no tool jargon in the prose, and comparisons against the baseline.
@Suite struct ReaderClarityTests {
    static let content = """
        # Page

        ```python run id=workers
        print(1)
        ```

        ```python run id=seq
        print(1)
        ```

        ```python run id=thr
        print(1)
        ```

        ```python run id=scale params="workers=1,2"
        print(1)
        ```

        ```chart kind=comparison examples="seq,thr" title="Two tasks"
        ```

        ```chart kind=scaling examples="scale" bound=io title="Waiting"
        ```

        ```chart kind=memory examples="seq,thr" title="Memory"
        ```

        ```chart kind=cputrace examples="seq,thr" title="Cores"
        ```

        """

    /// An example whose workers print in a different order than they start: Thread-2 starts
    /// last but prints first, so first-line order and start order disagree (the issue's case).
    static func workers() -> ExampleResult {
        var result = MeasuredResult.make(
            "workers", walls: [0.5, 0.5], lines: ["cube 0", "square 0", "cube 1", "done"],
            page: "page.html", line: 3, file: "page.md")
        let main = LineOwner(pid: 10, tid: 10, thread: "MainThread", process: "MainProcess")
        let one = LineOwner(pid: 10, tid: 11, thread: "Thread-1", process: "MainProcess")
        let two = LineOwner(pid: 10, tid: 12, thread: "Thread-2", process: "MainProcess")
        var lines = result.lines
        for (index, owner) in [two, one, two, main].enumerated() {
            lines[index] = lines[index].owned(by: owner)
        }
        result = result.with(lines: lines)
        result = result.with(events: [
            WorkerEvent(kind: .threadStart, time: 0.001, pid: 10, tid: 11, name: "Thread-1"),
            WorkerEvent(kind: .threadStart, time: 0.002, pid: 10, tid: 12, name: "Thread-2"),
            WorkerEvent(kind: .threadEnd, time: 0.03, pid: 10, tid: 11, name: "Thread-1"),
            WorkerEvent(kind: .threadEnd, time: 0.035, pid: 10, tid: 12, name: "Thread-2"),
        ])
        result = result.with(warnings: [
            .outliers(count: 1, runs: 5), .slowFirstRun(ratio: 1.4), .unstable(fraction: 0.14),
            .tooShort(seconds: 0.002), .busyMachine(load: 3, cores: 2),
            .fewerCores(available: 2, processes: 4),
        ])
        result = result.with(
            trace: TreeTrace(
                samples: [
                    .init(time: 0, cores: 0.5, rssBytes: 1 << 20, processes: 1),
                    .init(time: 0.01, cores: 2.4, rssBytes: 2 << 20, processes: 1),
                ], processes: [], cpuSeconds: 0.3))
        return result
    }

    static func results() -> [ExampleResult] {
        var seq = MeasuredResult.make(
            "seq", walls: [1.0, 1.02, 0.98], lines: [#"RESULT {"model": "sequential"}"#],
            page: "page.html", line: 7, file: "page.md")
        seq = seq.with(
            trace: TreeTrace(
                samples: [.init(time: 0.01, cores: 2.4, rssBytes: 1, processes: 1)], processes: [],
                cpuSeconds: 1))
        return [
            workers(), seq,
            MeasuredResult.make(
                "thr", walls: [1.0, 1.05, 0.96], lines: [#"RESULT {"model": "threads"}"#],
                page: "page.html", line: 11, file: "page.md"),
            MeasuredResult.make(
                "scale@workers=1", walls: [0.4, 0.41], lines: [#"RESULT {"model": "threads"}"#],
                parameters: ["workers": "1"], page: "page.html", line: 15, file: "page.md"),
            MeasuredResult.make(
                "scale@workers=2", walls: [0.2, 0.21], lines: [#"RESULT {"model": "threads"}"#],
                parameters: ["workers": "2"], page: "page.html", line: 15, file: "page.md"),
        ]
    }

    static func page() throws -> String {
        let site = try SiteParser.parse([ContentFile(relativePath: "page.md", text: content)])
        let machine = MachineInfo(
            cores: 2, os: "Debian", kernel: "Linux 6", architecture: "x86_64", interpreters: [:],
            coresAvailable: 2)
        let files = try SiteRenderer.render(
            site: site, results: results(), machine: machine, generator: "sitegen test")
        return String(decoding: files["page.html"]!, as: UTF8.self)
    }

    /// Captures of `pattern`'s first two groups, as (label, colour slot) pairs.
    static func pairs(_ pattern: String, in text: String) throws -> [(String, String)] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            (
                String(text[Range($0.range(at: 1), in: text)!]),
                String(text[Range($0.range(at: 2), in: text)!])
            )
        }
    }

    @Test func aWorkerHasOneColourInTheTableAndTheTimeline() throws {
        let page = try Self.page()
        let table = Dictionary(
            try Self.pairs(
                #"<tr class="stdout worker-(\d)"><td[^>]*>[^<]*</td><td class="worker">([^<]+)<"#,
                in: page
            ).map { ($0.1, $0.0) }
        ) { first, _ in first }
        let lanes = Dictionary(
            try Self.pairs(
                #">([^<]+)</text><rect class="life series-(\d)""#, in: page)
        ) { first, _ in first }
        #expect(table.count == 3)
        #expect(Set(table.values).count == 3, "distinct workers get distinct colours")
        for (worker, colour) in table {
            #expect(
                lanes[worker] == colour,
                "\(worker): table \(colour), timeline \(lanes[worker] ?? "none")")
        }
        #expect(table["MainThread"] == "0", "the main thread comes first")
    }

    @Test func aModelHasOneColourInEveryChart() throws {
        let page = try Self.page()
        // Bars (comparison, memory) and lines (scaling, cores) of the model "threads".
        let slots = Set(
            try Self.pairs(#"class="bar series-(\d)"[^>]*><title>(threads):"#, in: page).map(\.0)
                + Self.pairs(
                    #"<g class="series series-(\d)"><polyline[^>]*/><circle[^>]*><title>(threads), "#,
                    in: page
                ).map(\.0)
                + Self.pairs(#"class="line series-(\d)"[^>]*><title>(threads):"#, in: page).map(\.0)
        )
        #expect(slots.count == 1, "threads drawn in \(slots)")
        let sequential = try Self.pairs(
            #"class="bar series-(\d)"[^>]*><title>(sequential):"#, in: page)
        #expect(!sequential.isEmpty && !slots.contains(sequential[0].0), "two models, two colours")
    }

    @Test func everySVGIsAFigureWithACaption() throws {
        let page = try Self.page()
        var rest = page[...]
        var count = 0
        while let svg = rest.range(of: "<svg") {
            let before = page[..<svg.lowerBound]
            let figure = before.range(of: "<figure", options: .backwards)
            let closed = figure.flatMap {
                before.range(of: "</figure>", range: $0.upperBound..<before.endIndex)
            }
            #expect(figure != nil && closed == nil, "an <svg> outside a <figure>")
            if let figure {
                let end = page.range(of: "</figure>", range: svg.upperBound..<page.endIndex)!
                #expect(page[figure.lowerBound..<end.lowerBound].contains("<figcaption>"))
            }
            count += 1
            rest = page[svg.upperBound...]
        }
        // Four examples' timelines and four charts, each drawn wide and narrow (the page shows
        // the one that fits its column); the timelines of the examples the charts summarise
        // (seq, thr) and of the sweep's last configuration are folded, unnumbered.
        #expect(count == 16)
        for number in 1...5 {
            #expect(page.contains("<span class=\"figure-number\">Figure \(number). </span>"))
        }
        #expect(!page.contains("Figure 6. "))
    }

    @Test func captionsCanBeWrittenByTheAuthor() throws {
        let site = try SiteParser.parse([
            ContentFile(
                relativePath: "page.md",
                text: Self.content.replacingOccurrences(
                    of: #"title="Two tasks""#,
                    with: #"title="Two tasks" caption="Threads do not help here.""#))
        ])
        let files = try SiteRenderer.render(
            site: site, results: Self.results(),
            machine: MachineInfo(
                cores: 2, os: "D", kernel: "L", architecture: "x", interpreters: [:]),
            generator: "t")
        let page = String(decoding: files["page.html"]!, as: UTF8.self)
        #expect(page.contains("Figure 2. </span>Threads do not help here.</figcaption>"))
    }

    /// Reader prose and warnings, outside code listings: no author advice, no variables.
    @Test func noToolJargonOutsideCodeListings() throws {
        var page = try Self.page()
        while let open = page.range(of: "<pre"),
            let close = page.range(of: "</pre>", range: open.upperBound..<page.endIndex)
        {
            page.removeSubrange(open.lowerBound..<close.upperBound)
        }
        for jargon in ["--runs", "runs=", "--warmup", "warmup=", "SITEGEN_", "params=\""] {
            #expect(!page.contains(jargon), "\(jargon) on a reader page")
        }
        #expect(
            page.contains(
                "Running times varied by 14 % between runs; treat small differences with care:"))
        #expect(page.contains("4 lines from 3 workers"))
    }

    @Test func comparisonsAreAgainstTheFirstListedAndNeverSayFasterWithinTheNoise() throws {
        let page = try Self.page()
        #expect(page.contains("no measurable difference between threads and sequential"))
        #expect(!page.contains("sequential ran"), "compared against the fastest")
        #expect(
            page.contains(#"<td data-label="Against the baseline">no measurable difference</td>"#))
    }

    @Test func ioBoundScalingHasNoCoresLineAndCoresBusyStayWithinTheMachine() throws {
        let page = try Self.page()
        let scaling =
            page.range(of: "<svg class=\"chart scaling\"").map {
                String(page[$0.lowerBound...].prefix { $0 != "\u{0}" }.prefix(6000))
            } ?? ""
        #expect(!scaling.contains("class=\"cores\""))
        #expect(page.contains("such samples are drawn at 2"))
        #expect(!page.contains("2.4 cores") && !page.contains("up to 2.4"))
    }
}

extension ReaderClarityTests {
    /// A chart fence's reader attributes are checked when the site is parsed.
    @Test(arguments: [
        ("bound=gpu", "unknown bound 'gpu'"),
        ("baseline=nope", "baseline=nope is not one of the chart's examples"),
    ])
    func chartAttributesAreChecked(attribute: String, message: String) throws {
        let text = Self.content.replacingOccurrences(
            of: #"examples="seq,thr" title="Two tasks""#,
            with: #"examples="seq,thr" \#(attribute) title="Two tasks""#)
        #expect {
            try SiteParser.parse([ContentFile(relativePath: "page.md", text: text)])
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func outputsSitSideBySideWithTheirWorkersColours() throws {
        let text =
            Self.content + """

                ```chart kind=outputs examples="workers,seq" title="Side by side"
                ```

                """
        let site = try SiteParser.parse([ContentFile(relativePath: "page.md", text: text)])
        let files = try SiteRenderer.render(
            site: site, results: Self.results(),
            machine: MachineInfo(
                cores: 2, os: "D", kernel: "L", architecture: "x", interpreters: [:]),
            generator: "t")
        let page = String(decoding: files["page.html"]!, as: UTF8.self)
        guard let start = page.range(of: "<figure class=\"chart side-by-side\"") else {
            Issue.record("no side-by-side figure")
            return
        }
        let figure = String(page[start.lowerBound...].prefix(20_000))
        #expect(figure.contains("<figcaption>"))
        #expect(figure.contains("<div class=\"column\">"))
        // The worker colours are the ones of the example's own table and timeline.
        let lanes = Dictionary(
            try Self.pairs(#">([^<]+)</text><rect class="life series-(\d)""#, in: figure)
        ) { first, _ in first }
        #expect(lanes["MainThread"] == "0")
        // Its examples keep their full detail: it summarises no measurement.
        let section =
            page.range(of: "id=\"example-workers\"").map {
                String(page[$0.lowerBound...].prefix(3000))
            } ?? ""
        #expect(section.contains(">Each line, when it arrived</h"))
        #expect(!section.contains("class=\"example-detail\""))
        // An example a chart on its page summarises folds its detail.
        let charted =
            page.range(of: "id=\"example-seq\"").map {
                String(page[$0.lowerBound...].prefix(3000))
            } ?? ""
        #expect(charted.contains("<details class=\"example-detail\">"))
    }
}
