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

    /// The level of the last `<hN` in a piece of markup (followed by `>` or a space). A scan of
    /// the UTF-8 bytes: `range(of:)` went through NSString and took a quarter of a build's
    /// instructions (issue 22).
    static func lastLevel(in html: String) -> Int? {
        var html = html
        html.makeContiguousUTF8()
        return html.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var found: Int?
            var index = bytes.count - 4
            // From the end: the last match wins, so the first one found is the answer.
            while index >= 0 {
                if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "h") {
                    let digit = bytes[index + 2]
                    let next = bytes[index + 3]
                    if digit >= UInt8(ascii: "1"), digit <= UInt8(ascii: "6"),
                        next == UInt8(ascii: ">") || next == UInt8(ascii: " ")
                    {
                        found = Int(digit - UInt8(ascii: "0"))
                        break
                    }
                }
                index -= 1
            }
            return found
        } ?? nil
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
