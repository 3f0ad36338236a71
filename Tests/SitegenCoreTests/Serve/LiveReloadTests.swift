import Foundation
import Testing

@testable import SitegenCore

@Suite("Preview: reload script, pages, watcher")
struct LiveReloadTests {
    @Test func scriptGoesBeforeTheClosingBodyTag() {
        let html = Array("<html><body><p>x</p></body></html>".utf8)
        let injected = String(decoding: LiveReload.inject(into: html, generation: 7), as: UTF8.self)
        #expect(
            injected.hasPrefix("<html><body><p>x</p>\n<script>")
                || injected.hasPrefix("<html><body><p>x</p><script>"))
        #expect(injected.hasSuffix("</script>\n</body></html>"))
        #expect(injected.contains("var generation = 7"))
        // Messages reach the page as text only.
        #expect(!injected.contains("innerHTML"))
    }

    @Test func errorPageEscapesTheMessage() {
        let page = PreviewPage.failed(
            PreviewError(
                place: "a.md:3", message: "bad </pre><script>alert(1)</script>", hint: "fix <it>"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("a.md:3: bad &lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("fix &lt;it&gt;"))
    }

    @Test func watcherSeesAddedChangedAndRemovedFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/a.md", "a")
        try folder.write("content/sub/b.md", "b")
        var watcher = ContentWatcher(roots: [
            folder.path + "/content", folder.path + "/sitegen.yml",
        ])
        #expect(watcher.changes().isEmpty)
        try folder.write("content/a.md", "a, longer")
        try folder.write("sitegen.yml", "title: x")
        try FileManager.default.removeItem(atPath: folder.path + "/content/sub/b.md")
        let changed = watcher.changes()
        for path in ["content/a.md", "content/sub/b.md", "sitegen.yml"] {
            #expect(changed.contains(folder.path + "/" + path), "\(path) in \(changed)")
        }
        #expect(watcher.changes().isEmpty)
        #expect(watcher.interval >= ContentWatcher.shortestInterval)
    }
}
