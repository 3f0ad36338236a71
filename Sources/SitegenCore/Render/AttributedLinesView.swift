/// Output lines with the worker (process and thread) that printed each, one colour per worker.
enum AttributedLinesView {
    /// Workers in order of their first line, each with a short label.
    static func workers(_ lines: [OutputLine]) -> [(owner: LineOwner, label: String)] {
        var owners: [LineOwner] = []
        for line in lines {
            if let owner = line.owner, !owners.contains(owner) { owners.append(owner) }
        }
        let processes = Set(owners.map(\.pid))
        let threads = Set(owners.map(\.tid))
        return owners.map { owner in
            let label: String
            if processes.count == 1 {
                label = owner.thread
            } else if threads.count == processes.count {
                label = owner.process
            } else {
                label = "\(owner.process)/\(owner.thread)"
            }
            return (owner, label)
        }
    }

    /// The table; each worker's rows carry its colour slot from `colours`, the one its timeline
    /// lane has.
    static func node(_ lines: [OutputLine], colours: WorkerColours) -> Node {
        let workers = workers(lines)
        let index = Dictionary(
            uniqueKeysWithValues: workers.enumerated().map { ($0.element.owner, $0.offset) })
        let rows = lines.map { line -> Node in
            let worker: Node
            var classes = line.stream.rawValue
            if let owner = line.owner, let number = index[owner] {
                classes += " worker-\(colours.slot(WorkerColours.key(owner)))"
                worker = .el(
                    "td", [("class", "worker")],
                    [
                        .text(workers[number].label),
                        .el(
                            "span", [("class", "ids")], text: " pid \(owner.pid) · tid \(owner.tid)"
                        ),
                    ])
            } else {
                worker = .el("td", [("class", "worker")], text: "(not attributed)")
            }
            return .el(
                "tr", [("class", classes)],
                [
                    .el(
                        "td", [("class", "num"), ("data-label", "ms")],
                        text: Format.milliseconds(line.time)), worker,
                    .el(
                        "td", [("class", "stream"), ("data-label", "stream")],
                        text: line.stream.rawValue),
                    .el("td", [("class", "text")], [.el("code", text: line.text)]),
                ])
        }
        let header: Node = .el(
            "tr",
            [
                .el("th", [("scope", "col")], text: "ms"),
                .el("th", [("scope", "col")], text: "worker"),
                .el("th", [("scope", "col")], text: "stream"),
                .el("th", [("scope", "col")], text: "line"),
            ])
        let caption =
            "\(lines.count == 1 ? "1 line" : "\(lines.count) lines") from \(workers.count == 1 ? "1 worker" : "\(workers.count) workers"), each shown with the thread or process that printed it "
            + "and when, in milliseconds since the program started"
        return .el(
            "table", [("class", "lines attributed")],
            [
                .el("caption", text: caption), .el("thead", [header]), .el("tbody", rows),
            ])
    }

    /// Timeline lanes, one per worker (and one for unattributed lines, if any).
    static func lanes(_ lines: [OutputLine]) -> [TimelineChart.Lane] {
        var lanes = workers(lines).map { worker in
            TimelineChart.Lane(
                label: worker.label,
                marks: lines.filter { $0.owner == worker.owner }.map {
                    (time: $0.time, text: $0.text)
                })
        }
        let unowned = lines.filter { $0.owner == nil }
        if !unowned.isEmpty {
            lanes.append(
                TimelineChart.Lane(
                    label: "unattributed", marks: unowned.map { (time: $0.time, text: $0.text) }))
        }
        return lanes
    }
}
