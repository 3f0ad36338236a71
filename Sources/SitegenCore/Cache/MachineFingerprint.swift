/// The part of the machine that changes what an example measures: CPU model and the cores this
/// process may run on (affinity). Load, memory and host name do not invalidate a result.
struct MachineFingerprint: Sendable, Hashable, Codable {
    var cpuModel: String
    var coresAvailable: Int

    /// This machine, from /proc (no process spawned).
    static func current() -> MachineFingerprint {
        MachineFingerprint(
            cpuModel: MachineProbe.cpuModel(), coresAvailable: BuildMachine.current().availableCores
        )
    }
}
