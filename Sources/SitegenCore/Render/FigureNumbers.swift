/// Numbers a page's figures in reading order: each `<figcaption>` gets "Figure N. " in front, so
/// views build captions without knowing where on the page they land. Figures folded inside a
/// `<details>` (an example's full detail) keep their caption unnumbered, so the figures a reader
/// sees, and the ones that print, are numbered 1, 2, 3 without gaps.
enum FigureNumbers {
    static func numbered(_ nodes: [Node]) -> [Node] {
        var count = 0
        // Most nodes hold no caption (cmark's HTML, code blocks): they are kept as they are
        // rather than rebuilt element by element (issue 22).
        return nodes.map { hasCaption($0) ? number($0, &count, folded: false) : $0 }
    }

    private static func hasCaption(_ node: Node) -> Bool {
        switch node {
        case .element("figcaption", _, _): return true
        case .element(_, _, let children): return children.contains(where: hasCaption)
        case .group(let nodes): return nodes.contains(where: hasCaption)
        case .text, .raw, .empty: return false
        }
    }

    private static func number(_ node: Node, _ count: inout Int, folded: Bool) -> Node {
        switch node {
        case .element("figcaption", let attributes, let children) where !folded:
            count += 1
            return .element(
                name: "figcaption", attributes: attributes,
                children: [.el("span", [("class", "figure-number")], text: "Figure \(count). ")]
                    + children)
        case .element(let name, let attributes, let children):
            let inside = folded || name == "details"
            return .element(
                name: name, attributes: attributes,
                children: children.map { number($0, &count, folded: inside) })
        case .group(let nodes):
            return .group(nodes.map { number($0, &count, folded: folded) })
        case .text, .raw, .empty:
            return node
        }
    }
}
