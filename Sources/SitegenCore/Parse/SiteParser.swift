/// The Parse stage: pages (sorted by `order`, then path) and the runnable examples in them.
enum SiteParser {
    /// Attributes a runnable fence may carry.
    static let exampleAttributes: Set<String> = [
        "id", "timeout", "params", "expect", "allow-error", "runs", "warmup", "files",
    ]
    static let defaultTimeout = 60.0

    struct Site: Sendable, Hashable {
        var pages: [Page]
        var examples: [Example]
        /// Every `claim` fence of the site, in page order.
        var claims: [ClaimDeclaration] = []

    }

    /// `languages`: the runnable ones (the built-in ones, or `sitegen.yml`'s); `supportFiles`
    /// reads the files examples name (`files=`, `files:`) from the content folder.
    static func parse(
        _ files: [ContentFile], languages: Set<String> = Set(LanguageSpec.builtIn.keys),
        supportFiles: SupportFileReader = .none
    ) throws -> Site {
        var pages = try files.parallelMap { try parsePage($0, supportFiles: supportFiles) }
        pages.sort { ($0.order, $0.sourcePath) < ($1.order, $1.sourcePath) }
        try checkUniqueOutputs(pages)
        var examples: [Example] = []
        var ids: [String: SourceLocation] = [:]
        for page in pages {
            for (index, block) in page.runnableBlocks.enumerated() {
                try checkLanguage(block, languages: languages)
                let files = try blockFiles(block, page: page, reader: supportFiles)
                for example in try makeExamples(block, page: page, index: index, files: files) {
                    if let first = ids[example.id] {
                        throw SitegenError(
                            .parse, at: block.location,
                            "the example id '\(example.id)' is already used at \(first)",
                            hint: "give each runnable block its own id=")
                    }
                    ids[example.id] = block.location
                    examples.append(example)
                }
            }
        }
        var site = Site(pages: pages, examples: examples)
        try LinkChecker.check(site)
        try DirectiveChecker.resolve(&site)
        return site
    }

    /// The loaded content: pages and the support files their examples name, from `folder`.
    static func parse(
        contentFolder folder: String, languages: Set<String> = Set(LanguageSpec.builtIn.keys)
    ) throws -> Site {
        try parse(
            ContentLoader.load(from: folder), languages: languages,
            supportFiles: SupportFileReader.folder(folder))
    }

    static func parsePage(_ file: ContentFile, supportFiles: SupportFileReader = .none) throws
        -> Page
    {
        let front: FrontMatter
        do {
            front = try FrontMatter.parse(file.text)
        } catch {
            throw frontMatterError(error, file.relativePath)
        }
        let document = CmarkDocument(markdown: front.body, firstLine: front.bodyFirstLine) {
            LinkChecker.markdownTarget($0, from: file.relativePath)
        }
        var segments: [PageSegment] = []
        for piece in document.pieces {
            switch piece {
            case .html(let html): segments.append(.html(html))
            case .badge(let id, let line):
                segments.append(
                    .badge(
                        claimID: id, location: SourceLocation(file: file.relativePath, line: line)))
            case .code(let infoString, let literal, let line):
                let location = SourceLocation(file: file.relativePath, line: line)
                let info: FenceInfo
                do {
                    info = try FenceInfoParser.parse(infoString)
                } catch {
                    throw SitegenError(
                        .parse, at: location, "malformed fence attributes: \(error)",
                        hint: "write them as key=value or key=\"quoted value\"")
                }
                let block = CodeBlock(
                    infoString: infoString, info: info, code: literal, location: location)
                segments.append(try directive(block))
            }
        }
        let stem = outputStem(file.relativePath)
        segments = segments.map {
            guard case .claim(var claim) = $0 else { return $0 }
            claim.page = stem + ".html"
            return .claim(claim)
        }
        let title = front.fields["title"] ?? document.headings.first?.text ?? stem
        var order = Int.max
        if let value = front.fields["order"] {
            guard let number = Int(value) else {
                throw SitegenError(
                    .parse,
                    at: SourceLocation(file: file.relativePath, line: front.lines["order"] ?? 1),
                    "order must be a whole number, not '\(value)'", hint: "write e.g. order: 3")
            }
            order = number
        }
        let names = front.lists["files"] ?? front.fields["files"].map(SupportFileNames.split)
        let files = try SupportFileNames.resolve(
            names ?? [], page: file.relativePath,
            at: SourceLocation(file: file.relativePath, line: front.lines["files"] ?? 1),
            attribute: "the page's files:", reader: supportFiles)
        return Page(
            sourcePath: file.relativePath, outputPath: stem + ".html", title: title,
            summary: front.fields["description"] ?? title, order: order, files: files,
            segments: segments,
            headings: document.headings,
            links: document.links.map {
                PageLink(destination: $0.destination, target: $0.target, line: $0.line)
            },
            // Kept only where a notebook can be made (a runnable example): on a large site the
            // pages' Markdown would otherwise stay in memory until the site is written.
            markdown: segments.contains { $0.isRunnableCode }
                ? MarkdownSource(
                    text: front.body, firstLine: front.bodyFirstLine,
                    codeEndLines: document.codeEndLines) : nil)
    }

    /// A fence as sitegen's directive (`claim`, `claims`), or as code. Charts are typed once the
    /// site's examples are known (`DirectiveChecker.resolve`).
    static func directive(_ block: CodeBlock) throws -> PageSegment {
        guard !block.info.isRunnable else { return .code(block) }
        switch block.info.language {
        case ClaimParser.language: return .claim(try ClaimParser.parse(block))
        case DirectiveChecker.claimsLanguage: return .claimsTable(block.location)
        default: return .code(block)
        }
    }

    /// `guide/01-intro.md` → `guide-intro`: folders flattened, a leading number dropped.
    static func outputStem(_ relativePath: String) -> String {
        var stem = String(relativePath.dropLast(3))
        stem = stem.split(separator: "/").map { part in
            let trimmed = part.drop(while: { $0.isNumber })
            if trimmed.count < part.count, let first = trimmed.first, first == "-" || first == "_" {
                return String(trimmed.dropFirst())
            }
            return String(part)
        }.joined(separator: "-")
        return stem.isEmpty ? "page" : stem
    }

    private static func checkUniqueOutputs(_ pages: [Page]) throws {
        var seen: [String: String] = [:]
        for page in pages {
            if let other = seen[page.outputPath] {
                throw SitegenError(
                    .parse, at: SourceLocation(file: page.sourcePath, line: 1),
                    "this page and \(other) would both be written to \(page.outputPath)",
                    hint: "rename one of the files")
            }
            seen[page.outputPath] = page.sourcePath
        }
    }

    /// The page's support files, then those the fence's `files=` adds.
    static func blockFiles(_ block: CodeBlock, page: Page, reader: SupportFileReader) throws
        -> [SupportFile]
    {
        guard let text = block.info["files"] else { return page.files }
        let own = try SupportFileNames.resolve(
            SupportFileNames.split(text), page: page.sourcePath, at: block.location,
            attribute: "files=", reader: reader)
        return try SupportFileNames.merged(page.files, own, at: block.location)
    }

    /// One example per configuration of `params=`, or the block's one example.
    static func makeExamples(
        _ block: CodeBlock, page: Page, index: Int, files: [SupportFile] = []
    ) throws -> [Example] {
        var example = try makeExample(block, page: page, index: index)
        example.files = files
        guard let text = block.info["params"] else { return [example] }
        let sweep: ParameterSweep
        do {
            sweep = try ParameterSweep.parse(text)
        } catch {
            throw SitegenError(
                .parse, at: block.location, "params=\"\(text)\": \(error)",
                hint: "write e.g. params=\"workers=1,2,4,8\" or params=\"workers=1,2;size=64,4096\""
            )
        }
        return sweep.configurations.map { configuration in
            var copy = example
            copy.id = ParameterSweep.id(example.id, configuration)
            copy.parameters = Dictionary(
                uniqueKeysWithValues: configuration.map { ($0.name, $0.value) })
            return copy
        }
    }

    static func makeExample(_ block: CodeBlock, page: Page, index: Int) throws -> Example {
        for attribute in block.info.attributes where !exampleAttributes.contains(attribute.key) {
            let known = exampleAttributes.sorted().joined(separator: ", ")
            throw SitegenError(
                .parse, at: block.location,
                "unknown attribute '\(attribute.key)' on a runnable block",
                hint: "known attributes are \(known)")
        }
        let id = block.info["id"] ?? "\(page.outputPath.dropLast(5))-\(index + 1)"
        guard !id.isEmpty,
            id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw SitegenError(
                .parse, at: block.location, "the example id '\(id)' is not usable in a file name",
                hint: "use letters, digits, '-' and '_'")
        }
        var timeout = defaultTimeout
        if let value = block.info["timeout"] {
            guard let seconds = Double(value.hasSuffix("s") ? String(value.dropLast()) : value),
                seconds > 0, seconds.isFinite
            else {
                throw SitegenError(
                    .parse, at: block.location,
                    "timeout must be a positive number of seconds, not '\(value)'",
                    hint: "write e.g. timeout=5 or timeout=0.5")
            }
            timeout = seconds
        }
        guard !block.info.language.isEmpty else {
            throw SitegenError(
                .parse, at: block.location, "a runnable block needs a language",
                hint: "write e.g. ```python run")
        }
        return Example(
            id: id, page: page.outputPath, language: block.info.language, code: block.code,
            location: block.location, timeout: timeout, expectation: try expectation(block),
            runs: try count(block, "runs", minimum: 1),
            warmup: try count(block, "warmup", minimum: 0))
    }

    private static func checkLanguage(_ block: CodeBlock, languages: Set<String>) throws {
        guard block.info.language.isEmpty || languages.contains(block.info.language) else {
            let known = languages.sorted().joined(separator: ", ")
            throw SitegenError(
                .parse, at: block.location, "cannot run '\(block.info.language)' examples",
                hint:
                    "runnable languages are \(known); declare '\(block.info.language)' under languages: in sitegen.yml, or drop the word 'run' to show the code only"
            )
        }
    }

    /// A whole-number attribute (`runs=`, `warmup=`) of at least `minimum`, or nil when absent.
    private static func count(_ block: CodeBlock, _ key: String, minimum: Int) throws -> Int? {
        guard let value = block.info[key] else { return nil }
        guard let number = Int(value), number >= minimum else {
            throw SitegenError(
                .parse, at: block.location,
                "\(key) must be a whole number of at least \(minimum), not '\(value)'",
                hint: "write e.g. \(key)=\(minimum + 2)")
        }
        return number
    }

    /// `expect=exit:N | signal:N | signal:NAME | timeout` or the bare `allow-error` flag.
    static func expectation(_ block: CodeBlock) throws -> ExpectedOutcome {
        let expect = block.info["expect"]
        let allow = block.info["allow-error"]
        if let allow, !["", "true", "yes"].contains(allow.lowercased()) {
            throw SitegenError(
                .parse, at: block.location, "allow-error takes no value, not '\(allow)'",
                hint: "write the bare word allow-error, or remove it")
        }
        if expect != nil && allow != nil {
            throw SitegenError(
                .parse, at: block.location, "the block has both expect= and allow-error",
                hint: "keep one: expect= names the outcome, allow-error accepts any")
        }
        if allow != nil { return .anything }
        guard let expect else { return .success }
        guard let outcome = ExpectedOutcome.parse(expect) else {
            throw SitegenError(
                .parse, at: block.location, "expect='\(expect)' is not an outcome sitegen knows",
                hint:
                    "write expect=exit:N (N from 1 to 255), expect=signal:9 or signal:KILL, or expect=timeout"
            )
        }
        return outcome
    }

    private static func frontMatterError(_ error: FrontMatter.Failure, _ file: String)
        -> SitegenError
    {
        switch error {
        case .unterminated:
            return SitegenError(
                .parse, at: SourceLocation(file: file, line: 1),
                "the front matter has no closing '---'",
                hint: "end it with a line holding only ---")
        case .malformed(let line, let text):
            return SitegenError(
                .parse, at: SourceLocation(file: file, line: line),
                "front matter line '\(text)' is not 'key: value'", hint: "write e.g. title: My page"
            )
        case .duplicate(let line, let key):
            return SitegenError(
                .parse, at: SourceLocation(file: file, line: line), "'\(key)' is set twice",
                hint: "keep one '\(key):' line")
        case .invalid(let line, let problem, let hint):
            return SitegenError(
                .parse, at: SourceLocation(file: file, line: line),
                "the front matter is not valid YAML: \(problem)",
                hint: hint
                    ?? "write key: value lines, e.g. title: My page; quote a value that holds ': ' or ' #'"
            )
        case .notText(let line, let key):
            return SitegenError(
                .parse, at: SourceLocation(file: file, line: line),
                "'\(key)' holds a list or a mapping; front matter values are text",
                hint: "write it on one line, e.g. \(key): some text")
        }
    }
}
