/// The script the preview server adds to the HTML pages it serves (never to the site on disk,
/// which stays free of JavaScript): it long-polls `/__sitegen/wait`, reloads the page when a
/// newer build is ready, and shows a bar while a build runs or after one failed.
public enum LiveReload {
    public static let waitPath = "/__sitegen/wait"

    /// `html` with the script before `</body>` (or at the end); `generation` is the build the
    /// page comes from.
    public static func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let script = Array(script(generation: generation).utf8)
        let closing = Array("</body>".utf8)
        guard let index = lastIndex(of: closing, in: html) else { return html + script }
        return Array(html[..<index]) + script + Array(html[index...])
    }

    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Text only reaches the page through `textContent`: an error message cannot inject markup.
    static func script(generation: Int) -> String {
        """
        <script>
        (function () {
          var generation = \(generation), version = -1, bar = null;
          function show(text, failed) {
            if (!bar) {
              bar = document.createElement("div");
              bar.setAttribute("role", "status");
              bar.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:99;padding:.6rem 1rem;" +
                "font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap;box-shadow:0 -2px 8px rgba(0,0,0,.3)";
              document.body.appendChild(bar);
            }
            bar.style.background = failed ? "#8e1519" : "#0c2d6b";
            bar.style.color = "#ffffff";
            bar.textContent = text;
          }
          function hide() { if (bar) { bar.remove(); bar = null; } }
          function poll() {
            fetch("\(waitPath)?since=" + version, { cache: "no-store" })
              .then(function (response) { return response.json(); })
              .then(function (status) {
                if (status.generation !== generation && !status.building && !status.error) {
                  location.reload();
                  return;
                }
                version = status.version;
                if (status.building) {
                  show("sitegen: rebuilding" + (status.running ? " \\u2014 running " + status.running : "\\u2026"), false);
                } else if (status.error) {
                  var e = status.error;
                  show("sitegen: the build failed; this is the last good site.\\n" +
                    (e.place ? e.place + ": " : "") + e.message + " \\u2014 " + e.hint, true);
                } else {
                  hide();
                }
                poll();
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();
        </script>

        """
    }
}
