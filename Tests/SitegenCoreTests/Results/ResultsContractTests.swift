import Foundation
import Testing

@testable import SitegenCore

/// `results.json` as a contract: written from its own records, valid against
/// `docs/results.schema.json`, read back by `merge` only in a schema version it reads.
@Suite(.serialized) struct ResultsContractTests {
    /// Real processes (the schema must hold for what the side channel and the sampler record):
    /// a Python example with a thread and a RESULT line, a failing `sh` one, a sweep, a claim,
    /// a chart, two environments (one with a scale parameter), a support file.
    static let page = """
        # Contract

        ```python run id=threads runs=2 warmup=0
        import json, threading
        t = threading.Thread(target=print, args=("from a thread",))
        t.start(); t.join()
        print("RESULT " + json.dumps({"n": 2}))
        ```

        ```sh run id=fails runs=2 warmup=0 expect=exit:3
        printf 'bad \\377 byte\\n' >&2
        exit 3
        ```

        ```sh run id=sweep runs=2 warmup=0 params="size=1,2" files=input.txt
        echo "size $SITEGEN_PARAM_SIZE"; cat input.txt
        ```

        ```claim id=quick
        The thread example finishes within a minute.
        holds if wall(threads) < 60s
        explain A minute is generous.
        ```

        ```chart kind=comparison examples="threads,sweep" title="Both"
        ```

        """
    static let config = """
        environments:
          - id: plain
            label: Plain
          - id: scaled
            label: Scaled
            scale: { WORK: 2 }
            examples: [fails]

        """

    /// One build and one measure of the page, shared by the tests (real runs cost time).
    struct Built {
        var folder: TemporaryFolder
        var site: String
        var measured: String
    }

    static let building: Result<Built, any Error> = Result {
        let folder = try TemporaryFolder()
        try folder.write("content/index.md", page)
        try folder.write("content/input.txt", "input\n")
        try folder.write("sitegen.yml", config)
        var options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site", runs: 2,
            warmup: 0, cacheFolder: folder.path + "/cache")
        _ = try SiteBuilder().build(options)
        options.outputFolder = folder.path + "/measured.json"
        _ = try SiteBuilder().measureResults(options, into: options.outputFolder)
        return Built(
            folder: folder, site: folder.path + "/site/results.json",
            measured: options.outputFolder)
    }

    static var built: Built { get throws { try building.get() } }

    static var schemaFile: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/results.schema.json").path
    }

    /// PyPI's check-jsonschema, on PATH or installed by scripts/ensure-test-deps.sh.
    static let checker: String? = {
        func find() -> String? {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
            let folders = path.split(separator: ":").map(String.init) + [home + "/.local/bin"]
            return folders.map { $0 + "/check-jsonschema" }.first {
                FileManager.default.isExecutableFile(atPath: $0)
            }
        }
        if let found = find() { return found }
        let script =
            URL(fileURLWithPath: schemaFile).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/ensure-test-deps.sh").path
        _ = try? run(["/usr/bin/env", "bash", script])
        return find()
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(
            decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test(
        .enabled(
            if: checker != nil,
            "check-jsonschema (PyPI) is not installed and scripts/ensure-test-deps.sh could not install it: results.json NOT validated"
        ))
    func aBuiltSiteAndAMeasureFileAreValidAgainstTheSchema() throws {
        let checker = try #require(Self.checker)
        let metaschema = try Self.run([checker, "--check-metaschema", Self.schemaFile])
        #expect(metaschema.status == 0, "\(metaschema.output)")
        let result = try Self.run([
            checker, "--schemafile", Self.schemaFile, try Self.built.site, try Self.built.measured,
        ])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        .enabled(
            if: checker != nil,
            "check-jsonschema (PyPI) is not installed and scripts/ensure-test-deps.sh could not install it"
        ))
    func theSchemaRejectsARenamedField() throws {
        let checker = try #require(Self.checker)
        let text = try String(contentsOfFile: try Self.built.site, encoding: .utf8)
            .replacingOccurrences(of: "\"cores_available\"", with: "\"coresAvailable\"")
        let file = try Self.built.folder.path + "/renamed.json"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Self.run([checker, "--schemafile", Self.schemaFile, file])
        #expect(result.status != 0)
        #expect(result.output.contains("coresAvailable"))
    }

    /// The records read back into the model and written again give the same bytes: both
    /// directions of the mapping keep every field.
    @Test func measuredRecordsRoundTripThroughTheModel() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: try Self.built.measured))
        let document = try JSONDecoder().decode(ResultsDocument.self, from: data)
        let measured = try #require(document.measured)
        #expect(measured.map(\.spec.id) == ["plain", "scaled"])
        let again = try measured.map { MeasuredEnvironmentRecord(try $0.model(in: "m.json").run) }
        #expect(again == measured)
        // The byte that is not UTF-8 survives as base64.
        let failing = try #require(measured[0].results.first { $0.example.id == "fails" })
        #expect(failing.capture.chunks.contains { $0.base64 != nil })
        #expect(failing.capture.outcome.exited?.code == 3)
    }

    @Test func theFileKeepsItsNames() throws {
        let text = try String(contentsOfFile: try Self.built.site, encoding: .utf8)
        for name in [
            "\"schema\" : 4", "\"cores_available\"", "\"sitegen_version\"", "\"start_method\"",
            "\"peak_rss_bytes\"", "\"measurement_group\"", "\"verdicts\"",
            "\"explain\" : \"A minute",
            "\"cpu_util\"", "\"cores_busy\"", "\"killed_pids\"",
            "\"files\" : [\n        {\n          \"bytes\" : 6,\n          \"fnv1a\" : \"",
        ] {
            #expect(text.contains(name), "\(name)")
        }
        #expect(!text.contains("\"measured\""))
        #expect(!text.contains("coresAvailable"))
    }

    @Test func mergeRefusesASchemaItDoesNotRead() throws {
        let text = try String(contentsOfFile: try Self.built.measured, encoding: .utf8)
            .replacingOccurrences(of: "\"schema\" : 4", with: "\"schema\" : 999")
        let file = try Self.built.folder.path + "/future.json"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let options = BuildOptions(
            contentFolder: try Self.built.folder.path + "/content",
            outputFolder: try Self.built.folder.path + "/merged",
            cacheFolder: try Self.built.folder.path + "/cache")
        #expect(
            throws: SitegenError(
                .options, path: file,
                "is a results.json of schema 999 (sitegen \(SiteBuilder.version)); this sitegen (sitegen \(SiteBuilder.version)) reads schema 4 only",
                hint:
                    "measure it again with this sitegen, or merge it with the sitegen that wrote it"
            )
        ) {
            try SiteBuilder().merge([file], options: options)
        }
    }

    @Test func mergeRefusesAFileWithoutASchemaOrNotJSON() throws {
        let folder = try Self.built.folder
        try folder.write("none.json", #"{"generator": "sitegen 0.1.0", "measured": []}"#)
        try folder.write("text.json", "not json")
        #expect(throws: SitegenError.self) {
            try ResultsReader.read(folder.path + "/none.json")
        }
        do {
            _ = try ResultsReader.read(folder.path + "/none.json")
        } catch let error as SitegenError {
            #expect(error.description.hasPrefix("\(folder.path)/none.json: has no \"schema\""))
        }
        do {
            _ = try ResultsReader.read(folder.path + "/text.json")
        } catch let error as SitegenError {
            #expect(error.description.hasPrefix("\(folder.path)/text.json: is not a results.json"))
        }
    }

    @Test func aBrokenFieldIsNamedByItsPath() throws {
        let text = try String(contentsOfFile: try Self.built.measured, encoding: .utf8)
            .replacingOccurrences(of: "\"warmupRuns\"", with: "\"warmups\"")
        let file = try Self.built.folder.path + "/broken.json"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try ResultsReader.read(file)
            Issue.record("a file without warmupRuns was read")
        } catch let error as SitegenError {
            #expect(error.description.contains("missing \"warmupRuns\" at measured[0].results[0]"))
        }
    }
}
