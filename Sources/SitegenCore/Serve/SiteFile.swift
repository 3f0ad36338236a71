/// A file the preview serves: read from the output folder's descriptor one component at a time,
/// never through a link, and only when it is a regular file (a folder serves its `index.html`).
/// A link planted in the site (`ln -s /etc/passwd site/p.txt`) is not in the site.
public struct SiteFile: Sendable {
    /// The path below the site, with `index.html` added for a folder.
    public var path: String
    public var bytes: [UInt8]

    /// The file at `relative` (components without `.` or `..`) in the site at `root`, or nil.
    public static func read(_ relative: String, in root: String) -> SiteFile? {
        guard let site = try? Folder.open(Paths.real(root)) else { return nil }
        var parts = relative.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        var folder = site
        var path = parts
        while parts.count > 1 {
            guard let inner = try? folder.folder(parts.removeFirst()) else { return nil }
            folder = inner
        }
        var name = parts.first ?? "index.html"
        if parts.isEmpty { path = ["index.html"] }
        if folder.kind(name) == .folder {
            guard let inner = try? folder.folder(name) else { return nil }
            folder = inner
            name = "index.html"
            path.append(name)
        }
        guard folder.kind(name) == .file, let bytes = folder.read(name) else { return nil }
        return SiteFile(path: path.joined(separator: "/"), bytes: bytes)
    }
}
