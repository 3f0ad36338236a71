@testable import SitegenCore

extension RunMeasurement {
    /// A copy with the given figures replaced (test fixtures; the model has no setters).
    func with(
        resultNumbers: [String: Double]? = nil, peakPSSBytes: Int? = nil,
        medianCores: Double? = nil, round: Int? = nil, cores: CoresBusy? = nil,
        stealSeconds: Double? = nil, involuntarySwitches: Int? = nil,
        workers: [WorkerTime]? = nil
    ) -> RunMeasurement {
        RunMeasurement(
            wallSeconds: wallSeconds, userSeconds: userSeconds, systemSeconds: systemSeconds,
            peakRSSBytes: peakRSSBytes, treeSampled: treeSampled,
            peakPSSBytes: peakPSSBytes ?? self.peakPSSBytes,
            medianCores: medianCores ?? self.medianCores,
            resultNumbers: resultNumbers ?? self.resultNumbers, round: round ?? self.round,
            cores: cores ?? self.cores, stealSeconds: stealSeconds ?? self.stealSeconds,
            involuntarySwitches: involuntarySwitches ?? self.involuntarySwitches,
            cpuMHz: cpuMHz, workers: workers ?? self.workers)
    }
}
