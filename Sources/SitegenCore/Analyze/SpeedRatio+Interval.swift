extension SpeedRatio {
    /// hyperfine's sentence with the confidence interval of the speedup beside it:
    /// "processes ran 1.93 ± 0.05 × faster than threads (95 % CI 1.71–2.10)", or with a context
    /// "… than threads (CPU-bound; 95 % CI 1.71–2.10)". `interval` is the
    /// interval of this ratio (how many times faster `a` ran than `b`); it is turned round with
    /// the sentence when `b` was the faster one.
    func sentence(
        _ a: String, _ b: String, context: String? = nil, interval: ConfidenceInterval?
    ) -> String {
        guard let interval, ratio.isFinite else { return sentence(a, b, context: context) }
        let shown = (ratio >= 1 ? interval : interval.reciprocal).formatted()
        return sentence(a, b, context: context.map { "\($0); \(shown)" } ?? shown)
    }
}
