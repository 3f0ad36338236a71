extension ExampleView {
    /// One lane per worker (process or thread) from the side channel's start/end events and the
    /// attributed lines; nil when the run has neither.
    static func swimlane(_ result: ExampleResult, colours: WorkerColours? = nil) -> SwimlaneChart? {
        let colours = colours ?? WorkerColours(result: result)
        let lines = Array(result.lines.prefix(maxShownLines))
        guard lines.contains(where: { $0.owner != nil }) || !result.events.isEmpty else {
            return nil
        }
        let duration = max(result.capture.wallSeconds, lines.last?.time ?? 0)
        struct Worker {
            var key: String
            var label: String
            var start: Double?
            var end: Double?
            /// The example's own main thread: alive from spawn to exit.
            var isRoot = false
            var marks: [SwimlaneChart.Mark] = []
        }
        var workers: [Worker] = []
        func index(_ key: String, label: String) -> Int {
            if let found = workers.firstIndex(where: { $0.key == key }) { return found }
            workers.append(Worker(key: key, label: label))
            return workers.count - 1
        }
        let labels = Dictionary(
            AttributedLinesView.workers(lines).map { ($0.owner, $0.label) }
        ) { first, _ in first }
        for event in result.events.sorted(by: { $0.time < $1.time }) {
            let key: String
            let label: String
            switch event.kind {
            case .threadStart, .threadEnd:
                key = "\(event.pid)/\(event.tid ?? 0)"
                label = event.name
            case .processStart, .processEnd:
                // A process's lane is its main thread's, when that printed anything.
                let main = lines.compactMap(\.owner).first {
                    $0.pid == event.pid && $0.thread == "MainThread"
                }
                key = main.map { "\($0.pid)/\($0.tid)" } ?? "\(event.pid)/main"
                label = main.flatMap { labels[$0] } ?? "\(event.name) (pid \(event.pid))"
            }
            let at = index(key, label: label)
            switch event.kind {
            case .threadStart, .processStart: workers[at].start = workers[at].start ?? event.time
            case .threadEnd, .processEnd: workers[at].end = event.time
            }
        }
        for line in lines {
            guard let owner = line.owner else { continue }
            let at = index("\(owner.pid)/\(owner.tid)", label: labels[owner] ?? owner.label)
            if owner.process == "MainProcess", owner.thread == "MainThread" {
                workers[at].isRoot = true
            }
            workers[at].marks.append(SwimlaneChart.Mark(time: line.time, text: line.text))
        }
        let unowned = lines.filter { $0.owner == nil }
        if !unowned.isEmpty {
            workers.append(
                Worker(
                    key: "unattributed", label: "unattributed", start: unowned[0].time,
                    end: unowned[unowned.count - 1].time,
                    marks: unowned.map { SwimlaneChart.Mark(time: $0.time, text: $0.text) }))
        }
        let lanes = workers.map { worker in
            SwimlaneChart.Lane(
                label: worker.label,
                start: worker.start ?? (worker.isRoot ? 0 : worker.marks.first?.time ?? 0),
                end: worker.end ?? (worker.isRoot ? duration : worker.marks.last?.time ?? duration),
                marks: worker.marks, slot: colours.slot(worker.key))
        }.sorted { $0.start < $1.start }
        return SwimlaneChart(
            title: "Workers of \(result.example.id) and the lines each printed", lanes: lanes,
            duration: duration)
    }
}
