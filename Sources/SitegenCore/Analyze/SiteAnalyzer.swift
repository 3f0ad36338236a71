/// The Analyze stage: every declared claim's verdict from the measured results. Pure: value in,
/// value out. A site without `claim` fences has no claims.
enum SiteAnalyzer {
    static func analyze(
        _ claims: [ClaimDeclaration], index: ResultIndex, machine: BuildMachine,
        rule: EffectDecision.Rule = .interval
    ) -> [Claim] {
        let evidence = Evidence(index, rule: rule)
        return claims.map { Claim($0, ClaimEvaluator.evaluate($0, evidence, machine)) }
    }

    static func analyze(
        _ claims: [ClaimDeclaration], results: [ExampleResult], machine: BuildMachine,
        rule: EffectDecision.Rule = .interval
    ) -> [Claim] {
        analyze(claims, index: ResultIndex(results), machine: machine, rule: rule)
    }

    /// Every claim decided once per environment, with that environment's results and machine;
    /// an environment where not all of a claim's evidence ran has no verdict for it.
    /// `siteIDs`: every example id and sweep base id of the site.
    static func analyze(
        _ claims: [ClaimDeclaration], environments: [ClaimEnvironment], siteIDs: Set<String>,
        rule: EffectDecision.Rule = .interval
    ) -> [Claim] {
        let evidence = environments.map {
            Evidence($0.index, rule: rule, startups: $0.startups)
        }
        return claims.map { claim in
            let verdicts = zip(environments, evidence).compactMap {
                environment, evidence -> EnvironmentVerdict? in
                guard environment.ranEvidence(of: claim, siteIDs: siteIDs) else { return nil }
                return EnvironmentVerdict(
                    environment: environment.id, label: environment.label,
                    ClaimEvaluator.evaluate(claim, evidence, environment.machine))
            }
            return Claim(claim, verdicts: verdicts)
        }
    }
}
