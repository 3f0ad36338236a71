/// The Analyze stage: every declared claim's verdict from the measured results. Pure: value in,
/// value out. A site without `claim` fences has no claims.
public enum SiteAnalyzer {
    public static func analyze(
        _ claims: [ClaimDeclaration], index: ResultIndex, machine: BuildMachine,
        rule: EffectDecision.Rule = .interval
    ) -> [Claim] {
        let evidence = Evidence(index, rule: rule)
        return claims.map { Claim($0, ClaimEvaluator.evaluate($0, evidence, machine)) }
    }

    public static func analyze(
        _ claims: [ClaimDeclaration], results: [ExampleResult], machine: BuildMachine,
        rule: EffectDecision.Rule = .interval
    ) -> [Claim] {
        analyze(claims, index: ResultIndex(results), machine: machine, rule: rule)
    }
}
