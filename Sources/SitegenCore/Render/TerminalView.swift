/// What an example printed, as a terminal showed it: both streams in arrival order, `\r` and
/// erases resolved, SGR colours and attributes as styled spans (classes of `TerminalPalette`).
enum TerminalView {
    static func node(_ result: ExampleResult) -> Node {
        .el(
            "pre", [("class", "terminal"), ("aria-label", "Output of \(result.example.id)")],
            [.el("code", content(result))])
    }

    static func content(_ result: ExampleResult) -> [Node] {
        if result.terminal.isEmpty { return [.text("(no output)")] }
        // Without an ESC byte there is nothing to style: the plain text is the whole view.
        let styled = result.capture.chunks.contains { $0.bytes.contains(0x1B) }
        guard styled else { return [.text(result.terminal)] }
        return nodes(LineAssembler.styledTerminal(from: result.capture.chunks))
    }

    /// Lines of runs as text and `<span class="ansi-…">` nodes, joined by newlines.
    static func nodes(_ lines: [[TerminalRun]]) -> [Node] {
        var nodes: [Node] = []
        for (number, line) in lines.enumerated() {
            if number > 0 { nodes.append(.text("\n")) }
            for run in line {
                let classes = TerminalPalette.classes(run.style)
                nodes.append(
                    classes.isEmpty
                        ? .text(run.text) : .el("span", [("class", classes)], text: run.text))
            }
        }
        return nodes
    }
}
