/// The files the site offers next to an example: its source and its raw capture.
extension Example {
    /// `examples/<id>.py` (`.sh`, `.swift`, or `.txt` for other languages).
    public var sourceFilePath: String { "examples/\(id).\(fileExtension)" }
    /// `examples/<id>.json`: the example's record of `results.json`.
    public var captureFilePath: String { "examples/\(id).json" }

    var fileExtension: String {
        switch language {
        case "python", "py", "python3": return "py"
        case "sh", "bash", "zsh", "shell": return "sh"
        case "swift": return "swift"
        default: return "txt"
        }
    }
}
