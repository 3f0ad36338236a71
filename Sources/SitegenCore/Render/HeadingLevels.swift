/// Heading levels that never skip: an example's own headings ("Output, as a terminal showed
/// it", "Timeline") sit one level below the page's heading they follow, whatever that level is.
enum HeadingLevels {
    /// The level an example's headings are drawn at before this pass.
    static let drawn = "h4"

    static func fitted(_ body: [Node]) -> [Node] {
        var level = 1
        return body.map { node in
            switch node {
            case .raw(let html):
                if let last = lastLevel(in: html) { level = last }
                return node
            case .element(let name, _, _) where isHeading(name):
                level = Int(name.dropFirst()) ?? level
                return node
            case .element("section", _, _):
                return renamed(node, to: "h\(min(level + 1, 6))")
            default:
                return node
            }
        }
    }

    static func isHeading(_ name: String) -> Bool {
        name.count == 2 && name.first == "h"
            && ("1"..."6").contains(name.last.map(String.init) ?? "")
    }

    /// The level of the last `<hN` in a piece of markup.
    static func lastLevel(in html: String) -> Int? {
        var found: Int?
        var rest = html[...]
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            if let digit = after.first, let value = Int(String(digit)), (1...6).contains(value),
                after.dropFirst().first.map({ $0 == ">" || $0 == " " }) == true
            {
                found = value
            }
            rest = after
        }
        return found
    }

    private static func renamed(_ node: Node, to name: String) -> Node {
        switch node {
        case .element(let element, let attributes, let children):
            return .element(
                name: element == drawn ? name : element, attributes: attributes,
                children: children.map { renamed($0, to: name) })
        case .group(let nodes):
            return .group(nodes.map { renamed($0, to: name) })
        case .text, .raw, .empty:
            return node
        }
    }
}
