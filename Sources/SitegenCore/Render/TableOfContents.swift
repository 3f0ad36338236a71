/// "On this page": a page's level-2 and level-3 headings as nested links, placed after its title.
enum TableOfContents {
    /// The table, or nil when the page has fewer than two headings worth listing.
    static func node(_ headings: [Heading]) -> Node? {
        let entries = headings.filter { $0.level == 2 || $0.level == 3 }
        guard entries.count >= 2 else { return nil }
        var items: [(link: Node, children: [Node])] = []
        for heading in entries {
            let link: Node = .el("a", [("href", "#\(heading.anchor)")], text: heading.text)
            if heading.level == 3, !items.isEmpty {
                items[items.count - 1].children.append(.el("li", [link]))
            } else {
                items.append((link, []))
            }
        }
        let list = items.map { item in
            Node.el(
                "li", item.children.isEmpty ? [item.link] : [item.link, .el("ol", item.children)])
        }
        return .el(
            "nav", [("class", "toc"), ("aria-label", "On this page")],
            [
                .el("p", [("class", "toc-title")], text: "On this page"), .el("ol", list),
            ])
    }

    /// `body` with `toc` right after the page's `<h1>` (the first one, in sitegen's own markup
    /// or in cmark's HTML), or first when there is none.
    static func placed(_ toc: Node, in body: [Node]) -> [Node] {
        guard let first = body.first else { return [toc] }
        if case .element("h1", _, _) = first { return [first, toc] + body.dropFirst() }
        // A byte search: `range(of:)` went through NSString (issue 22).
        if case .raw(let html) = first, let found = html.utf8Offset(of: "</h1>") {
            // "</h1>" is ASCII, so the offset after it is a character boundary.
            let end = html.utf8.index(html.utf8.startIndex, offsetBy: found + 5)
            let title = String(html[..<end])
            let rest = String(html[end...])
            return [.raw(title), toc, .raw(rest)] + body.dropFirst()
        }
        return [toc] + body
    }
}
