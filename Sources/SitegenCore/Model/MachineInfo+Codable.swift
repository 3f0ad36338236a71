/// Reading a machine card the cache stored: cards stored before `interpreter_facts` carry
/// Python's facts as `python`, and still read.
extension MachineInfo {
    private enum LegacyKeys: String, CodingKey { case python }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let facts: [InterpreterFacts]
        if let stated = try container.decodeIfPresent(
            [InterpreterFacts].self, forKey: .interpreterFacts)
        {
            facts = stated
        } else {
            let legacy = try decoder.container(keyedBy: LegacyKeys.self)
            facts =
                try legacy.decodeIfPresent(MachineRecord.PythonRecord.self, forKey: .python).map {
                    [$0.facts]
                } ?? []
        }
        self.init(
            cores: try container.decode(Int.self, forKey: .cores),
            os: try container.decode(String.self, forKey: .os),
            kernel: try container.decode(String.self, forKey: .kernel),
            architecture: try container.decode(String.self, forKey: .architecture),
            interpreters: try container.decode([String: String].self, forKey: .interpreters),
            cpuModel: try container.decode(String.self, forKey: .cpuModel),
            coresOnline: try container.decode(Int.self, forKey: .coresOnline),
            coresAvailable: try container.decode(Int.self, forKey: .coresAvailable),
            physicalCores: try container.decodeIfPresent(Int.self, forKey: .physicalCores),
            hardwareThreads: try container.decodeIfPresent(Int.self, forKey: .hardwareThreads),
            memoryBytes: try container.decode(Int.self, forKey: .memoryBytes),
            loadBefore: try container.decodeIfPresent(Double.self, forKey: .loadBefore),
            loadAfter: try container.decodeIfPresent(Double.self, forKey: .loadAfter),
            interpreterFacts: facts,
            sitegenVersion: try container.decode(String.self, forKey: .sitegenVersion),
            date: try container.decode(String.self, forKey: .date),
            startups: try container.decodeIfPresent([StartupTime].self, forKey: .startups))
    }
}
