/// One content page, parsed: its metadata and its body as rendered HTML with code blocks between.
public struct Page: Sendable, Hashable {
    /// The Markdown file, relative to the content folder.
    public var sourcePath: String
    /// The output file name, e.g. `multiprocessing.html`.
    public var outputPath: String
    public var title: String
    /// Short description for `<meta name="description">`.
    public var summary: String
    /// Sort key from front matter (`order:`), then the file name.
    public var order: Int
    /// The support files its front matter's `files:` gives every example of the page.
    public var files: [SupportFile]
    public var segments: [PageSegment]
    public var headings: [Heading]
    /// The author's links and images, checked at build time.
    public var links: [PageLink]
    /// The Markdown the page was parsed from (for its notebook download); nil on a page without
    /// a runnable example, which gets no notebook.
    public var markdown: MarkdownSource?

    public init(
        sourcePath: String, outputPath: String, title: String, summary: String, order: Int,
        files: [SupportFile] = [], segments: [PageSegment], headings: [Heading],
        links: [PageLink] = [], markdown: MarkdownSource? = nil
    ) {
        self.files = files
        self.sourcePath = sourcePath
        self.outputPath = outputPath
        self.title = title
        self.summary = summary
        self.order = order
        self.segments = segments
        self.headings = headings
        self.links = links
        self.markdown = markdown
    }

    /// The runnable code blocks of this page, in order.
    public var runnableBlocks: [CodeBlock] {
        // Claim, chart and claims fences are never runnable: only `.code` segments are.
        segments.compactMap {
            if case .code(let block) = $0, block.info.isRunnable { return block }
            return nil
        }
    }
}

/// A piece of a page body.
public enum PageSegment: Sendable, Hashable {
    /// HTML that cmark rendered from the author's Markdown (safe mode: no raw HTML).
    case html(String)
    /// A code block, rendered by sitegen (ordinary code, or a runnable example with its results).
    case code(CodeBlock)
    /// A ```` ```claim ```` fence: the claim's card (statement, verdict, reason, evidence).
    case claim(ClaimDeclaration)
    /// A ```` ```claims ```` fence: the table of every claim of the site.
    case claimsTable(SourceLocation)
    /// A ```` ```chart ```` fence, checked against the site's examples.
    case chart(ChartSpec)
    /// A `[](claim:ID)` link: the verdict badge of a declared claim, linking to its card.
    case badge(claimID: String, location: SourceLocation)
}

/// A heading of a page, with the anchor sitegen gives it.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var anchor: String
    public var line: Int

    public init(level: Int, text: String, anchor: String, line: Int) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.line = line
    }
}

/// A link or image destination in a page, as written and as it is in the output.
public struct PageLink: Sendable, Hashable {
    /// The destination as the author wrote it (`multiprocessing.md#pool`).
    public var destination: String
    /// The destination in the output (`multiprocessing.html#pool`).
    public var target: String
    public var line: Int

    public init(destination: String, target: String, line: Int) {
        self.destination = destination
        self.target = target
        self.line = line
    }
}

extension Page {
    /// The claims this page declares, in order.
    public var claims: [ClaimDeclaration] {
        segments.compactMap {
            if case .claim(let claim) = $0 { return claim }
            return nil
        }
    }
}

extension PageSegment {
    /// True for a runnable code block (an example).
    var isRunnableCode: Bool {
        if case .code(let block) = self { return block.info.isRunnable }
        return false
    }
}
