/// The frame around every page: head, sidebar navigation, previous/next links.
enum PageLayout {
    struct NavItem: Hashable {
        var title: String
        var path: String
    }

    static func document(
        title: String, siteTitle: String, description: String, path: String, nav: [NavItem],
        body: [Node], footer: [Node]
    ) -> String {
        String(
            decoding: documentBytes(
                title: title, siteTitle: siteTitle, description: description, path: path,
                nav: nav, body: body, footer: footer), as: UTF8.self)
    }

    /// `document`, as the UTF-8 bytes the site's file holds.
    static func documentBytes(
        title: String, siteTitle: String, description: String, path: String, nav: [NavItem],
        body: [Node], footer: [Node]
    ) -> [UInt8] {
        let index = nav.firstIndex { $0.path == path }
        let previous = index.flatMap { $0 > 0 ? nav[$0 - 1] : nil }
        let next = index.flatMap { $0 + 1 < nav.count ? nav[$0 + 1] : nil }
        let pageTitle = title == siteTitle ? title : "\(title) — \(siteTitle)"
        let head: [Node] = [
            .void("meta", [("charset", "utf-8")]),
            .void(
                "meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .void("meta", [("name", "description"), ("content", description)]),
            .void("meta", [("name", "color-scheme"), ("content", "light dark")]),
            .el("title", text: pageTitle),
            .void("link", [("rel", "stylesheet"), ("href", "assets/site.css")]),
        ]
        let items: [Node] = nav.map { item in
            var attrs: [(String, String)] = [("href", item.path)]
            if item.path == path { attrs.append(("aria-current", "page")) }
            return .el("li", [.el("a", attrs, text: item.title)])
        }
        let sidebar: Node = .el(
            "nav", [("class", "sidebar"), ("aria-label", "Pages")],
            [
                .el(
                    "p", [("class", "site-title")],
                    [.el("a", [("href", "index.html")], text: siteTitle)]),
                .el("ol", items),
            ])
        let main: Node = .el(
            "main", [("id", "main")], body + [pager(previous: previous, next: next)])
        let skip: Node = .el("a", [("class", "skip"), ("href", "#main")], text: "Skip to content")
        let page: Node = .el("body", [skip, sidebar, main, .el("footer", footer)])
        let html: Node = .el("html", [("lang", "en")], [.el("head", head), page])
        // One buffer, sized up front for the body's markup: no copy of the page per concatenation.
        var out = MarkupBuffer(capacity: 4096 + body.reduce(0) { $0 + $1.rawSize })
        out.append("<!DOCTYPE html>\n")
        html.render(into: &out)
        out.append("\n")
        return out.bytes
    }

    static func pager(previous: NavItem?, next: NavItem?) -> Node {
        var links: [Node] = []
        if let previous {
            links.append(
                .el(
                    "a", [("class", "prev"), ("rel", "prev"), ("href", previous.path)],
                    text: "← \(previous.title)"))
        }
        if let next {
            links.append(
                .el(
                    "a", [("class", "next"), ("rel", "next"), ("href", next.path)],
                    text: "\(next.title) →"))
        }
        return .el("nav", [("class", "pager"), ("aria-label", "Previous and next page")], links)
    }
}
