/// One content page, parsed: its metadata and its body as rendered HTML with code blocks between.
struct Page: Sendable, Hashable {
    /// The Markdown file, relative to the content folder.
    var sourcePath: String
    /// The output file name, e.g. `multiprocessing.html`.
    var outputPath: String
    var title: String
    /// Short description for `<meta name="description">`.
    var summary: String
    /// Sort key from front matter (`order:`), then the file name.
    var order: Int
    /// The support files its front matter's `files:` gives every example of the page.
    var files: [SupportFile]
    var segments: [PageSegment]
    var headings: [Heading]
    /// The author's links and images, checked at build time.
    var links: [PageLink]
    /// The Markdown the page was parsed from (for its notebook download); nil on a page without
    /// a runnable example, which gets no notebook.
    var markdown: MarkdownSource?

    init(
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
    var runnableBlocks: [CodeBlock] {
        // Claim, chart and claims fences are never runnable: only `.code` segments are.
        segments.compactMap {
            if case .code(let block) = $0, block.info.isRunnable { return block }
            return nil
        }
    }
}

/// A piece of a page body.
enum PageSegment: Sendable, Hashable {
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
struct Heading: Sendable, Hashable {
    var level: Int
    var text: String
    var anchor: String
    var line: Int

}

/// A link or image destination in a page, as written and as it is in the output.
struct PageLink: Sendable, Hashable {
    /// The destination as the author wrote it (`multiprocessing.md#pool`).
    var destination: String
    /// The destination in the output (`multiprocessing.html#pool`).
    var target: String
    var line: Int

}

extension Page {
    /// The claims this page declares, in order.
    var claims: [ClaimDeclaration] {
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
