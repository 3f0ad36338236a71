/// Numbers a page's figures in reading order: each `<figcaption>` gets "Figure N. " in front, so
/// views build captions without knowing where on the page they land.
enum FigureNumbers {
    static func numbered(_ nodes: [Node]) -> [Node] {
        var count = 0
        return nodes.map { number($0, &count) }
    }

    private static func number(_ node: Node, _ count: inout Int) -> Node {
        switch node {
        case .element("figcaption", let attributes, let children):
            count += 1
            return .element(
                name: "figcaption", attributes: attributes,
                children: [.el("span", [("class", "figure-number")], text: "Figure \(count). ")]
                    + children)
        case .element(let name, let attributes, let children):
            return .element(
                name: name, attributes: attributes, children: children.map { number($0, &count) })
        case .group(let nodes):
            return .group(nodes.map { number($0, &count) })
        case .text, .raw, .empty:
            return node
        }
    }
}
