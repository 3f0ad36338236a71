import CSitegenSys
import Foundation

/// A folder opened once by descriptor. Every operation names an entry relative to it and follows
/// no link: `openat` with `O_NOFOLLOW`, `fstatat` with `AT_SYMLINK_NOFOLLOW`, `unlinkat`,
/// `renameat`, `renameat2`. Following a link is impossible rather than checked: a link where
/// sitegen expects its own folder is an error that names it, a link where it writes a file is
/// replaced as a link, and a removal removes the link, never what it points to. The cache and
/// the output are only ever touched through this type.
final class Folder: @unchecked Sendable {
    /// What an entry is, seen without following it.
    enum Kind: Sendable, Equatable { case file, folder, link, other }

    let descriptor: Int32
    /// The folder's path, for messages only (never used to reach a file).
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// Opens the folder at `path`, creating it (and missing parents) when `create`. The parents are
    /// resolved first (`Paths.real`): links the user put above the folder are theirs to have. The
    /// folder itself is opened without following a link.
    static func open(_ path: String, create: Bool = false) throws -> Folder {
        let absolute = Paths.absolute(path)
        guard absolute != "/" else { return try root() }
        let parent = Paths.real(Paths.parent(absolute))
        var folder = try root()
        for part in parent.split(separator: "/") {
            folder = try folder.folder(String(part), create: create)
        }
        return try folder.folder(Paths.name(absolute), create: create)
    }

    private static func root() throws -> Folder {
        let descriptor = Glibc.open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("/", "cannot open the root folder") }
        return Folder(descriptor: descriptor, path: "/")
    }

    /// The path of entry `name` in this folder, for messages.
    func path(_ name: String) -> String { Paths.join(path, name) }

    /// The subfolder `name` (one component, or several separated by `/`), created when missing and
    /// `create`. A link there is refused with an error naming it.
    func folder(_ name: String, create: Bool = false) throws -> Folder {
        var folder = self
        for part in name.split(separator: "/") where part != "." {
            folder = try folder.component(String(part), create: create)
        }
        return folder
    }

    private func component(_ name: String, create: Bool) throws -> Folder {
        if create, mkdirat(descriptor, name, 0o755) != 0, errno != EEXIST {
            throw Self.failure(path(name), "cannot create this folder")
        }
        let opened = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard opened >= 0 else {
            if errno == ELOOP || (errno == ENOTDIR && kind(name) == .link) {
                throw Self.linkError(path(name))
            }
            if errno == ENOTDIR {
                throw SitegenError(
                    .write, path: path(name),
                    "sitegen expects a folder here, and this is a file; nothing was written",
                    hint: "move it away and build again")
            }
            throw Self.failure(path(name), "cannot open this folder")
        }
        return Folder(descriptor: opened, path: path(name))
    }

    /// The error for a link where sitegen keeps a folder (or a file) of its own.
    static func linkError(_ path: String, of kind: String = "folder") -> SitegenError {
        SitegenError(
            .write, path: path,
            "this is a symbolic link where sitegen keeps a \(kind) of its own; nothing was written through it",
            hint:
                "delete the link (rm \(path)) and build again; sitegen follows no link inside its cache or output"
        )
    }

    /// What is at `name`, not following a link; nil when nothing is.
    func kind(_ name: String) -> Kind? {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The entries of this folder with their kinds, sorted by name.
    func entries() -> [(name: String, kind: Kind)] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return []
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var found: [(name: String, kind: Kind)] = []
        while let record = readdir(stream) {
            let name = withUnsafeBytes(of: record.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(record.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = self.kind(name) ?? .other
            default: kind = .other
            }
            found.append((name, kind))
        }
        return found.sorted { $0.name < $1.name }
    }

    /// The bytes of the regular file `name`, at most `limit` of them; nil when it is missing, a
    /// link or not a regular file.
    func read(_ name: String, limit: Int = 256 << 20) -> [UInt8]? {
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return bytes
    }

    /// Writes `bytes` over the file `name` (created if missing) in place, with no fsync. A link
    /// there is removed and a file created instead; a file with other hard links is replaced,
    /// never written through; no `O_TRUNC`, which on ext4 starts writeback at close.
    func write<Bytes: ContiguousBytes>(_ name: String, _ bytes: Bytes) throws {
        var file = openat(descriptor, name, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if file < 0, errno == ELOOP {
            unlinkat(descriptor, name, 0)
            file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard file >= 0 else { throw Self.failure(path(name), "cannot write this file") }
        var info = stat()
        if fstat(file, &info) == 0, info.st_nlink > 1 || info.st_mode & S_IFMT != S_IFREG {
            close(file)
            unlinkat(descriptor, name, 0)
            file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard file >= 0 else { throw Self.failure(path(name), "cannot write this file") }
            info.st_size = 0
        }
        defer { close(file) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(file, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw Self.failure(path(name), "cannot write this file") }
                offset += written
            }
        }
        if Int(info.st_size) > bytes.withUnsafeBytes({ $0.count }),
            ftruncate(file, off_t(bytes.withUnsafeBytes { $0.count })) != 0
        {
            throw Self.failure(path(name), "cannot write this file")
        }
    }

    /// Writes a new file beside `name`, then renames it over `name`: readers see the old file or
    /// the new one, never half of one; a link at `name` is replaced as a link.
    func replace<Bytes: ContiguousBytes>(_ name: String, _ bytes: Bytes) throws {
        let temporary = ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        do {
            try write(temporary, bytes)
        } catch {
            unlinkat(descriptor, temporary, 0)
            throw error
        }
        guard renameat(descriptor, temporary, descriptor, name) == 0 else {
            let error = Self.failure(path(name), "cannot replace this file")
            unlinkat(descriptor, temporary, 0)
            throw error
        }
    }

    /// Opens the file `name` for reading and writing (created if missing), not through a link.
    func openFile(_ name: String) throws -> Int32 {
        let file = openat(descriptor, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else {
            if errno == ELOOP { throw Self.linkError(path(name), of: "file") }
            throw Self.failure(path(name), "cannot open this file")
        }
        return file
    }

    /// Removes `name`: a file or a link as itself, a folder with everything in it, descending
    /// through folders by descriptor only. True when nothing is left at `name`.
    @discardableResult
    func remove(_ name: String) -> Bool {
        if unlinkat(descriptor, name, 0) == 0 || errno == ENOENT { return true }
        guard errno == EISDIR || errno == EPERM, kind(name) == .folder,
            let inner = try? folder(name)
        else { return false }
        for entry in inner.entries() { inner.remove(entry.name) }
        return unlinkat(descriptor, name, AT_REMOVEDIR) == 0 || errno == ENOENT
    }

    /// Copies `name` (a file, a folder with its contents, or a link as a link) to `other`'s
    /// `newName`, following no link.
    func copy(_ name: String, to other: Folder, _ newName: String) throws {
        switch kind(name) {
        case .file:
            guard let bytes = read(name, limit: .max) else {
                throw Self.failure(path(name), "cannot read this file")
            }
            try other.write(newName, bytes)
        case .folder:
            let source = try folder(name)
            let destination = try other.folder(newName, create: true)
            for entry in source.entries() {
                try source.copy(entry.name, to: destination, entry.name)
            }
        case .link:
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlinkat(descriptor, name, &buffer, buffer.count - 1)
            guard count >= 0 else { throw Self.failure(path(name), "cannot read this link") }
            buffer[count] = 0
            guard symlinkat(buffer, other.descriptor, newName) == 0 else {
                throw Self.failure(other.path(newName), "cannot copy this link")
            }
        case .other, nil:
            throw SitegenError(
                .write, path: path(name), "this is not a file, a folder or a link",
                hint: "move it away and build again")
        }
    }

    /// Renames `name` to `other`'s `newName`; 0 or the errno value.
    func rename(_ name: String, to other: Folder, _ newName: String) -> Int32 {
        renameat(descriptor, name, other.descriptor, newName) == 0 ? 0 : errno
    }

    /// Swaps `name` with `other`'s `otherName` in one step; 0 or the errno value.
    func exchange(_ name: String, with other: Folder, _ otherName: String) -> Int32 {
        sg_exchangeat(descriptor, name, other.descriptor, otherName)
    }

    /// The device of this folder's file system.
    var device: UInt {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? UInt(info.st_dev) : 0
    }

    /// The modification time of `name` (not followed), in seconds since 1970.
    func modified(_ name: String) -> Double? {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return Double(info.st_mtim.tv_sec)
    }

    private static func failure(_ path: String, _ what: String) -> SitegenError {
        SitegenError(
            .write, path: path, "\(what) (\(String(cString: strerror(errno))))",
            hint: "check its permissions, or pass another --cache / --output")
    }
}
