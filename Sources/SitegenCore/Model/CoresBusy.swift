/// How many cores an example's process tree kept busy at once while its workers ran: the
/// distribution of the /proc sampler's per-interval `cores` over that window.
///
/// A direct witness of parallel execution: two CPU-bound workers that really run in parallel
/// keep about 2 cores busy whatever the machine's speed, while wall-time speedups also move with
/// a stolen or throttled CPU.
struct CoresBusy: Sendable, Hashable, Codable {
    let p10: Double
    let median: Double
    let p90: Double
    /// Samples in the window.
    let samples: Int
    /// Seconds since spawn the window covered.
    let from: Double
    let to: Double

}
