/// The part of the machine that changes what an example measures: CPU model and the cores this
/// process may run on (affinity). Load, memory and host name do not invalidate a result.
public struct MachineFingerprint: Sendable, Hashable, Codable {
    public var cpuModel: String
    public var coresAvailable: Int

    public init(cpuModel: String, coresAvailable: Int) {
        self.cpuModel = cpuModel
        self.coresAvailable = coresAvailable
    }

    /// This machine, from /proc (no process spawned).
    public static func current() -> MachineFingerprint {
        MachineFingerprint(
            cpuModel: MachineProbe.cpuModel(), coresAvailable: BuildMachine.current().availableCores
        )
    }
}
