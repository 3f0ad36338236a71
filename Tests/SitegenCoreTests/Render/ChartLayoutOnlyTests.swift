import Testing

@testable import SitegenCore

/// Render lays out what Analyze decided for a chart: the entries it draws and their labels come
/// from the chart's findings, not from a look at the results of its own.
@Suite struct ChartLayoutOnlyTests {
    static let markdown = """
        # Two

        ```python run id=fast
        print(1)
        ```

        ```python run id=slow
        print(2)
        ```

        ```chart kind=comparison examples="fast,slow" label="quick one,slow one" title="Pair"
        ```
        """

    static func page(analyzed: Bool) throws -> String {
        let site = try SiteParser.parse([ContentFile(relativePath: "index.md", text: markdown)])
        let results = zip(site.examples, [0.1, 0.3]).map { example, wall in
            MeasuredResult.make(example.id, walls: [wall, wall, wall])
        }
        let machine = MachineInfo(
            cores: 2, os: "OS", kernel: "K", architecture: "A", interpreters: [:])
        let run = EnvironmentRun(
            environment: BuildEnvironment(spec: .default, interpreters: [:]), machine: machine,
            results: results)
        let charts =
            analyzed ? ChartAnalyzer.analyze(site, [run], rule: .interval) : ChartFindings()
        let files = try SiteRenderer.render(
            site: site, results: results, machine: machine, generator: "g", charts: charts)
        return String(decoding: files["index.html"]!, as: UTF8.self)
    }

    @Test func theDrawnEntriesAndLabelsAreAnalyzes() throws {
        let analyzed = try Self.page(analyzed: true)
        #expect(analyzed.contains("quick one"))
        #expect(analyzed.contains("slow one"))
        // Without findings the renderer draws no bar of its own choosing.
        let bare = try Self.page(analyzed: false)
        #expect(!bare.contains("quick one"))
        #expect(!bare.contains("slow one"))
    }
}
