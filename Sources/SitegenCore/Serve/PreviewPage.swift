/// Pages the preview server shows when it has no site to serve yet: the first build running, or
/// failed. Built from `Node`s, so a message cannot inject markup.
public enum PreviewPage {
    public static func building(_ status: PreviewStatus) -> String {
        page(
            title: "Building the site…",
            body: [
                .el("h1", text: "Building the site…"),
                .el(
                    "p",
                    text: status.running.map { "Running \($0)." }
                        ?? "Reading the content and the execution cache."),
                .el("p", text: "This page reloads itself when the site is ready."),
            ])
    }

    public static func failed(_ error: PreviewError) -> String {
        page(
            title: "The build failed",
            body: [
                .el("h1", text: "The build failed"),
                .el(
                    "pre", [("class", "terminal")],
                    [.el("code", text: (error.place.map { "\($0): " } ?? "") + error.message)]),
                .el("p", [.el("strong", text: "What to do: "), .text(error.hint)]),
                .el("p", text: "Fix the content and save: the page reloads when a build succeeds."),
            ])
    }

    static func page(title: String, body: [Node]) -> String {
        "<!DOCTYPE html>\n"
            + Node.el(
                "html", [("lang", "en")],
                [
                    .el(
                        "head",
                        [
                            .void("meta", [("charset", "utf-8")]),
                            .el("title", text: "sitegen: \(title)"),
                            .el("style", [.raw(Stylesheet.css)]),
                        ]),
                    .el("body", [.el("main", body)]),
                ]
            ).rendered + "\n"
    }
}
