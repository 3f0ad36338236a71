import Foundation

/// Joins the `results.json` files of several `sitegen measure` runs into one build's
/// environments: checks that every file measured the same source for each example (and the
/// source the content has now), joins one environment's shards, and orders everything as the
/// site and `sitegen.yml` do.
enum ResultsMerger {
    static func merge(_ files: [String], site: SiteParser.Site, order: [String]) throws
        -> [EnvironmentRun]
    {
        guard !files.isEmpty else {
            throw SitegenError(
                .options, "merge needs at least one results.json",
                hint: "pass the files sitegen measure wrote")
        }
        var environments: [String: (run: MeasuredEnvironment, file: String)] = [:]
        var arrival: [String] = []
        var sources: [String: (code: String, file: String)] = [:]
        var measuredFiles: [String: (files: [SupportFile], file: String)] = [:]
        let content = Dictionary(site.examples.map { ($0.id, $0) }) { first, _ in first }
        for file in files {
            let document = try ResultsReader.read(file)
            for record in document.measured ?? [] {
                let environment = try record.model(in: file)
                for result in environment.results {
                    let id = result.example.id
                    if let seen = sources[id], seen.code != result.example.code {
                        throw SitegenError(
                            .options, path: file,
                            "the example '\(id)' was measured from a different source here than in \(seen.file)",
                            hint: "measure every file from the same commit of the content")
                    }
                    sources[id] = (result.example.code, file)
                    measuredFiles[id] = (result.example.files, file)
                }
                let id = environment.spec.id
                if var known = environments[id] {
                    // Shards of one environment: their results joined, and the interpreters
                    // each shard resolved (one may have run only `sh`, another only `node`).
                    let have = Set(known.run.results.map(\.example.id))
                    known.run.results += environment.results.filter {
                        !have.contains($0.example.id)
                    }
                    known.run.interpreters.merge(environment.interpreters) { first, _ in first }
                    known.run.machine = known.run.machine.joined(with: environment.machine)
                    environments[id] = known
                } else {
                    environments[id] = (environment, file)
                    arrival.append(id)
                }
            }
        }
        for (id, source) in sources.sorted(by: { $0.key < $1.key }) {
            if let now = content[id], now.code != source.code {
                throw SitegenError(
                    .options, path: source.file,
                    "the example '\(id)' was measured from a different source than \(now.location) has now",
                    hint:
                        "measure again from this content, or merge with the content that was measured"
                )
            }
        }
        for (id, measured) in measuredFiles.sorted(by: { $0.key < $1.key }) {
            guard let now = content[id] else { continue }
            // By name, place and digest: the records hold no bytes.
            func keys(_ files: [SupportFile]) -> [SupportFileRecord] {
                files.map(SupportFileRecord.init)
            }
            let today = keys(now.files)
            let then = keys(measured.files)
            if let changed = today.first(where: { !then.contains($0) })
                ?? then.first(where: { !today.contains($0) })
            {
                throw SitegenError(
                    .options, path: measured.file,
                    "the example '\(id)' was measured with another \(changed.path) than the content has now",
                    hint:
                        "measure again from this content, or merge with the content that was measured"
                )
            }
        }
        let position = Dictionary(site.examples.enumerated().map { ($1.id, $0) }) { a, _ in a }
        let ids =
            order.filter { environments[$0] != nil } + arrival.filter { !order.contains($0) }
        let runs = ids.compactMap { environments[$0]?.run }.map { environment -> EnvironmentRun in
            var environment = environment
            // Shown with today's support files (their bytes, checked above), as a build shows them.
            environment.results = environment.results
                .filter { position[$0.example.id] != nil }
                .sorted { position[$0.example.id]! < position[$1.example.id]! }
                .map { $0.with(files: content[$0.example.id]?.files ?? []) }
            return environment.run
        }
        guard !runs.isEmpty else {
            throw SitegenError(
                .options, path: files[0], "holds no measured results",
                hint:
                    "merge the results.json that sitegen measure writes (sitegen build's does not keep every run in full)"
            )
        }
        return runs
    }
}
