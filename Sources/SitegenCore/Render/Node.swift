/// A piece of HTML or SVG markup. Text is escaped by construction; only `.raw` is emitted as is.
indirect enum Node: Sendable, Hashable {
    /// Character data, escaped when rendered.
    case text(String)
    /// Trusted markup (cmark's safe-mode output, sitegen's own CSS), emitted verbatim.
    case raw(String)
    /// An element with attributes (values escaped) and children.
    case element(name: String, attributes: [Attribute], children: [Node])
    /// A void element (`<meta>`, `<br>`) or a self-closed SVG element.
    case empty(name: String, attributes: [Attribute])
    /// Several nodes in sequence.
    case group([Node])

    struct Attribute: Sendable, Hashable {
        var name: String
        var value: String
        init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// An element; `attrs` pairs keep their order, so output is deterministic.
    static func el(_ name: String, _ attrs: [(String, String)], _ children: [Node]) -> Node {
        .element(name: name, attributes: attrs.map { Attribute($0.0, $0.1) }, children: children)
    }

    /// An element without attributes.
    static func el(_ name: String, _ children: [Node]) -> Node {
        .element(name: name, attributes: [], children: children)
    }

    /// An element holding only escaped text.
    static func el(_ name: String, _ attrs: [(String, String)] = [], text: String) -> Node {
        el(name, attrs, [.text(text)])
    }

    static func void(_ name: String, _ attrs: [(String, String)] = []) -> Node {
        .empty(name: name, attributes: attrs.map { Attribute($0.0, $0.1) })
    }

    /// The bytes of text and markup the node holds: a lower bound of its rendered size, to size
    /// a page's buffer once.
    var rawSize: Int {
        switch self {
        case .text(let string), .raw(let string): return string.utf8.count
        case .element(_, _, let children), .group(let children):
            return children.reduce(0) { $0 + $1.rawSize }
        case .empty: return 0
        }
    }

    /// The markup, as a string.
    var rendered: String {
        var out = MarkupBuffer()
        render(into: &out)
        return out.string
    }

    func render(into out: inout String) {
        var buffer = MarkupBuffer()
        render(into: &buffer)
        out += buffer.string
    }

    func render(into out: inout MarkupBuffer) {
        switch self {
        case .text(let string):
            Escape.text(string, into: &out)
        case .raw(let markup):
            out.append(markup)
        case .element(let name, let attributes, let children):
            out.append("<")
            out.append(name)
            Self.render(attributes, into: &out)
            out.append(">")
            for child in children { child.render(into: &out) }
            out.append("</")
            out.append(name)
            out.append(">")
        case .empty(let name, let attributes):
            out.append("<")
            out.append(name)
            Self.render(attributes, into: &out)
            out.append("/>")
        case .group(let nodes):
            for node in nodes { node.render(into: &out) }
        }
    }

    private static func render(_ attributes: [Attribute], into out: inout MarkupBuffer) {
        for attribute in attributes {
            out.append(" ")
            out.append(attribute.name)
            out.append("=\"")
            Escape.attribute(attribute.value, into: &out)
            out.append("\"")
        }
    }
}
