/// A verdict's reason as the claims engine writes it: a plain-language lead, then the figures
/// that back it after "Measured:" (`ClaimVerdictView` keeps the lead in view and folds those).
enum ClaimReasonView {
    /// The reason split at its first " Measured: ": the lead, and the figures if any.
    static func split(_ reason: String) -> (lead: String, figures: String?) {
        guard let range = reason.range(of: " Measured: ") else { return (reason, nil) }
        let lead = String(reason[..<range.lowerBound])
        let figures = String(reason[range.upperBound...])
        return figures.isEmpty ? (reason, nil) : (lead, figures)
    }

    /// The plain explanation shown above the figures.
    static let glossary =
        "“95 % CI” is the 95 % confidence interval: the range that, on this evidence, holds the true value 95 times in 100. “Beyond the noise” means that whole range lies past the threshold."
}
