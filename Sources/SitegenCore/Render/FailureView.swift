/// The parts of an example's section about things going wrong: cut output, processes killed at
/// the timeout, and whether the outcome was the one the fence declared.
enum FailureView {
    /// "Output was cut …" with the bytes kept, the bytes seen and the cap.
    static func truncation(_ capture: ProcessCapture) -> Node {
        let kept = capture.keptBytes
        let total = capture.totalBytes
        return .el(
            "p", [("class", "warning")],
            text:
                "Output was cut at the capture limit of \(bytes(capture.captureLimit)) per example: "
                + "kept the first \(bytes(kept)) of \(bytes(total)) read; "
                + "the last \(bytes(total - kept)) are not shown.")
    }

    /// "Only the first 1000 of N lines are in the table and the timeline."
    static func hiddenLines(_ count: Int) -> Node {
        .el(
            "p", [("class", "warning")],
            text:
                "The table and the timeline show the first \(ExampleView.maxShownLines) of \(count) lines; "
                + "the terminal view above and results.json have them all.")
    }

    /// Which processes the timeout killed, and the last lines printed before it.
    static func survivors(_ result: ExampleResult) -> Node {
        let items = result.capture.survivors.map { survivor -> Node in
            let role =
                survivor.isRoot ? "the example itself" : "worker of pid \(survivor.parentPID)"
            return .el(
                "li",
                [
                    .el("code", text: "pid \(survivor.pid)"),
                    .text(" (\(role)): "),
                    .el("code", text: survivor.command),
                ])
        }
        let lastLines = result.lines.suffix(5).map(\.text).joined(separator: "\n")
        return .el(
            "div", [("class", "warning survivors")],
            [
                .el(
                    "p",
                    text: "Timed out after \(Format.seconds(result.example.timeout)): "
                        + "\(result.capture.survivors.count) processes were still running "
                        + "and were killed (SIGKILL to the process group):"),
                .el("ul", items),
                .el("p", text: "Last lines printed before the kill:"),
                .el(
                    "pre", [("class", "terminal")],
                    [
                        .el("code", text: lastLines.isEmpty ? "(no output)" : lastLines)
                    ]),
            ])
    }

    /// ", as expected (expect=exit:1)" when the fence declared this outcome.
    static func expectationNote(_ result: ExampleResult) -> String {
        let expectation = result.example.expectation
        guard expectation != .success else { return "" }
        return result.isExpected
            ? ", as expected (\(expectation.attribute))"
            : ", but the fence says \(expectation.attribute)"
    }

    /// `8388608 bytes (8.0 MiB)`.
    static func bytes(_ count: Int) -> String {
        let mib = Double(count) / 1_048_576
        return count >= 1_048_576 ? "\(count) bytes (\(Format.decimal(mib)) MiB)" : "\(count) bytes"
    }
}
