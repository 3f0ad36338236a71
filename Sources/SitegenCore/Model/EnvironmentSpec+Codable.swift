/// Reading an environment back from `results.json` (`measured`, written by `sitegen measure`):
/// the keys an older sitegen did not write take their defaults.
extension EnvironmentSpec {
    enum CodingKeys: String, CodingKey {
        case id, label, interpreters, variables, cpus, scale, examples, candidates, optional
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            label: try container.decode(String.self, forKey: .label),
            interpreters: try container.decode([String: String].self, forKey: .interpreters),
            variables: try container.decode([String: String].self, forKey: .variables),
            cpus: try container.decodeIfPresent(CPUSet.self, forKey: .cpus),
            scale: try container.decode([String: String].self, forKey: .scale),
            examples: try container.decodeIfPresent([String].self, forKey: .examples),
            candidates: try container.decodeIfPresent([String: [String]].self, forKey: .candidates)
                ?? [:],
            optional: try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false)
    }
}
