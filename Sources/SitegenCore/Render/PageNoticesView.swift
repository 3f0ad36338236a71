/// A page's measurement warnings, gathered: at most one notice per kind (busy machine, noisy
/// runs, outliers, …) naming the examples it concerns, instead of a box under every example.
/// The technical text of each example's warning stays, folded.
enum PageNoticesView {
    /// One example's run with a warning: its id, the environment's label when the build had
    /// several, the warning.
    struct Concern {
        var id: String
        var environment: String?
        var warning: MeasurementWarning
    }

    /// The notice kind a warning belongs to: signs of a busy machine are one kind.
    static func kind(_ warning: MeasurementWarning) -> String {
        WarningsView.noiseClause(warning) != nil ? "machine-noise" : warning.kind
    }

    /// The concerns of a page's results (every environment's), in page order.
    static func concerns(_ page: String, _ context: RenderContext) -> [Concern] {
        let runs: [(String?, [ExampleResult])] =
            context.environments.count > 1
            ? context.environments.map { ($0.environment.spec.label, $0.results) }
            : [(nil, context.results)]
        return runs.flatMap { label, results in
            results.filter { $0.example.page == page }.flatMap { result in
                result.warnings.map {
                    Concern(id: result.example.id, environment: label, warning: $0)
                }
            }
        }
    }

    static func node(_ concerns: [Concern], _ context: RenderContext) -> Node? {
        guard !concerns.isEmpty else { return nil }
        var kinds: [String] = []
        for concern in concerns where !kinds.contains(kind(concern.warning)) {
            kinds.append(kind(concern.warning))
        }
        let items = kinds.map { kind -> Node in
            let these = concerns.filter { self.kind($0.warning) == kind }
            return .el(
                "li", [("class", "warning"), ("data-kind", kind)],
                [.text(text(kind, these) + " ")] + names(these, context) + [
                    .text(". "),
                    .el(
                        "details", [("class", "warning-detail")],
                        [.el("summary", text: "Details")]
                            + these.map { concern in
                                .el(
                                    "p",
                                    [.el("code", text: concern.id)]
                                        + [.text(location(concern) + ": " + concern.warning.text)])
                            }),
                ])
        }
        return .el(
            "ul", [("class", "warnings page-notices"), ("aria-label", "About these figures")], items
        )
    }

    static func location(_ concern: Concern) -> String {
        concern.environment.map { " (\($0))" } ?? ""
    }

    /// The examples a notice concerns, each once, linked to its section.
    static func names(_ concerns: [Concern], _ context: RenderContext) -> [Node] {
        var ids: [String] = []
        for concern in concerns where !ids.contains(concern.id) { ids.append(concern.id) }
        return ids.enumerated().flatMap { index, id -> [Node] in
            let link: Node =
                context.exampleLink(id).map { .el("a", [("href", $0)], [.el("code", text: id)]) }
                ?? .el("code", text: id)
            // Where it happened is in the folded details: the list stays one short line.
            return (index == 0 ? [] : [.text(", ")]) + [link]
        }
    }

    /// The notice's sentence, for every example it names; figures as a range over them.
    static func text(_ kind: String, _ concerns: [Concern]) -> String {
        let warnings = concerns.map(\.warning)
        switch kind {
        case "machine-noise":
            var clauses: [String] = []
            for warning in warnings {
                if let clause = WarningsView.noiseClause(generic(warning)),
                    !clauses.contains(clause)
                {
                    clauses.append(clause)
                }
            }
            return
                "The machine was busy while some of these were measured (\(Format.list(clauses))), so their times may be longer and vary more than on a quiet machine:"
        case "unstable":
            let fractions = warnings.compactMap { warning -> Double? in
                if case .unstable(let fraction) = warning { return fraction }
                return nil
            }
            return
                "Running times varied by \(percentRange(fractions)) between runs; treat small differences with care:"
        case "outliers":
            return
                "Some runs took unusually long or short; the medians shown are barely moved by such runs:"
        case "slow_first_run":
            return
                "The first run was slower than the others, as first runs often are; the medians shown are barely moved by it:"
        case "too_short":
            return
                "These finish in a few milliseconds, so their times are mostly start-up time, not the work itself:"
        case "fewer_cores":
            return
                "More processes wanted a core at once than were available, so they took turns:"
        case "lines_not_attributed":
            return
                "On this interpreter the lines could not be matched to the thread or process that printed them; they are shown as they arrived:"
        default:
            return warnings.first.map(WarningsView.readerText) ?? ""
        }
    }

    /// A sign of a busy machine without its figure, so several examples share one clause.
    static func generic(_ warning: MeasurementWarning) -> MeasurementWarning {
        switch warning {
        case .stolenCPU: .stolenCPU(fraction: -1)
        default: warning
        }
    }

    /// "14 %" or "12–26 %".
    static func percentRange(_ fractions: [Double]) -> String {
        let low = Int(((fractions.min() ?? 0) * 100).rounded())
        let high = Int(((fractions.max() ?? 0) * 100).rounded())
        return low == high ? "\(low) %" : "\(low)–\(high) %"
    }
}

extension PageNoticesView {
    /// Before the page's first example, where a reader meets the first figure it qualifies.
    static func placed(_ notices: Node, in body: [Node]) -> [Node] {
        let first = body.firstIndex { node in
            guard case .element(let name, let attributes, _) = node else { return false }
            let classes = attributes.first { $0.name == "class" }?.value ?? ""
            return
                (name == "section" && (classes.hasPrefix("example") || classes == "configurations"))
                || (name == "figure" && classes.hasPrefix("chart"))
        }
        var body = body
        body.insert(notices, at: first ?? body.endIndex)
        return body
    }
}
