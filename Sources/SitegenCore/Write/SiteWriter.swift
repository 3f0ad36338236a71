import CSitegenSys
import Foundation

/// The Write stage, the only code that touches the output folder: writes the whole site into a
/// staging folder, then swaps it in. A failure before the swap leaves the previous site as it
/// was. Staging and the previous site live in the output's work folder in the cache
/// (`WorkFolder`); the previous site is recycled by the next build (`SpareTree`).
public enum SiteWriter {
    /// Writes `bytes` over the file at `path` (created if missing) with plain open/write: Foundation's
    /// `Data.write` syncs every file to disk, which made writing 10,000 pages take seconds. The
    /// swap is what makes the site appear whole. A file with other hard links is replaced, never
    /// written through; no `O_TRUNC`, which on ext4 starts writeback at close.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        var fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_nlink > 1 {
            close(fd)
            unlink(path)
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            info.st_size = 0
        }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                posixWrite(fd, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
        if Int(info.st_size) > bytes.count, ftruncate(fd, off_t(bytes.count)) != 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Installs `files` at `target.path` with sitegen's mark, replacing what is there only after
    /// the whole new site is written; returns where `--force` kept what it replaced. The staging
    /// folder and the previous site live in `work` (in the cache folder) when it shares the
    /// output's file system; otherwise the site is staged in a hidden folder beside the output
    /// that is removed however the write ends, and the previous site is deleted.
    @discardableResult
    public static func write(
        _ files: [String: [UInt8]], into target: OutputFolder.Target, work: WorkFolder,
        besideOutput: Bool = false
    ) throws -> String? {
        let manager = FileManager.default
        let output = target.path
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw SitegenError(
                .write, path: parent, "cannot create the folder that will hold the site",
                hint: "choose an --output folder in a writable place")
        }
        try work.prepare()
        var site = files
        site[OutputFolder.markName] = OutputFolder.markBytes
        let local = !besideOutput && work.sharesFileSystem(withParentOf: output)
        let beside = "\(parent)/.\(name).sitegen-"
        let staging = local ? work.staging : beside + "staging"
        let old = beside + "old"
        // Nothing of this build stays beside the output, however the write ends.
        defer {
            if !local {
                for path in [staging, old] where OutputFolder.isMarked(path) {
                    try? manager.removeItem(atPath: path)
                }
            }
        }
        try stage(site, at: staging, work: work, local: local, old: old)

        // What is at the output may have changed during the build: look again.
        let now = try OutputFolder.target(target.given, force: target.takesOver, cache: work.cache)
        guard now.path == output else {
            throw SitegenError(
                .write, path: target.given, "the output path changed during the build",
                hint: "build again; nothing was changed")
        }
        if now.found == .nothing {
            guard rename(staging, output) == 0 else {
                if local, errno == EXDEV {
                    return try write(files, into: target, work: work, besideOutput: true)
                }
                throw installError(output, parent)
            }
            return nil
        }
        if now.takesOver {
            return try takeOver(output, with: staging, work: work, local: local, old: old)
        }
        // Swap in one step where the kernel can; else two renames.
        // (What is swapped out is sitegen's previous site or an empty folder.)
        if sg_exchange(staging, output) == 0 {
            if !local || rename(staging, work.previous) != 0 {
                try? manager.removeItem(atPath: staging)
            }
            return nil
        }
        if local, errno == EXDEV {
            return try write(files, into: target, work: work, besideOutput: true)
        }
        let aside = local ? work.previous : old
        guard rename(output, aside) == 0 else {
            if local, errno == EXDEV {
                return try write(files, into: target, work: work, besideOutput: true)
            }
            throw SitegenError(
                .write, path: output,
                "could not move the previous site aside (\(String(cString: strerror(errno))))",
                hint: "check the permissions of \(parent); the previous site is untouched")
        }
        guard rename(staging, output) == 0 else {
            _ = rename(aside, output)
            throw installError(output, parent)
        }
        if !local { try? manager.removeItem(atPath: aside) }
        return nil
    }

    /// Replaces what `--force` takes over, after keeping it in the cache's `replaced/` folder:
    /// moved there when it is on the same file system, else copied first and then removed.
    private static func takeOver(
        _ output: String, with staging: String, work: WorkFolder, local: Bool, old: String
    ) throws -> String {
        let manager = FileManager.default
        let parent = (output as NSString).deletingLastPathComponent
        let kept = work.replacedSlot()
        if local {
            guard rename(output, kept) == 0 else {
                throw SitegenError(
                    .write, path: output,
                    "could not move what is there into \(kept) (\(String(cString: strerror(errno))))",
                    hint: "check the permissions of \(parent); nothing was changed")
            }
            guard rename(staging, output) == 0 else {
                _ = rename(kept, output)
                throw installError(output, parent)
            }
            return kept
        }
        do {
            try manager.copyItem(atPath: output, toPath: kept)
        } catch {
            try? manager.removeItem(atPath: kept)
            throw SitegenError(
                .write, path: output,
                "could not keep a copy of what is there in \(kept) (\(error))",
                hint:
                    "free space in \(work.cache) or pass --cache on the output's file system; nothing was changed"
            )
        }
        guard rename(output, old) == 0 else {
            throw SitegenError(
                .write, path: output,
                "could not move what is there aside (\(String(cString: strerror(errno))))",
                hint:
                    "check the permissions of \(parent); nothing was changed (a copy is in \(kept))"
            )
        }
        guard rename(staging, output) == 0 else {
            _ = rename(old, output)
            throw installError(output, parent)
        }
        try? manager.removeItem(atPath: old)
        return kept
    }

    private static func installError(_ output: String, _ parent: String) -> SitegenError {
        SitegenError(
            .write, path: output,
            "could not install the new site (\(String(cString: strerror(errno))))",
            hint: "check the permissions of \(parent); the previous site is untouched")
    }

    /// Fills the staging folder, recycling the previous site (or a killed build's staging
    /// folder) so a rebuild overwrites files in place; a tree that cannot be recycled (read-only
    /// files) is replaced by a fresh one.
    private static func stage(
        _ site: [String: [UInt8]], at staging: String, work: WorkFolder, local: Bool, old: String
    ) throws {
        let manager = FileManager.default
        // Beside the output only trees carrying sitegen's mark are ever reused or removed.
        let spares =
            local
            ? SpareTree.candidates(in: work.root)
            : [staging, old].filter { OutputFolder.isMarked($0) }
        if !local, FileTree.exists(staging), !spares.contains(staging) {
            throw SitegenError(
                .write, path: staging,
                "a folder sitegen did not write is in the way of the new site",
                hint: "move it away, or pass --cache on the output's file system")
        }
        do {
            do {
                try fill(staging, with: site, recycling: spares)
            } catch {
                try? manager.removeItem(atPath: staging)
                if manager.fileExists(atPath: staging) {
                    // Read-only leftovers: set them aside in the work folder for a later build.
                    if local {
                        _ = rename(staging, work.root + "/staging-\(getpid())")
                    } else {
                        throw error
                    }
                }
                try fill(staging, with: site, recycling: [])
            }
        } catch let error as SitegenError {
            throw error
        } catch {
            if !local { try? manager.removeItem(atPath: staging) }
            throw SitegenError(
                .write, path: staging,
                "could not write the new site (\(error.localizedDescription))",
                hint: "check that the folder is writable; the previous site is untouched")
        }
    }

    /// Makes `staging` hold exactly `files`: a recycled previous tree pruned and overwritten (when
    /// `spare` names the output's parent and name), or a new folder; files are written on every core.
    static func fill(_ staging: String, with files: [String: [UInt8]], recycling spares: [String])
        throws
    {
        let paths = files.keys.sorted()
        var folders: Set<String> = []
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if !folders.insert(String(folder)).inserted { break }
            }
        }
        if SpareTree.claim(spares, as: staging) {
            SpareTree.prune(staging, keeping: Set(paths), folders: folders)
        } else {
            try FileManager.default.createDirectory(
                atPath: staging, withIntermediateDirectories: true)
            // The mark first: a tree beside the output is only ever removed when it has it.
            if let mark = files[OutputFolder.markName] {
                try writeFile(staging + "/" + OutputFolder.markName, mark)
            }
        }
        for folder in folders.sorted() {
            if mkdir(staging + "/" + folder, 0o755) != 0, errno != EEXIST {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
        _ = try paths.parallelMap { path in try writeFile(staging + "/" + path, files[path]!) }
    }
}

/// The C `write`, which `SiteWriter.write` would otherwise shadow.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
