extension SampleStats {
    /// A figure's summary over `count` measured runs.
    init(_ figure: FigureSummary, count: Int) {
        self.init(
            median: figure.median, mean: figure.mean, stddev: figure.stddev, min: figure.min,
            max: figure.max, count: count)
    }
}
