import CCmark
import Foundation

/// The only file that talks to cmark: Markdown in, Swift values out. No C pointer escapes it.
struct CmarkDocument: Sendable {
    /// HTML runs and code blocks, in document order.
    enum Piece: Sendable, Hashable {
        case html(String)
        case code(infoString: String, literal: String, line: Int)
        /// A `[](claim:ID)` link: the verdict badge of claim ID, inline where it was written.
        case badge(claimID: String, line: Int)
    }

    /// The link scheme that places a claim's verdict badge: `[](claim:gil-threads-cpu)`.
    static let badgeScheme = "claim:"

    var pieces: [Piece]
    var headings: [Heading]
    /// Targets of the author's links and images, with their lines (for link checking); `target`
    /// is the destination after `rewriteLink`.
    var links: [(destination: String, target: String, line: Int)]
    /// The last line of each code block (its closing fence), by the line it starts on.
    var codeEndLines: [Int: Int] = [:]

    /// Parses `markdown` (first line of the text is `firstLine` in its file) in cmark's safe mode;
    /// `rewriteLink` may replace a link destination (e.g. `page.md` → `page.html`).
    init(
        markdown: String, firstLine: Int = 1,
        rewriteLink: (String) -> String? = { _ in nil }
    ) {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        let root: OpaquePointer = markdown.withCString { pointer in
            cmark_parse_document(pointer, markdown.utf8.count, options)
        }
        defer { cmark_node_free(root) }

        let offset = firstLine - 1
        var codeNodes: [OpaquePointer] = []
        var headingNodes: [OpaquePointer] = []
        var links: [(String, String, Int)] = []
        var rewrites: [(OpaquePointer, String)] = []
        var badgeNodes: [(OpaquePointer, String, Int)] = []
        let iterator = cmark_iter_new(root)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else {
                continue
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_CODE_BLOCK: codeNodes.append(node)
            case CMARK_NODE_HEADING: headingNodes.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let line = Int(cmark_node_get_start_line(node)) + offset
                // A badge is a link: inside another link (`[![](claim:x)](url)`) it would put a
                // link inside a link, so it stays a `claim:` link, which the checker refuses.
                if url.hasPrefix(Self.badgeScheme), cmark_node_first_child(node) == nil,
                    !Self.isInsideLink(node)
                {
                    badgeNodes.append((node, String(url.dropFirst(Self.badgeScheme.count)), line))
                    continue
                }
                let target = rewriteLink(url)
                if let target { rewrites.append((node, target)) }
                links.append((url, target ?? url, line))
            default: break
            }
        }
        cmark_iter_free(iterator)

        // Mutate only after iterating: headings get anchors, code blocks become placeholders.
        for (node, target) in rewrites { cmark_node_set_url(node, target) }
        var slugs = AnchorSlugger()
        var headings: [Heading] = []
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = Self.plainText(of: node)
            let anchor = slugs.anchor(for: text)
            let line = Int(cmark_node_get_start_line(node)) + offset
            headings.append(Heading(level: level, text: text, anchor: anchor, line: line))
            let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            cmark_node_set_on_enter(custom, "<h\(level) id=\"\(anchor)\">" + Self.glue)
            cmark_node_set_on_exit(
                custom,
                Self.glue
                    + "<a class=\"anchor\" href=\"#\(anchor)\" aria-label=\"Link to this section\">#</a></h\(level)>"
            )
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_append_child(custom, child)
            }
            cmark_node_replace(node, custom)
            cmark_node_free(node)
        }
        var blocks: [Piece] = []
        var codeEndLines: [Int: Int] = [:]
        for node in codeNodes {
            codeEndLines[Int(cmark_node_get_start_line(node)) + offset] =
                Int(cmark_node_get_end_line(node)) + offset
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            cmark_node_set_on_enter(custom, Self.marker(blocks.count))
            blocks.append(
                .code(
                    infoString: info, literal: literal,
                    line: Int(cmark_node_get_start_line(node)) + offset))
            cmark_node_replace(node, custom)
            cmark_node_free(node)
        }
        for (node, id, line) in badgeNodes {
            let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(custom, Self.marker(blocks.count))
            blocks.append(.badge(claimID: id, line: line))
            cmark_node_replace(node, custom)
            cmark_node_free(node)
        }

        let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT)!
        // cmark puts custom blocks on lines of their own; a heading's text must not be padded.
        let html = String(cString: rendered)
            .replacingAll(Self.glue + "\n", with: "")
            .replacingAll("\n" + Self.glue, with: "")
        free(rendered)

        self.pieces = Self.split(html, blocks: blocks)
        self.headings = headings
        self.links = links
        self.codeEndLines = codeEndLines
    }

    /// True when a link encloses `node`.
    private static func isInsideLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_LINK { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    /// Joins a heading's tags to its text; like the markers, authors cannot forge it.
    private static let glue = "<!--sitegen-glue-->"

    private static func marker(_ index: Int) -> String { "<!--sitegen-block:\(index)-->" }

    /// Splits rendered HTML at the placeholders, in the order they occur. Author text cannot
    /// forge one: safe mode omits raw HTML, and a `<!--` typed as text is escaped.
    private static func split(_ html: String, blocks: [Piece]) -> [Piece] {
        var pieces: [Piece] = []
        let utf8 = html.utf8
        var rest = Substring(html)
        var offset = 0
        let prefix = "<!--sitegen-block:"
        while let found = html.utf8Offset(of: prefix, from: offset) {
            // Markers are ASCII, so these byte offsets are character boundaries.
            let lower = utf8.index(utf8.startIndex, offsetBy: found)
            let digits = html.utf8[utf8.index(lower, offsetBy: prefix.utf8.count)...]
                .prefix { $0 >= 48 && $0 <= 57 }
            guard let index = Int(String(decoding: digits, as: UTF8.self)), index < blocks.count
            else { break }
            offset = found + marker(index).utf8.count
            let before = rest[..<lower]
            let block = blocks[index]
            if case .badge = block {
                // Inline: the text around a badge keeps its spaces.
                if !before.isEmpty { pieces.append(.html(String(before))) }
            } else if !before.trimmingWhitespace.isEmpty {
                pieces.append(.html(String(before.drop(while: \.isNewline))))
            }
            pieces.append(block)
            rest = rest[utf8.index(utf8.startIndex, offsetBy: offset)...]
        }
        if !rest.trimmingWhitespace.isEmpty {
            pieces.append(.html(String(rest.drop(while: \.isNewline))))
        }
        return pieces
    }

    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else {
                continue
            }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        cmark_iter_free(iterator)
        return text
    }
}
