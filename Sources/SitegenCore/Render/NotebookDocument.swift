// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (the snake_case properties here are the JSON names of a file format: results.json, the
// cache, nbformat or a recorded fixture; renaming them would change the format)
import Foundation

/// A page as a Jupyter notebook (nbformat 4.5): its prose as Markdown cells, in the author's
/// Markdown, and its runnable examples in a language with a notebook kernel (Python's) as code
/// cells with the output of the run the page shows as `stream` outputs. Chart and claim fences, which only sitegen understands, are left out;
/// other code blocks stay in the Markdown.
struct NotebookDocument: Encodable {
    static let directiveLanguages: Set<String> = ["chart", "claim", "claims"]
    /// Lines of output kept per code cell, as on the page (`ExampleView.maxShownLines`).
    static let maxOutputLines = ExampleView.maxShownLines

    struct Cell: Encodable {
        var kind: String
        var id: String
        var source: String
        var outputs: [Output]?

        enum CodingKeys: String, CodingKey {
            case kind = "cell_type"
            case id, metadata, source, outputs
            case executionCount = "execution_count"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(id, forKey: .id)
            try container.encode([String: String](), forKey: .metadata)
            try container.encode(source, forKey: .source)
            if let outputs {
                try container.encode(outputs, forKey: .outputs)
                try container.encodeNil(forKey: .executionCount)
            }
        }
    }

    struct Output: Encodable {
        var output_type = "stream"
        var name: String
        var text: String
    }

    /// The kernel of the page's language entry (`LanguageSpec.notebookKernel`).
    struct Metadata: Encodable {
        struct Kernel: Encodable {
            var name: String
            var display_name: String
            var language: String
        }
        struct Language: Encodable { var name: String }
        var kernelspec: Kernel
        var language_info: Language

        init(_ kernel: LanguageSpec.NotebookKernel) {
            kernelspec = Kernel(
                name: kernel.name, display_name: kernel.displayName, language: kernel.language)
            language_info = Language(name: kernel.language)
        }
    }

    var nbformat = 4
    var nbformat_minor = 5
    var metadata: Metadata
    var cells: [Cell]

    /// The page's notebook path: `examples.html` → `examples.ipynb`.
    static func path(forPage outputPath: String) -> String {
        (outputPath.hasSuffix(".html") ? String(outputPath.dropLast(5)) : outputPath) + ".ipynb"
    }

    /// True when a page gets a notebook: it has a runnable example in a language with a kernel.
    static func offered(_ page: Page) -> Bool { kernel(of: page) != nil }

    /// The kernel of a fence word's language entry; nil: its examples stay out of notebooks.
    static func kernel(_ language: String) -> LanguageSpec.NotebookKernel? {
        LanguageSpec.named(language)?.notebookKernel
    }

    /// The kernel of the page's first runnable example that has one.
    static func kernel(of page: Page) -> LanguageSpec.NotebookKernel? {
        guard page.markdown != nil else { return nil }
        return page.runnableBlocks.lazy.compactMap { kernel($0.info.language) }.first
    }

    /// The notebook of `page`, or nil when it has no runnable example with a kernel.
    static func render(_ page: Page, resultsByBlock: [SourceLocation: [ExampleResult]]) throws
        -> [UInt8]?
    {
        guard let kernel = kernel(of: page), let markdown = page.markdown else { return nil }
        let inKernel = { (block: CodeBlock) in
            block.info.isRunnable && Self.kernel(block.info.language) == kernel
        }
        let lines = markdown.text.split(separator: "\n", omittingEmptySubsequences: false)
        var cells: [Cell] = []
        var prose: [Substring] = []
        func flushProse() {
            let text = prose.drop { $0.allSatisfy(\.isWhitespace) }
                .reversed().drop { $0.allSatisfy(\.isWhitespace) }.reversed()
                .joined(separator: "\n")
            if !text.isEmpty {
                cells.append(Cell(kind: "markdown", id: "cell-\(cells.count + 1)", source: text))
            }
            prose = []
        }
        var next = 0  // index into `lines` of the first line not yet placed
        var written: [String: [UInt8]] = [:]  // support files the cells above have written
        for segment in page.segments {
            // The fences to place: the kernel's examples become code cells; sitegen's directives
            // (charts, claims, the claims table) are left out.
            let location: SourceLocation
            var example: CodeBlock?
            switch segment {
            case .code(let block):
                guard inKernel(block) || directiveLanguages.contains(block.info.language)
                else { continue }
                location = block.location
                if inKernel(block) { example = block }
            case .chart(let spec): location = spec.location
            case .claim(let declaration): location = declaration.location
            case .claimsTable(let at): location = at
            case .html, .badge: continue
            }
            let start = location.line - markdown.firstLine
            let end =
                (markdown.codeEndLines[location.line] ?? location.line) - markdown.firstLine
            guard start >= next, end < lines.count else { continue }
            prose += lines[next..<start]
            next = end + 1
            guard let block = example else { continue }
            flushProse()
            let results = resultsByBlock[block.location] ?? []
            let files = (results.last?.example.files ?? []).filter { written[$0.name] != $0.bytes }
            if kernel.language == "python" {
                for source in fileCells(files) {
                    cells.append(
                        Cell(
                            kind: "code", id: "cell-\(cells.count + 1)", source: source,
                            outputs: []))
                }
            } else if !files.isEmpty {
                // Another kernel has no %%writefile: the files are linked, to save beside it.
                let links = files.map { "[\($0.name)](\($0.sitePath))" }.joined(separator: ", ")
                cells.append(
                    Cell(
                        kind: "markdown", id: "cell-\(cells.count + 1)",
                        source:
                            "The next example reads files sitegen copied into its working folder; save them beside this notebook: \(links)"
                    ))
            }
            for file in files { written[file.name] = file.bytes }
            cells.append(
                Cell(
                    kind: "code", id: "cell-\(cells.count + 1)",
                    source: code(block, shown: results.last),
                    outputs: results.last.map(outputs) ?? []))
        }
        if next < lines.count { prose += lines[next...] }
        flushProse()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(NotebookDocument(metadata: Metadata(kernel), cells: cells)))
            + [0x0A]
    }

    /// Cells that write `files` into the notebook's folder (an IPython kernel's), as sitegen
    /// copied them into the example's working folder: a text file as IPython's `%%writefile` (what a Jupyter user
    /// reads and edits), other bytes (not UTF-8, no final newline) decoded from base64. A
    /// notebook holds no files, and a download of several would leave them behind.
    static func fileCells(_ files: [SupportFile]) -> [String] {
        guard !files.isEmpty else { return [] }
        var setup = [
            "# The files sitegen copied into the next example's working folder, written beside this notebook:",
            "# " + files.map(\.name).joined(separator: ", "),
        ]
        let folders = Set(files.map { Paths.parent($0.name) }.filter { !$0.isEmpty }).sorted()
        if !folders.isEmpty {
            setup.append("import os")
            setup += folders.map { "os.makedirs(\(literal($0)), exist_ok=True)" }
        }
        var cells: [String] = []
        for file in files {
            if let text = String(validating: file.bytes, as: UTF8.self), text.hasSuffix("\n") {
                let name = file.name.contains(" ") ? "\"\(file.name)\"" : file.name
                cells.append("%%writefile \(name)\n" + text)
            } else {
                if !setup.contains("import base64, pathlib") {
                    setup.append("import base64, pathlib")
                }
                setup.append(
                    "pathlib.Path(\(literal(file.name))).write_bytes(base64.b64decode(\"\(Data(file.bytes).base64EncodedString())\"))"
                )
            }
        }
        return [setup.joined(separator: "\n")] + cells
    }

    /// A Python string literal of `text`.
    static func literal(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The block's code; a `params=` sweep's parameters are set to the shown configuration's.
    static func code(_ block: CodeBlock, shown: ExampleResult?) -> String {
        let code = block.code.hasSuffix("\n") ? String(block.code.dropLast()) : block.code
        guard let parameters = shown?.example.parameters, !parameters.isEmpty else { return code }
        let settings = parameters.keys.sorted().map {
            "os.environ.setdefault(\"SITEGEN_PARAM_\($0.uppercased())\", \"\(parameters[$0]!)\")"
        }
        return
            ([
                "# sitegen ran this block once per configuration of its params=; the page shows:",
                "import os",
            ] + settings + [code]).joined(separator: "\n")
    }

    /// The shown run's lines, consecutive lines of one stream in one output.
    static func outputs(_ result: ExampleResult) -> [Output] {
        var outputs: [Output] = []
        for line in result.lines.prefix(maxOutputLines) {
            let name = line.stream == .stderr ? "stderr" : "stdout"
            if outputs.last?.name == name {
                outputs[outputs.count - 1].text += line.text + "\n"
            } else {
                outputs.append(Output(name: name, text: line.text + "\n"))
            }
        }
        return outputs
    }
}
