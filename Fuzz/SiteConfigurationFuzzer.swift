// libFuzzer entry point for SiteConfiguration.parse (`sitegen.yml`: Yams/libyaml, then
// ConfigurationReader): no crash, and a configuration that parses keeps its invariants.
// Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer`, with Yams and libyaml from the package's
// checkout (`// fuzz-packages: Yams`).
//
// fuzz-target: config
// fuzz-max-len: 1024
// fuzz-packages: Yams
// fuzz-sources: Sources/SitegenCore/Load/SiteConfiguration.swift Sources/SitegenCore/Load/ConfigurationReader.swift Sources/SitegenCore/Load/YAMLValue.swift Sources/SitegenCore/Model/EnvironmentSpec.swift Sources/SitegenCore/Model/LanguageSpec.swift Sources/SitegenCore/Model/SitegenError.swift Sources/SitegenCore/Model/SourceLocation.swift Sources/SitegenCore/Support/Paths.swift

/// `precondition` without its message in -O builds: this one names the broken invariant.
private func invariant(_ holds: Bool, _ message: @autoclosure () -> String) {
    if !holds { fatalError("invariant broken: \(message())") }
}

private func isIdentifier(_ text: String) -> Bool {
    !text.isEmpty
        && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func siteConfigurationFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let configuration: SiteConfiguration
    do {
        configuration = try SiteConfiguration.parse(text, file: "sitegen.yml")
    } catch let error as SitegenError {
        invariant(error.location?.file == "sitegen.yml", "an error without its file")
        invariant((error.location?.line ?? 0) >= 1, "an error before line 1")
        invariant(!error.message.isEmpty && !error.hint.isEmpty, "an error without words")
        return 0
    } catch {
        fatalError("not a SitegenError: \(error)")
    }
    invariant(configuration.file == "sitegen.yml", "the file not kept")
    invariant(!configuration.environments.isEmpty, "no environment")
    let ids = configuration.environments.map(\.id)
    invariant(Set(ids).count == ids.count, "an environment id twice")
    for environment in configuration.environments {
        invariant(isIdentifier(environment.id), "an environment id unusable in an anchor")
        if let cpus = environment.cpus {
            invariant(!cpus.cpus.isEmpty, "an empty CPU set")
            invariant(cpus.cpus == Array(Set(cpus.cpus)).sorted(), "CPUs not sorted once")
            invariant(cpus.cpus.allSatisfy { $0 >= 0 }, "a negative CPU")
            invariant(CPUSet(cpus.description) == cpus, "a CPU set that does not read back")
        }
        for language in environment.interpreters.keys {
            invariant(configuration.languages[language] != nil, "an interpreter of no language")
        }
        if let examples = environment.examples { invariant(!examples.isEmpty, "examples: []") }
    }
    for (name, language) in configuration.languages {
        invariant(language.name == name, "a language under another name")
        invariant(!language.fileExtension.isEmpty, "a language without an extension")
        invariant(!language.command.isEmpty, "a language without a command")
        invariant(
            language.command.contains { $0.contains("{file}") || $0.contains("{binary}") },
            "a command that names no source")
        if let compile = language.compile {
            invariant(
                compile.contains("{file}") && compile.contains("{binary}"),
                "a compile step without {file} and {binary}")
        }
    }
    return 0
}
