/// Where each worker's life went: one bar per worker from 0 to 100 % of its life, split into
/// running on a core (solid), waiting for a core (light) and blocked (outlined), grouped by
/// example. A parent that only waits for its workers is drawn too, and marked as such.
struct TimeSplitChart: Chart, Hashable {
    /// One worker's shares of its life (each 0…1; they add up to 1 within rounding).
    struct Worker: Sendable, Hashable {
        var label: String
        var running: Double
        var waiting: Double
        var blocked: Double
        /// Its life in seconds, for the table.
        var lifetime: Double
        /// The worker's colour slot, as in its example's line table and timeline.
        var slot: Int
        /// A parent that started the others and waits for them (`join`): blocked by design.
        var waitsForChildren: Bool

        init(
            label: String, running: Double, waiting: Double, blocked: Double, lifetime: Double,
            slot: Int, waitsForChildren: Bool = false
        ) {
            self.label = label
            self.running = running
            self.waiting = waiting
            self.blocked = blocked
            self.lifetime = lifetime
            self.slot = slot
            self.waitsForChildren = waitsForChildren
        }

        /// "Thread-1 (waits for its workers)" for a parent.
        var shownLabel: String { waitsForChildren ? "\(label) (waits for its workers)" : label }
    }

    /// One example's workers, headed by its label ("threads", "processes").
    struct Group: Sendable, Hashable {
        var label: String
        var workers: [Worker]

    }

    var title: String
    var groups: [Group]
    /// What the shares are, e.g. "median of 5 runs, from the kernel's schedstat".
    var measure: String
    var width = ChartWidth.wide
    var shared: ChartExtent?
    /// Shares of a life: always 0–100 %.
    var extent: ChartExtent { ChartExtent(x: 100) }

    init(title: String, groups: [Group], measure: String) {
        self.title = title
        self.groups = groups
        self.measure = measure
    }

    static let rowHeight = 26.0
    static let headerHeight = 22.0
    static let legendHeight = 28.0
    static let parts: [(name: String, text: String)] = [
        ("running", "running"), ("waiting", "waiting for a core"),
        ("blocked", "blocked (% of life)"),
    ]

    var svg: Node {
        let values = groups.flatMap(\.workers).map(Self.values)
        let labels = groups.flatMap { [$0.label] + $0.workers.map(\.label) }
        var area = PlotArea(
            width: width, height: 0, left: PlotArea.leftMargin(fitting: labels, minimum: 80),
            // Room for the longest value after the bar (6 before it) and 16 after, so no value
            // label ends at the drawing's edge, where the column's edge would touch it.
            right: ((values.map { TextWidth.of($0) }.max() ?? 0) + 22).rounded(.up))
        let legend = self.legend(area)
        area.top = 16 + Self.legendHeight * Double(legend.rows)
        let rows = groups.map { Self.headerHeight + Double($0.workers.count) * Self.rowHeight }
        area.height = area.top + rows.reduce(0, +) + area.bottom
        let (x, ticks) = LinearScale.zeroBased(
            upTo: 100, from: area.plotLeft, to: area.plotRight)
        var children = legend.nodes
        children += area.xAxis(
            ticks: ticks, at: x.callAsFunction, label: "share of each worker's life (%)")
        var y = area.top
        for group in groups {
            children.append(
                .el(
                    "text",
                    [
                        ("class", "label group"), ("x", n(area.plotLeft - 8)),
                        ("y", n(y + Self.headerHeight / 2)), ("dy", "0.35em"),
                        ("text-anchor", "end"),
                    ], text: group.label))
            y += Self.headerHeight
            for worker in group.workers {
                children += row(worker, y: y, x: x.callAsFunction, area: area)
                y += Self.rowHeight
            }
        }
        return area.svg(kind: "timesplit", title: title, desc: description, children)
    }

    /// The three legend marks, in the styles of the bars (in the chart's neutral colour).
    /// The three parts' swatches from the plot's left edge, wrapping onto a new row before one
    /// would cross the drawing's right edge (a narrow drawing), with the rows they take.
    private func legend(_ area: PlotArea) -> (nodes: [Node], rows: Int) {
        var nodes: [Node] = []
        var x = area.plotLeft
        var row = 0
        for part in Self.parts {
            let span = 20 + TextWidth.of(part.text)
            if x > area.plotLeft, x + span > area.width - 8 {
                row += 1
                x = area.plotLeft
            }
            let top = 10 + Double(row) * Self.legendHeight
            nodes.append(
                .el(
                    "g", [("class", "legend")],
                    [
                        .void(
                            "rect",
                            [
                                ("class", "split split-\(part.name) neutral"), ("x", n(x)),
                                ("y", n(top)), ("width", "14"), ("height", "12"),
                            ]),
                        .el(
                            "text", [("x", n(x + 20)), ("y", n(top + 6)), ("dy", "0.35em")],
                            text: part.text),
                    ]))
            x += span + 22
        }
        return (nodes, row + 1)
    }

    private func row(
        _ worker: Worker, y: Double, x: (Double) -> Double, area: PlotArea
    ) -> [Node] {
        let middle = y + Self.rowHeight / 2
        var nodes: [Node] = [
            .el(
                "text",
                [
                    ("class", worker.waitsForChildren ? "label parent" : "label"),
                    ("x", n(area.plotLeft - 8)), ("y", n(middle)), ("dy", "0.35em"),
                    ("text-anchor", "end"),
                ], text: worker.label)
        ]
        var start = 0.0
        let shares = [worker.running, worker.waiting, worker.blocked]
        for (part, share) in zip(Self.parts, shares) where share > 0 {
            let percent = min(100, max(0, share * 100))
            let end = min(100, start + percent)
            nodes.append(
                .el(
                    "rect",
                    [
                        ("class", "split split-\(part.name) series-\(worker.slot)"),
                        ("x", n(x(start))), ("y", n(y + 5)),
                        ("width", n(max(0, x(end) - x(start)))),
                        ("height", n(Self.rowHeight - 10)),
                    ],
                    [
                        .el(
                            "title",
                            text:
                                "\(worker.label): \(part.name == "waiting" ? "waiting for a core" : part.name) \(Self.percent(share)) of its life"
                        )
                    ]))
            start = end
        }
        if worker.waitsForChildren {
            // Its blocked time is the workers' run: said on the bar, where the eye reads it.
            nodes.append(
                .el(
                    "text",
                    [
                        ("class", "note"), ("x", n(area.plotRight - 6)), ("y", n(middle)),
                        ("dy", "0.35em"), ("text-anchor", "end"),
                    ], text: "waits for its workers"))
        }
        nodes.append(
            .el(
                "text",
                [
                    ("class", "value"), ("x", n(area.plotRight + 6)), ("y", n(middle)),
                    ("dy", "0.35em"),
                ],
                text: Self.values(worker)))
        return nodes
    }

    /// For readers without the picture: every worker's three shares.
    var description: String {
        "Each worker's life (\(measure)), split into running, waiting for a core and blocked: "
            + groups.map { group in
                "\(group.label): "
                    + group.workers.map {
                        "\($0.shownLabel) ran \(Self.percent($0.running)), waited \(Self.percent($0.waiting)), was blocked \(Self.percent($0.blocked))"
                    }.joined(separator: "; ")
            }.joined(separator: ". ") + "."
    }

    var dataTable: Node {
        ChartTable.node(
            caption: "\(title) (\(measure))",
            headers: [
                "Worker", "Running (%)", "Waiting for a core (%)", "Blocked (%)", "Life (s)",
            ],
            rows: groups.flatMap { group in
                group.workers.map { worker in
                    [
                        "\(group.label): \(worker.shownLabel)",
                        ChartTable.fixed(worker.running * 100, digits: 1),
                        ChartTable.fixed(worker.waiting * 100, digits: 1),
                        ChartTable.fixed(worker.blocked * 100, digits: 1),
                        ChartTable.fixed(worker.lifetime, digits: 3),
                    ]
                }
            })
    }

    /// "50 / 12 / 38 %": running / waiting / blocked, in the legend's order.
    static func values(_ worker: Worker) -> String {
        "\(whole(worker.running)) / \(whole(worker.waiting)) / \(whole(worker.blocked)) %"
    }

    /// 0.384 → "38 %".
    static func percent(_ share: Double) -> String { "\(whole(share)) %" }

    private static func whole(_ share: Double) -> String {
        ChartTable.fixed(share * 100, digits: 0)
    }

    private func n(_ value: Double) -> String { SVGFormat.number(value) }
}
