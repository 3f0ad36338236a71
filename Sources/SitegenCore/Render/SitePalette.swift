/// The site's one colour assignment, computed once before rendering: every chart, legend, line
/// table and timeline reads its colours here, so a model (threads, processes, …) keeps one colour
/// across every chart of the site and a worker keeps one colour across its table and timeline.
///
/// Colours are slots `0..<slots` of the stylesheet's `--c0`…`--c7` (Okabe–Ito based, checked for
/// contrast by `StylesheetContrastTests`).
struct SitePalette: Sendable {
    static let slots = 8

    /// Model name → slot, in order of the models' first appearance in the site.
    let models: [String: Int]
    /// Example id → that example's worker colours.
    let workers: [String: WorkerColours]

    init(results: [ExampleResult]) {
        var models: [String: Int] = [:]
        for result in results {
            let name = Self.model(result)
            if models[name] == nil { models[name] = models.count % Self.slots }
        }
        self.models = models
        workers = Dictionary(
            results.map { ($0.example.id, WorkerColours(result: $0)) }
        ) { first, _ in first }
    }

    /// The model an example stands for: the `model` its RESULT line names, else its base id.
    static func model(_ result: ExampleResult) -> String {
        result.model
    }

    /// The slot of `result`'s model.
    func slot(_ result: ExampleResult) -> Int { models[Self.model(result)] ?? 0 }

    /// Slots for the series of one chart, in order: each model's site-wide slot, except that two
    /// different models sharing a slot (more models than colours) get the next free one, so a
    /// chart never shows two series in one colour.
    func slots(forModels names: [String]) -> [Int] {
        var used: [String: Int] = [:]
        var taken: Set<Int> = []
        return names.map { name in
            if let slot = used[name] { return slot }
            var slot = models[name] ?? 0
            var tries = 0
            while taken.contains(slot), tries < Self.slots {
                slot = (slot + 1) % Self.slots
                tries += 1
            }
            used[name] = slot
            taken.insert(slot)
            return slot
        }
    }

    func worker(_ result: ExampleResult) -> WorkerColours {
        workers[result.example.id] ?? WorkerColours(result: result)
    }
}

/// One example's workers in a fixed order, each with its colour slot: the main thread of the
/// main process first, then the others as they first appear (start event or first line).
struct WorkerColours: Sendable, Hashable {
    /// Worker keys (`pid/tid`) in colour order.
    let order: [String]

    init(result: ExampleResult) {
        var first: [String: Double] = [:]
        var root: String?
        let lines = result.lines.prefix(ExampleView.maxShownLines)
        for event in result.events {
            let key = Self.key(event, lines: Array(lines))
            first[key] = min(first[key] ?? .infinity, event.time)
        }
        for line in lines {
            guard let owner = line.owner else { continue }
            let key = Self.key(owner)
            first[key] = min(first[key] ?? .infinity, line.time)
            if owner.process == "MainProcess", owner.thread == "MainThread" { root = key }
        }
        let others = first.filter { $0.key != root }.sorted {
            ($0.value, $0.key) < ($1.value, $1.key)
        }.map(\.key)
        order = (root.map { [$0] } ?? []) + others
    }

    static func key(_ owner: LineOwner) -> String { "\(owner.pid)/\(owner.tid)" }

    /// A worker event's key: a thread's own, or for a process its main thread's when that printed.
    static func key(_ event: WorkerEvent, lines: [OutputLine]) -> String {
        switch event.kind {
        case .threadStart, .threadEnd:
            return "\(event.pid)/\(event.tid ?? 0)"
        case .processStart, .processEnd:
            let main = lines.compactMap(\.owner).first {
                $0.pid == event.pid && $0.thread == "MainThread"
            }
            return main.map(key) ?? "\(event.pid)/main"
        }
    }

    /// The slot of the worker with this key (unknown workers, e.g. unattributed lines, get the
    /// slot after every known one).
    func slot(_ key: String) -> Int {
        (order.firstIndex(of: key) ?? order.count) % SitePalette.slots
    }
}
