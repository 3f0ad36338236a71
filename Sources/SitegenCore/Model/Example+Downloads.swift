/// The files the site offers next to an example: its source and its raw capture.
extension Example {
    /// `examples/<id>.py`: the built-in language's extension (`.txt` for other languages).
    var sourceFilePath: String { "examples/\(id).\(fileExtension)" }
    /// `examples/<id>.json`: the example's record of `results.json`.
    var captureFilePath: String { "examples/\(id).json" }

    /// The built-in entry's extension; `txt` for a language only `sitegen.yml` declares.
    var fileExtension: String { LanguageSpec.named(language)?.fileExtension ?? "txt" }
}
