import Foundation
import Testing

@testable import SitegenCore

/// The build manifest's text file: what a no-op check reads back, and what changes its bytes.
@Suite struct BuildManifestTextTests {
    static let stamp = FileStamp(seconds: 1_700_000_000, nanoseconds: 5, size: 42, inode: 7)

    static func manifest(content: [String: String] = ["a.md": "00ff", "sub/b\tc.md": "0a0b"])
        -> BuildManifest
    {
        let launcher = LauncherFingerprint(
            language: "python", launcher: "/usr/bin/python3",
            environment: ["PATH": "/usr/bin", "HOME": "/root"], directory: "/")
        return BuildManifest(
            inputs: .init(
                options: ["/site/content", "/site/.sitegen-cache", "5"], configuration: "abcd",
                sitegen: stamp, content: content,
                entries: ["0123456789abcdef.json": stamp, "fedcba9876543210.json": stamp],
                interpreters: [launcher],
                interpreterStamps: ["/usr/bin/python3": stamp, "/usr/bin/python3.11": stamp],
                machine: MachineFingerprint(cpuModel: "AMD EPYC", coresAvailable: 2)),
            output: ["index.html": stamp, "style.css": stamp], pages: 13, examples: 47)
    }

    @Test func aRecordedFileGivesBackWhatTheNextCheckNeeds() throws {
        let text = Self.manifest().text
        let recorded = try #require(BuildManifest.Recorded(text))
        #expect(recorded.text == text)
        #expect(recorded.pages == 13)
        #expect(recorded.examples == 47)
        #expect(recorded.entries == ["0123456789abcdef.json", "fedcba9876543210.json"])
        #expect(recorded.launchers.map(\.language) == ["python"])
        #expect(recorded.launchers.map(\.launcher) == ["/usr/bin/python3"])
        #expect(recorded.executables == ["/usr/bin/python3", "/usr/bin/python3.11"])
    }

    @Test func linesAreSortedAndEscaped() {
        let lines = Self.manifest().text.split(separator: "\n")
        #expect(lines.first == "sitegen-build-manifest\t1")
        #expect(lines.contains("content\ta.md\t00ff"))
        // A tab in a name cannot start a new field.
        #expect(lines.contains("content\tsub/b%09c.md\t0a0b"))
        #expect(lines.contains("output\tindex.html\t1700000000.5 42 7"))
        #expect(lines.contains("machine\tAMD EPYC\t2"))
        // Only the variables that decide the interpreter are kept (PATH, not HOME).
        let launcher = lines.first { $0.hasPrefix("launcher\t") }
        #expect(launcher?.contains("PATH=/usr/bin") == true)
        #expect(launcher?.contains("HOME") == false)
        #expect(BuildManifest.unescape("a%09b%0Ac%25d%2509") == "a\tb\nc%d%09")
        #expect(BuildManifest.escape("a\tb\nc%d%09") == "a%09b%0Ac%25d%2509")
    }

    @Test func anyChangedFactChangesTheBytes() {
        let base = Self.manifest().text
        #expect(Self.manifest().text == base)
        #expect(Self.manifest(content: ["a.md": "00fe", "sub/b\tc.md": "0a0b"]).text != base)
        var moved = Self.manifest()
        moved.output["index.html"]?.nanoseconds += 1
        #expect(moved.text != base)
        var fewer = Self.manifest()
        fewer.inputs.entries.removeValue(forKey: "fedcba9876543210.json")
        #expect(fewer.text != base)
    }

    @Test func anOlderManifestIsNotRead() {
        #expect(BuildManifest.Recorded("{\"inputs\": {}}") == nil)
        #expect(BuildManifest.Recorded("") == nil)
    }

    @Test func treeStampsListNestedFilesWithoutEnteringLinkedFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("tree/a.md", "a")
        try folder.write("tree/sub/b.md", "bb")
        try folder.write("elsewhere/c.md", "c")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/tree/linked", withDestinationPath: folder.path + "/elsewhere")
        let stamps = TreeStamps.of(folder.path + "/tree")
        #expect(Set(stamps.keys) == ["a.md", "sub", "sub/b.md", "linked"])
        #expect(stamps["sub/b.md"]?.size == 2)
        let digests = TreeStamps.digests(folder.path + "/tree")
        #expect(Set(digests.keys) == ["a.md", "sub/b.md"])
        #expect(digests["a.md"] == FNV1a.hex(Array("a".utf8)))
    }
}
