import Foundation

/// The Load stage: reads every `.md` file below the content folder, sorted by path.
enum ContentLoader {
    static func load(from folder: String) throws -> [ContentFile] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw SitegenError(
                .load, path: folder, "the content folder does not exist",
                hint: "create it with a Markdown page, or pass --content FOLDER")
        }
        guard isDirectory.boolValue else {
            throw SitegenError(
                .load, path: folder, "the content path is a file, not a folder",
                hint: "pass --content with the folder that holds the pages")
        }
        let root = Paths.real(folder)
        guard let stream = opendir(folder) else {
            throw SitegenError(
                .load, path: folder, "the content folder cannot be read",
                hint: "check its permissions")
        }
        closedir(stream)
        // Sorted before reading, so the first failing path is the same on every run.
        let paths = FileTree.walk(folder).map(\.path).filter { $0.hasSuffix(".md") }.sorted()
        // Reading and decoding run on every core; the first failing path (in path order) wins.
        let files = try paths.parallelMap { relative in
            let path = folder + "/" + relative
            try checkInside(path, relative, root: root)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SitegenError(
                    .load, at: SourceLocation(file: relative, line: 1), "the file cannot be read",
                    hint: "check its permissions (chmod a+r \(path))")
            }
            return ContentFile(relativePath: relative, text: try decode(data, relative))
        }
        guard !files.isEmpty else {
            throw SitegenError(
                .load, path: folder, "the content folder has no Markdown pages (*.md)",
                hint: "add a page such as index.md")
        }
        return files
    }

    /// Fails when the file at `path` is a link that leads outside `root`. The walk does not follow
    /// linked folders, so only a file that is itself a link needs resolving.
    static func checkInside(_ path: String, _ relative: String, root: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return }
        let real = Paths.real(path)
        guard real == root || real.hasPrefix(root + "/") else {
            throw SitegenError(
                .load, at: SourceLocation(file: relative, line: 1),
                "this file is a link to \(real), outside the content folder",
                hint: "copy the file into the content folder instead of linking to it")
        }
    }

    /// UTF-8 text, or an error naming the line of the first invalid byte.
    static func decode(_ data: Data, _ relative: String) throws -> String {
        if let text = String(data: data, encoding: .utf8) { return text }
        let bytes = [UInt8](data)
        var line = 1
        var index = 0
        while index < bytes.count {
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if String(validating: bytes[index..<end], as: UTF8.self) == nil { break }
            line += 1
            index = end + 1
        }
        throw SitegenError(
            .load, at: SourceLocation(file: relative, line: line), "the file is not valid UTF-8",
            hint: "save it as UTF-8 (iconv -f latin1 -t utf-8)")
    }
}
