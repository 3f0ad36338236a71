/// Which pages the sidebar lists. Small sites list every page; large ones list the home page, a
/// window around the current page and a link to a contents page, so each page stays small and
/// the build stays linear in the number of pages.
struct Navigation: Sendable {
    /// Sites with more pages than this get a windowed sidebar and `contents.html`.
    static let fullListLimit = 60
    /// Pages listed on each side of the current one in a windowed sidebar.
    static let window = 7
    static let contentsPath = "contents.html"

    let all: [PageLayout.NavItem]
    private let positions: [String: Int]

    init(pages: [Page]) {
        all = pages.map { PageLayout.NavItem(title: $0.title, path: $0.outputPath) }
        positions = Dictionary(
            all.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    var isWindowed: Bool { all.count > Self.fullListLimit }

    /// The sidebar items for the page at `path` (always including its neighbours).
    func items(for path: String) -> [PageLayout.NavItem] {
        guard isWindowed, let index = positions[path] else { return all }
        let lower = max(0, index - Self.window)
        let upper = min(all.count, index + Self.window + 1)
        var items = lower > 0 ? [all[0]] : []
        items += all[lower..<upper]
        items.append(PageLayout.NavItem(title: "All \(all.count) pages", path: Self.contentsPath))
        return items
    }
}
