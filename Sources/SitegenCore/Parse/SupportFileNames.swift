/// The support files a page or a fence names (`files:` in front matter, `files=` on a runnable
/// fence), resolved against the page's folder and read through a `SupportFileReader`: a name
/// that leads outside the content folder, a missing file or a link is an error at its line.
enum SupportFileNames {
    /// `data.csv, helpers/util.py` → its names (a front matter list is already split).
    static func split(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0.trimmingWhitespace) }
    }

    /// The files `names` stand for, read once each; `attribute` is how the author wrote the
    /// list (`files=` or `files:`), for messages.
    static func resolve(
        _ names: [String], page: String, at location: SourceLocation, attribute: String,
        reader: SupportFileReader
    ) throws -> [SupportFile] {
        var files: [SupportFile] = []
        for written in names {
            let (name, path) = try place(written, page: page, at: location, attribute: attribute)
            let bytes: [UInt8]
            switch reader.read(path) {
            case .success(let read): bytes = read
            case .failure(let problem):
                throw error(problem, written, path: path, at: location, attribute: attribute)
            }
            files = try merged(
                files, [SupportFile(name: name, path: path, bytes: bytes)], at: location)
        }
        return files
    }

    /// `first` then those of `second` not already in it; two different files that would land
    /// at one name are an error.
    static func merged(_ first: [SupportFile], _ second: [SupportFile], at location: SourceLocation)
        throws -> [SupportFile]
    {
        var files = first
        for file in second {
            if let other = files.first(where: { $0.name == file.name }) {
                guard other.path == file.path else {
                    throw SitegenError(
                        .parse, at: location,
                        "\(other.path) and \(file.path) would both be copied to \(file.name) in the example's working folder",
                        hint: "rename one of them, or name only one")
                }
                continue
            }
            files.append(file)
        }
        return files
    }

    /// Where `written` lands in the working folder and its path in the content folder.
    static func place(
        _ written: String, page: String, at location: SourceLocation, attribute: String
    ) throws -> (name: String, path: String) {
        let pageFolder = Paths.parent(page)
        guard !written.isEmpty else {
            throw SitegenError(
                .parse, at: location, "\(attribute) has an empty name",
                hint: "separate the names with single commas, e.g. files=data.csv,helpers/util.py")
        }
        guard !written.hasPrefix("/") && !written.hasPrefix("~") else {
            throw SitegenError(
                .parse, at: location,
                "'\(written)' in \(attribute) is an absolute path; support files are named from the page's folder",
                hint:
                    "copy the file into the content folder and name it relative to \(describe(pageFolder)), e.g. \(attribute == "files=" ? "files=" : "files: ")data.csv"
            )
        }
        var path = pageFolder.split(separator: "/").map(String.init)
        var name: [String] = []
        let parts = written.split(separator: "/", omittingEmptySubsequences: true)
        for part in parts {
            switch part {
            case ".": continue
            case "..":
                guard !path.isEmpty else {
                    throw SitegenError(
                        .parse, at: location,
                        "'\(written)' in \(attribute) leads outside the content folder",
                        hint:
                            "examples may bring only files of the content folder: move the file into it and name it from \(describe(pageFolder))"
                    )
                }
                path.removeLast()
                // Above the page's folder: the name in the working folder loses the `../`.
                if !name.isEmpty { name.removeLast() }
            default:
                path.append(String(part))
                name.append(String(part))
            }
        }
        guard !name.isEmpty, !written.hasSuffix("/"), parts.last != "..", parts.last != "." else {
            throw SitegenError(
                .parse, at: location, "'\(written)' in \(attribute) names a folder, not a file",
                hint: "name each file the example needs, e.g. files=helpers/util.py")
        }
        return (name.joined(separator: "/"), path.joined(separator: "/"))
    }

    private static func error(
        _ problem: SupportFileReader.Problem, _ written: String, path: String,
        at location: SourceLocation, attribute: String
    ) -> SitegenError {
        let folder = Paths.parent(location.file)
        switch problem {
        case .missing(let upTo):
            return SitegenError(
                .parse, at: location,
                "'\(written)' in \(attribute) does not exist (no \(upTo) in the content folder)",
                hint:
                    "create \(path) in the content folder, or correct the name: it is relative to \(describe(folder))"
            )
        case .link(let upTo):
            return SitegenError(
                .parse, at: location,
                "'\(written)' in \(attribute) goes through a symbolic link (\(upTo)); sitegen copies no link into an example's folder",
                hint: "put the file itself in the content folder instead of a link to it")
        case .notFile(let upTo):
            return SitegenError(
                .parse, at: location,
                "'\(written)' in \(attribute) is not a regular file (\(upTo))",
                hint: "name files one by one, e.g. files=data.csv,helpers/util.py")
        case .unreadable(let upTo):
            return SitegenError(
                .parse, at: location, "'\(written)' in \(attribute) cannot be read (\(upTo))",
                hint: "check its permissions (chmod a+r)")
        }
    }

    private static func describe(_ folder: String) -> String {
        folder.isEmpty ? "the content folder" : "the page's folder (\(folder))"
    }
}
