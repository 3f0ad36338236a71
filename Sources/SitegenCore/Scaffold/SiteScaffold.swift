import Foundation

/// `sitegen init`: a small working site for a new author — a page with prose, a runnable
/// example, a chart, a claim and the claims table.
public enum SiteScaffold {
    /// Relative path → text of every file `init` writes.
    static let files: [(path: String, text: String)] = [
        ("content/index.md", indexPage)
    ]

    /// Writes the files into `folder` (created if missing). Never writes over a file: if any
    /// already exists, nothing is written and the error names it.
    @discardableResult
    public static func write(into folder: String) throws -> [String] {
        let manager = FileManager.default
        for file in files {
            let path = folder + "/" + file.path
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &isFolder) {
                throw SitegenError(
                    .write, path: path, "already exists; sitegen init never writes over a file",
                    hint:
                        "run it in an empty folder (sitegen init NEW-FOLDER), or move \(file.path) away"
                )
            }
        }
        var written: [String] = []
        for file in files {
            let path = folder + "/" + file.path
            do {
                try manager.createDirectory(
                    atPath: Paths.parent(path),
                    withIntermediateDirectories: true)
                // O_EXCL: a file created since the check above is not overwritten either.
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
                guard descriptor >= 0 else {
                    throw SitegenError(
                        .write, path: path,
                        "cannot be created: \(String(cString: strerror(errno)))",
                        hint: "check the folder's permissions, or choose another folder")
                }
                let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
                try handle.write(contentsOf: Data(file.text.utf8))
                written.append(path)
            } catch let error as SitegenError {
                throw error
            } catch {
                throw SitegenError(
                    .write, path: path, "cannot be written: \(error)",
                    hint: "check the folder's permissions and free space")
            }
        }
        return written
    }

    static let indexPage = #"""
        ---
        title: My measured notes
        description: A first sitegen page whose examples really ran when the site was built.
        ---

        # My measured notes

        This page is Markdown. Every fenced block marked `run` is executed when the site is
        built, and the page shows what it printed, how long it took and how it ended. Edit this
        text and rebuild: nothing runs again, because the results are cached. Edit an example and
        only that example runs again.

        ## Waiting, one after another

        Four waits of 150 ms, one after another. The `RESULT` line hands a number to the claim below.

        ```python run id=wait-sequential
        import json
        import time

        for _ in range(4):
            time.sleep(0.15)
        print("RESULT " + json.dumps({"waits": 4}))
        ```

        ## Waiting on four threads

        The same four waits, each on its own thread, so they overlap.

        ```python run id=wait-threads
        import json
        import threading
        import time

        threads = [threading.Thread(target=time.sleep, args=(0.15,)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(f"\033[32mdone\033[0m: {len(threads)} waits overlapped")
        print("RESULT " + json.dumps({"waits": len(threads)}))
        ```

        ## How they compare

        ```chart kind=comparison examples="wait-sequential,wait-threads" title="Four 150 ms waits"
        ```

        ## What the measurements say

        A claim states something the examples can show; sitegen checks it on every build and
        gives it a verdict: holds, fails, or inconclusive when the machine cannot tell.

        ```claim id=threads-overlap-waits
        Threads let waits overlap: four 150 ms sleeps on four threads finish well before four in a row.
        holds if speedup(wait-threads over wait-sequential) > 2
        check result(wait-threads).waits = 4
        explain Four 150 ms waits take about 600 ms in a row and 150 ms at once, 4× faster; Python's start-up is in both, so 2× leaves room for it and for a busy machine.
        ```

        ```claims
        ```
        """#
}
