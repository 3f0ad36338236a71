/// The machine card shown under every page that shows a measurement.
enum MachineView {
    static func node(_ machine: MachineInfo, generator: String) -> Node {
        var rows: [(String, String)] = [
            ("OS", machine.os), ("Kernel", machine.kernel), ("Architecture", machine.architecture),
            ("Cores", String(machine.cores)),
        ]
        for (language, version) in machine.interpreters.sorted(by: { $0.key < $1.key }) {
            rows.append((language, version))
        }
        rows.append(("Generator", generator))
        return .el(
            "details", [("class", "machine")],
            [
                .el("summary", text: "Measured on this machine"),
                .el(
                    "dl",
                    rows.flatMap { row -> [Node] in
                        [.el("dt", text: row.0), .el("dd", text: row.1)]
                    }),
            ])
    }
}
