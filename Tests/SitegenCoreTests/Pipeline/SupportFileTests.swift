import Foundation
import Testing

@testable import SitegenCore

/// Examples that bring files of the content folder (`files=`, the page's `files:`), end to end
/// with real processes: copied into the working folder, part of the cache key, linked on the
/// page and written by the notebook.
@Suite struct SupportFileTests {
    /// Two pages whose examples read `shared.csv` (one by `files=`, one by its page's `files:`
    /// from a sub-folder), one that reads another file, and one that reads none.
    func fixture() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("content/shared.csv", "a,b\n1,2\n")
        try folder.write("content/other.txt", "other\n")
        try folder.write("content/guide/helpers/greet.sh", "echo hi from the helper\n")
        try folder.write(
            "content/alpha.md",
            "# Alpha\n\n```sh run id=alpha-read files=shared.csv\ncat shared.csv\n```\n\n"
                + "```sh run id=alpha-plain\necho plain\n```\n\n"
                + "```sh run id=alpha-other files=other.txt\ncat other.txt\n```\n")
        try folder.write(
            "content/guide/beta.md",
            "---\ntitle: Beta\nfiles: [../shared.csv, helpers/greet.sh]\n---\n# Beta\n\n"
                + "```sh run id=beta-read\ncat shared.csv; . helpers/greet.sh\n```\n")
        return folder
    }

    func build(_ folder: TemporaryFolder) throws -> SiteBuilder.Summary {
        let options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site", runs: 1,
            warmup: 0, cacheFolder: folder.path + "/cache")
        return try SiteBuilder().build(options)
    }

    /// The ids the build ran (not reused from the cache), sorted.
    func ran(_ summary: SiteBuilder.Summary) -> [String] {
        summary.examples.filter { $0.provenance?.origin == .measured }.map(\.example.id).sorted()
    }

    @Test func editingASharedFileRerunsExactlyTheExamplesThatBringIt() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let first = try build(folder)
        #expect(ran(first) == ["alpha-other", "alpha-plain", "alpha-read", "beta-read"])
        #expect(try folder.read("site/alpha.html").contains("1,2"))
        #expect(try folder.read("site/guide-beta.html").contains("hi from the helper"))

        try folder.write("content/shared.csv", "a,b\n3,4\n")
        let second = try build(folder)
        #expect(ran(second) == ["alpha-read", "beta-read"])
        #expect(second.reused == 2)
        #expect(try folder.read("site/alpha.html").contains("3,4"))
        #expect(try folder.read("site/guide-beta.html").contains("3,4"))
        #expect(try folder.read("site/examples/files/shared.csv") == "a,b\n3,4\n")

        // A file only one example brings re-runs that one; the prose around it, nothing.
        try folder.write("content/guide/helpers/greet.sh", "echo hello from the helper\n")
        #expect(ran(try build(folder)) == ["beta-read"])
        try folder.write(
            "content/alpha.md",
            try folder.read("content/alpha.md").replacingOccurrences(
                of: "# Alpha", with: "# Alpha\n\nNew prose."))
        #expect(ran(try build(folder)) == [])
    }

    @Test func thePageListsAndLinksEachFile() throws {
        let folder = try fixture()
        defer { folder.remove() }
        _ = try build(folder)
        let beta = try folder.read("site/guide-beta.html")
        #expect(
            beta.contains(
                "Files copied into its working folder before each run: <a href=\"examples/files/shared.csv\" download=\"\"><code>shared.csv</code></a> · <a href=\"examples/files/guide/helpers/greet.sh\" download=\"\"><code>helpers/greet.sh</code></a>"
            ))
        #expect(
            try folder.read("site/examples/files/guide/helpers/greet.sh")
                == "echo hi from the helper\n")
        #expect(!(try folder.read("site/alpha.html").contains("greet.sh")))
    }

    @Test func theNotebookWritesTheFilesBeforeTheExampleThatReadsThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/data.csv", "x\n1\n2\n")
        try folder.write("content/helpers/total.py", "def total(rows):\n    return sum(rows)\n")
        try folder.write(
            "content/sums.md",
            "# Sums\n\nRead a file.\n\n```python run id=sum files=data.csv,helpers/total.py\n"
                + "from helpers.total import total\n"
                + "rows = [int(line) for line in open('data.csv').read().split()[1:]]\n"
                + "print('total', total(rows))\n```\n")
        _ = try build(folder)
        #expect(try folder.read("site/sums.html").contains("total 3"))
        let notebook =
            try JSONSerialization.jsonObject(
                with: Data(try folder.read("site/sums.ipynb").utf8)) as! [String: Any]
        let sources = (notebook["cells"] as! [[String: Any]]).map { $0["source"] as! String }
        #expect(
            sources == [
                "# Sums\n\nRead a file.",
                "# The files sitegen copied into the next example's working folder, written beside this notebook:\n# data.csv, helpers/total.py\nimport os\nos.makedirs(\"helpers\", exist_ok=True)",
                "%%writefile data.csv\nx\n1\n2\n",
                "%%writefile helpers/total.py\ndef total(rows):\n    return sum(rows)\n",
                "from helpers.total import total\nrows = [int(line) for line in open('data.csv').read().split()[1:]]\nprint('total', total(rows))",
            ])
    }

    @Test func measureThenMergeShowsTheFilesAndRefusesAChangedOne() throws {
        let folder = try fixture()
        defer { folder.remove() }
        var options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/m.json",
            runs: 1, warmup: 0)
        _ = try SiteBuilder().measureResults(options, into: options.outputFolder)
        options.outputFolder = folder.path + "/merged"
        _ = try SiteBuilder().merge([folder.path + "/m.json"], options: options)
        #expect(try folder.read("merged/examples/files/shared.csv") == "a,b\n1,2\n")
        #expect(try folder.read("merged/alpha.html").contains("examples/files/shared.csv"))

        try folder.write("content/shared.csv", "a,b\n3,4\n")
        options.outputFolder = folder.path + "/again"
        do {
            _ = try SiteBuilder().merge([folder.path + "/m.json"], options: options)
            Issue.record("merged results measured with another shared.csv")
        } catch {
            #expect(
                "\(error)"
                    == "\(folder.path)/m.json: the example 'alpha-read' was measured with another shared.csv than the content has now — measure again from this content, or merge with the content that was measured"
            )
        }
    }

    @Test func aFileNamedLikeTheExamplesSourceIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/example.sh", "echo mine\n")
        try folder.write(
            "content/p.md", "# P\n\n```sh run id=clash files=example.sh\necho hi\n```\n")
        do {
            _ = try build(folder)
            Issue.record("a support file replaced the example's source")
        } catch {
            #expect(
                "\(error)"
                    == "p.md:3: the support file example.sh would be copied over the example's own source (example.sh) — rename the file, or name it so it lands elsewhere (e.g. in a sub-folder)"
            )
        }
    }

    @Test func bytesThatAreNotTextAreWrittenFromBase64() {
        let cells = NotebookDocument.fileCells([
            SupportFile(name: "raw.bin", path: "raw.bin", bytes: [0xff, 0x00, 0x41])
        ])
        #expect(
            cells == [
                "# The files sitegen copied into the next example's working folder, written beside this notebook:\n# raw.bin\nimport base64, pathlib\npathlib.Path(\"raw.bin\").write_bytes(base64.b64decode(\"/wBB\"))"
            ])
    }
}

/// A name that leads outside the content folder, a link, a missing file: errors at the line of
/// the fence (or of the page's `files:`), before anything runs.
@Suite struct SupportFileErrorTests {
    func error(_ files: [String: String], links: [String: String] = [:]) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (path, text) in files { try folder.write("content/" + path, text) }
        for (path, target) in links {
            try FileManager.default.createSymbolicLink(
                atPath: folder.path + "/content/" + path, withDestinationPath: target)
        }
        do {
            _ = try SiteParser.parse(contentFolder: folder.path + "/content")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    static let page = "# P\n\nText.\n\n```sh run files=%@\ncat x\n```\n"

    func page(_ names: String) -> String {
        Self.page.replacingOccurrences(of: "%@", with: names)
    }

    @Test func aNameLeadingOutsideTheContentFolderIsAnErrorAtItsFence() throws {
        #expect(
            try error(["guide/p.md": page("../../secret.txt")])
                == "guide/p.md:5: '../../secret.txt' in files= leads outside the content folder — examples may bring only files of the content folder: move the file into it and name it from the page's folder (guide)"
        )
        #expect(
            try error(["p.md": page("/etc/hostname")])
                == "p.md:5: '/etc/hostname' in files= is an absolute path; support files are named from the page's folder — copy the file into the content folder and name it relative to the content folder, e.g. files=data.csv"
        )
    }

    @Test func aPlantedLinkIsAnErrorEvenWhenItPointsInside() throws {
        #expect(
            try error(["p.md": page("data.csv")], links: ["data.csv": "/etc/hostname"])
                == "p.md:5: 'data.csv' in files= goes through a symbolic link (data.csv); sitegen copies no link into an example's folder — put the file itself in the content folder instead of a link to it"
        )
        #expect(
            try error(
                ["p.md": page("linked/a.csv"), "real/a.csv": "a\n"], links: ["linked": "real"])
                == "p.md:5: 'linked/a.csv' in files= goes through a symbolic link (linked); sitegen copies no link into an example's folder — put the file itself in the content folder instead of a link to it"
        )
    }

    @Test func aMissingFileOrAFolderIsAnErrorAtItsLine() throws {
        #expect(
            try error(["guide/p.md": page("data.csv")])
                == "guide/p.md:5: 'data.csv' in files= does not exist (no guide/data.csv in the content folder) — create guide/data.csv in the content folder, or correct the name: it is relative to the page's folder (guide)"
        )
        #expect(
            try error(["p.md": page("helpers"), "helpers/a.py": "x = 1\n"])
                == "p.md:5: 'helpers' in files= is not a regular file (helpers) — name files one by one, e.g. files=data.csv,helpers/util.py"
        )
        // The page's list: at the line of its `files:`.
        #expect(
            try error([
                "p.md": "---\ntitle: P\nfiles:\n  - a.csv\n  - b.csv\n---\n# P\n", "a.csv": "",
            ])
                == "p.md:3: 'b.csv' in the page's files: does not exist (no b.csv in the content folder) — create b.csv in the content folder, or correct the name: it is relative to the content folder"
        )
    }

    @Test func twoFilesLandingAtOneNameAreAnError() throws {
        #expect(
            try error([
                "guide/p.md": "---\nfiles: data.csv\n---\n" + page("../data.csv"),
                "guide/data.csv": "1\n", "data.csv": "2\n",
            ])
                == "guide/p.md:8: guide/data.csv and data.csv would both be copied to data.csv in the example's working folder — rename one of them, or name only one"
        )
    }

    @Test func namesArePlacedAsWrittenLessTheirLeadingUps() throws {
        let location = SourceLocation(file: "a/b/p.md", line: 1)
        func place(_ name: String) throws -> String {
            let placed = try SupportFileNames.place(
                name, page: "a/b/p.md", at: location, attribute: "files=")
            return "\(placed.name) ← \(placed.path)"
        }
        #expect(try place("data.csv") == "data.csv ← a/b/data.csv")
        #expect(
            try place("./helpers/../helpers/util.py") == "helpers/util.py ← a/b/helpers/util.py")
        #expect(try place("../shared/x.csv") == "shared/x.csv ← a/shared/x.csv")
        #expect(try place("../../x.csv") == "x.csv ← x.csv")
    }
}
