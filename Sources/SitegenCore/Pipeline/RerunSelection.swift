/// Which examples `--rerun` forces to run although the cache has their result.
public enum RerunSelection: Sendable, Hashable {
    case none
    case all
    /// Example ids; a sweep's base id (`cpu@workers=2` → `cpu`) names all its configurations.
    case ids(Set<String>)

    func includes(_ example: Example) -> Bool {
        switch self {
        case .none: return false
        case .all: return true
        case .ids(let ids): return ids.contains(example.id) || ids.contains(example.baseID)
        }
    }

    /// Named ids that match no example, for an error.
    func unknown(in examples: [Example]) -> [String] {
        guard case .ids(let ids) = self else { return [] }
        let known = Set(examples.map(\.id) + examples.map(\.baseID))
        return ids.subtracting(known).sorted()
    }
}
