/// The machine as the verdicts need it: cores this build may use and how busy it was before.
struct BuildMachine: Sendable, Hashable {
    /// CPUs the build may run on (`sched_getaffinity`, so `taskset -c 0` gives 1).
    let availableCores: Int
    /// The 1-minute load average read before the build started.
    let loadBefore: Double
    /// The examples' interpreter as its machine card states it (nil: not probed, e.g. no Python).
    let gil: Bool?
    let freeThreaded: Bool?

    init(
        availableCores: Int, loadBefore: Double, gil: Bool? = nil, freeThreaded: Bool? = nil
    ) {
        self.availableCores = availableCores
        self.loadBefore = loadBefore
        self.gil = gil
        self.freeThreaded = freeThreaded
    }

    /// The interpreters' facts from the card: a GIL at run time ("on"/"off"), a free-threaded
    /// build ("yes"/"no"), as the first interpreter that states them says.
    init(availableCores: Int, loadBefore: Double, facts: [InterpreterFacts]) {
        func stated(_ fact: Requirement.Fact, _ yes: String, _ no: String) -> Bool? {
            facts.lazy.compactMap { $0.value(fact.key) }.first.flatMap {
                [yes: true, no: false][$0]
            }
        }
        self.init(
            availableCores: availableCores, loadBefore: loadBefore, gil: stated(.gil, "on", "off"),
            freeThreaded: stated(.freeThreaded, "yes", "no"))
    }

    /// The value of a yes-or-no fact of the interpreter, when known.
    func fact(_ fact: Requirement.Fact) -> Bool? {
        switch fact {
        case .cores: nil
        case .gil: gil
        case .freeThreaded: freeThreaded
        }
    }

    /// True when other work already kept (almost) every available core busy.
    var isBusy: Bool { loadBefore > Double(availableCores) - 0.5 }

    /// "load 1.80 on 2 cores".
    var loadPhrase: String {
        "load \(ChartTable.fixed(loadBefore, digits: 2)) on \(availableCores) \(availableCores == 1 ? "core" : "cores")"
    }
}

extension Requirement.Fact {
    /// The key of the interpreter fact (`InterpreterFacts.Detail.key`) that states it.
    var key: String {
        switch self {
        case .cores: "cores"
        case .gil: "gil"
        case .freeThreaded: "free_threaded"
        }
    }
}
