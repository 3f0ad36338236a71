import Foundation

/// Checks every internal link and heading anchor of the site; a broken one is a `SitegenError`
/// at the link's file:line. External links (any `scheme:` or `//host`) are left alone.
enum LinkChecker {
    static func check(_ site: SiteParser.Site) throws {
        var anchors: [String: Set<String>] = [:]
        for page in site.pages {
            anchors[page.outputPath] = Set(page.headings.map(\.anchor) + AnchorSlugger.reserved)
        }
        var files = Set(anchors.keys).union(["results.json", "assets/site.css"])
        for example in site.examples {
            anchors[example.page, default: []].insert("example-\(example.id)")
            files.formUnion([example.sourceFilePath, example.captureFilePath])
            files.formUnion(example.files.map(\.sitePath))
        }
        for page in site.pages where NotebookDocument.offered(page) {
            files.insert(NotebookDocument.path(forPage: page.outputPath))
        }
        for page in site.pages {
            for link in page.links {
                guard let (path, fragment) = internalTarget(link.target) else { continue }
                let location = SourceLocation(file: page.sourcePath, line: link.line)
                if path.hasPrefix("/") {
                    throw SitegenError(
                        .parse, at: location, "the link '\(link.destination)' starts with '/'",
                        hint:
                            "write it relative (e.g. \(path.dropFirst())) so the site works from a folder"
                    )
                }
                let file = path.isEmpty ? page.outputPath : path
                guard files.contains(file) else {
                    let pages = site.pages.map(\.outputPath).joined(separator: ", ")
                    throw SitegenError(
                        .parse, at: location,
                        "the link '\(link.destination)' points to no page of this site",
                        hint: "link to one of \(pages) (or its .md file)")
                }
                guard let fragment, !fragment.isEmpty, let known = anchors[file] else { continue }
                if !known.contains(fragment) {
                    let list = known.subtracting(AnchorSlugger.reserved).sorted().map { "#\($0)" }
                    throw SitegenError(
                        .parse, at: location,
                        "the link '\(link.destination)' names the anchor '#\(fragment)', which \(file) does not have",
                        hint: list.isEmpty
                            ? "link to the page without an anchor"
                            : "anchors there: \(list.joined(separator: ", "))")
                }
            }
        }
    }

    /// The output path (empty for the same page) and fragment of an internal link; nil for an
    /// external one or an empty destination.
    static func internalTarget(_ destination: String) -> (path: String, fragment: String?)? {
        guard !destination.isEmpty, !destination.hasPrefix("//"), !hasScheme(destination) else {
            return nil
        }
        var rest = Substring(destination)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...]).removingPercentEncoding
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        var path = String(rest).removingPercentEncoding ?? String(rest)
        while path.hasPrefix("./") { path.removeFirst(2) }
        return (path, fragment)
    }

    /// `intro.md#setup` written in `guide/a.md` → `guide-intro.html#setup`; nil for any other link.
    static func markdownTarget(_ destination: String, from sourcePath: String) -> String? {
        guard let (path, fragment) = internalTarget(destination), path.hasSuffix(".md"),
            !path.hasPrefix("/")
        else { return nil }
        var parts = sourcePath.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/") {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if part != "." {
                parts.append(String(part))
            }
        }
        let target = SiteParser.outputStem(parts.joined(separator: "/")) + ".html"
        return fragment.map { "\(target)#\($0)" } ?? target
    }

    /// True for `http:`, `mailto:` and any other `scheme:` (RFC 3986: letter, then letters,
    /// digits, `+`, `-`, `.`).
    static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0))
        }
    }
}
