import Foundation

@testable import SitegenCore

/// A shell script standing in for a Python interpreter: it runs the real one with a user
/// site-packages folder whose `.pth` line runs before anything else in every process (site.py
/// executes a `.pth` file's `import` lines before `sitecustomize`). The line can take a feature
/// away, or make the interpreter report facts it does not have, such as a free-threaded build.
/// `sys.executable` is set to the wrapper, so sitegen's resolver keeps it.
struct InterpreterWrapper {
    let folder: TemporaryFolder
    /// The wrapper script: put it in `SITEGEN_PYTHON` or a `sitegen.yml` environment.
    let path: String

    /// `pth` is Python run in each process at startup (one line, statements separated by `;`).
    init(pth: String, real: String? = nil) throws {
        folder = try TemporaryFolder()
        let python = try real ?? PythonFixture.interpreter().path
        path = folder.path + "/python-wrapper"
        let base = folder.path + "/userbase"
        var environment = PythonFixture.environment
        environment["PYTHONUSERBASE"] = base
        let capture = try SpawnExecutor().run(
            ProcessRequest(
                executable: python,
                arguments: ["-c", "import site; print(site.getusersitepackages())"],
                environment: environment, workingDirectory: folder.path, timeout: 30))
        let packages = LineAssembler.lines(from: capture.chunks).first?.text ?? ""
        try folder.write(
            String(packages.dropFirst(folder.path.count + 1)) + "/sitegen-wrapper.pth",
            "import sys; sys.executable = \(pythonString(path)); \(pth)\n")
        try folder.write(
            "python-wrapper",
            "#!/bin/sh\nunset PYTHONNOUSERSITE\nPYTHONUSERBASE='\(base)' exec '\(python)' \"$@\"\n")
        chmod(path, 0o755)
    }

    func remove() { folder.remove() }

    /// A Python string literal of `text` (JSON's escapes are Python's for these paths).
    private func pythonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: try! encoder.encode(text), as: UTF8.self)
    }
}
