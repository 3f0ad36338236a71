/// Reads the support files that examples name, from the content folder: the Parse stage asks it
/// for a path relative to the content folder (already checked to stay inside it) and gets the
/// bytes or what is wrong. The real one walks the folder by descriptor and follows no link.
struct SupportFileReader: Sendable {
    /// Why a named file cannot be brought along.
    enum Problem: Error, Sendable, Hashable {
        /// Nothing at the path (the component that is missing).
        case missing(String)
        /// A component is a symbolic link (the path up to it).
        case link(String)
        /// A component is not a folder, or the file is not a regular file.
        case notFile(String)
        /// The file is there but cannot be read (its permissions).
        case unreadable(String)
    }

    let read: @Sendable (String) -> Result<[UInt8], Problem>

    /// Reads below the content folder `path` (resolved once: links above it are the user's),
    /// component by component through `Folder`, which opens nothing through a link.
    static func folder(_ path: String) throws -> SupportFileReader {
        let root = try Folder.open(Paths.real(path))
        return SupportFileReader { relative in
            var folder = root
            let parts = relative.split(separator: "/").map(String.init)
            for (index, part) in parts.enumerated() {
                let upTo = parts[...index].joined(separator: "/")
                switch folder.kind(part) {
                case nil: return .failure(.missing(upTo))
                case .link?: return .failure(.link(upTo))
                case .folder? where index < parts.count - 1:
                    guard let inner = try? folder.folder(part) else {
                        return .failure(.notFile(upTo))
                    }
                    folder = inner
                case .file? where index == parts.count - 1:
                    // Read without following a link: one planted between the check and the
                    // read is refused by `openat(O_NOFOLLOW)`, not followed.
                    guard let bytes = folder.read(part, limit: .max) else {
                        return .failure(.unreadable(upTo))
                    }
                    return .success(bytes)
                default: return .failure(.notFile(upTo))
                }
            }
            return .failure(.notFile(relative))
        }
    }

    /// Files held in memory, by path relative to the content folder (for tests of pages).
    static func memory(_ files: [String: [UInt8]]) -> SupportFileReader {
        SupportFileReader { path in
            files[path].map { .success($0) } ?? .failure(.missing(path))
        }
    }

    /// No content folder: every name is missing.
    static let none = SupportFileReader { .failure(.missing($0)) }
}
